// "Sharing has ended" (the other side stopped, or the relay could not be told): what stays here,
// and clearing the sharing details, through the relay or, when it cannot be reached, here only.

import { api, errorMessage, type SharingStatus } from "../../api";
import { h } from "../../dom";
import { t } from "../../i18n";
import type { SharingScreen } from "./context";

export function endedView(sharing: SharingScreen): HTMLElement {
  const clear = h("button", { type: "button", class: "primary", id: "sharing-clear" }, t("sharing-clear"));
  const here = h(
    "button",
    { type: "button", id: "sharing-clear-here", hidden: !sharing.relayUnreachable },
    t("sharing-clear-here"),
  );
  const hereNote = h(
    "p",
    { class: "muted", id: "sharing-clear-here-note", hidden: !sharing.relayUnreachable },
    t("sharing-clear-here-note"),
  );
  let pending = false;
  /** Clears with `call`; `failed` runs before the error is shown. */
  const clearWith = (button: HTMLElement, call: () => Promise<SharingStatus>, failed?: () => void) => {
    button.addEventListener("click", () => {
      if (pending) return;
      pending = true;
      sharing.clearMessages();
      call()
        .then((st) => {
          if (sharing.gone()) return;
          sharing.relayUnreachable = false;
          sharing.render(st);
          sharing.say(t("sharing-cleared"));
        })
        .catch((e: unknown) => {
          failed?.();
          sharing.fail(errorMessage(e, t("sharing-clear-failed")));
          button.focus();
        })
        .finally(() => {
          pending = false;
        });
    });
  };
  const link = sharing.link;
  clearWith(clear, () => api.stopSharing(link), () => {
    // Whatever the relay's answer, the details can always be cleared here instead.
    sharing.relayUnreachable = true;
    here.hidden = false;
    hereNote.hidden = false;
  });
  clearWith(here, () => api.forgetSharing(link));
  return h(
    "section",
    { class: "panel sharing-panel", "aria-labelledby": "sharing-ended-title" },
    h("h2", { id: "sharing-ended-title", tabindex: "-1", "data-focus": "" }, t("sharing-ended-title")),
    h("p", {}, t("sharing-ended-text")),
    h("p", {}, t("sharing-ended-stays")),
    h("p", { class: "muted" }, t("sharing-ended-clear-text")),
    hereNote,
    h("div", { class: "actions start" }, clear, here),
  );
}
