// Opening a locked export someone sent: the passphrase here, then the computer's own dialogs to
// pick the file and to save what it holds.

import { api } from "../../api";
import { field, h } from "../../dom";
import { t } from "../../i18n";
import { openPassphraseProblem, openResultText } from "../evidence-logic";
import type { DialogActions } from "./actions";
import { messages } from "./controls";

export function openExportView(ctx: { actions: DialogActions }): HTMLFormElement {
  const { actions } = ctx;
  const msg = messages("ev-open");
  const pass = field(t("evidence-open-passphrase"), "ev-open-pass", { type: "password" });
  const open = h("button", { type: "submit", id: "ev-open-export" }, t("evidence-open-button"));
  actions.add(open);
  const form = h(
    "form",
    { class: "panel ev-panel ev-open", "aria-labelledby": "ev-open-title", novalidate: true },
    h("h2", { id: "ev-open-title" }, t("evidence-open-title")),
    h("p", { class: "hint" }, t("evidence-open-hint")),
    pass.wrap,
    msg.error,
    msg.status,
    h("div", { class: "actions start" }, open),
  );
  // Not onSubmit, as for the export: one dialog at a time across the screen's three actions.
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (actions.running()) return;
    msg.error.textContent = "";
    msg.status.textContent = "";
    const problem = openPassphraseProblem(pass.control.value);
    if (problem) {
      msg.error.textContent = problem;
      pass.control.focus();
      return;
    }
    const passphrase = pass.control.value;
    actions.run(
      open,
      { working: t("evidence-opening"), waiting: t("evidence-open-choose-file"), failed: t("evidence-open-error") },
      msg,
      async () => {
        const done = await api.openBundle(passphrase);
        if (done.done) pass.control.value = "";
        return openResultText(done);
      },
    );
  });
  return form;
}
