// Waiting for the other side to pair, with a way to cancel.

import { h } from "../../dom";
import { t } from "../../i18n";

export function waitingView(title: string, text: string, onCancel: () => void): HTMLElement {
  const cancel = h("button", { type: "button", id: "sharing-cancel" }, t("sharing-cancel"));
  cancel.addEventListener("click", onCancel);
  return h(
    "section",
    { class: "panel sharing-panel sharing-waiting", "aria-labelledby": "sharing-waiting-title", "aria-busy": "true" },
    h("h2", { id: "sharing-waiting-title", tabindex: "-1", "data-focus": "" }, title),
    h("p", {}, text),
    h("div", { class: "actions start" }, cancel),
  );
}
