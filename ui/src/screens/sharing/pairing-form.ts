// What the two ways of pairing (joining, inviting) share on screen: the "Sharing is off" heading
// and a field marked as wrong.

import { h } from "../../dom";
import { t } from "../../i18n";
import type { SharingScreen } from "./context";

/** "Sharing is off", with why if pairing just stopped (focus goes to the notice then). */
export function offHeading(notice?: string): DocumentFragment {
  const part = document.createDocumentFragment();
  part.append(
    h("h2", { id: "sharing-off-title", tabindex: "-1", "data-focus": notice ? undefined : "" }, t("sharing-off-title")),
  );
  if (notice) part.append(h("p", { class: "guidance sharing-notice", tabindex: "-1", "data-focus": "" }, notice));
  return part;
}

export function invalid(sharing: SharingScreen, input: HTMLInputElement, message: string): void {
  sharing.fail(message);
  input.setAttribute("aria-invalid", "true");
  input.focus();
}
