// "Save PDF report": the chosen entries as a printable report for the police or a court, saved
// through the computer's own dialog.

import { api } from "../../api";
import { h } from "../../dom";
import { t } from "../../i18n";
import { reportResultText } from "../evidence-logic";
import type { DialogActions } from "./actions";
import type { Choices } from "./choices";
import { messages } from "./controls";

export function reportView(ctx: { actions: DialogActions; choices: Pick<Choices, "request" | "used"> }): HTMLElement {
  const { actions, choices } = ctx;
  const msg = messages("ev-report");
  const save = h("button", { type: "button", class: "primary", id: "ev-save-report" }, t("evidence-save-report"));
  actions.add(save);
  save.addEventListener("click", () => {
    // A second press while saving changes nothing (the button only looks disabled).
    if (actions.running()) return;
    msg.error.textContent = "";
    msg.status.textContent = "";
    const request = choices.request(msg.error);
    if (!request) return;
    actions.run(
      save,
      { working: t("evidence-saving"), waiting: t("evidence-report-making"), failed: t("evidence-report-error") },
      msg,
      async () => {
        const done = await api.saveReport(request);
        if (done.done) choices.used();
        return reportResultText(done);
      },
    );
  });
  return h(
    "section",
    { class: "panel ev-panel", "aria-labelledby": "ev-report-title" },
    h("h2", { id: "ev-report-title" }, t("evidence-report-title")),
    h("p", {}, t("evidence-report-about")),
    msg.error,
    msg.status,
    h("div", { class: "actions start" }, save),
  );
}
