// "Save export": the chosen entries and their files in a machine-readable form for a caseworker or
// solicitor, plain or locked with a passphrase, saved through the computer's own dialog.

import { api, type ExportDone } from "../../api";
import { field, h } from "../../dom";
import { t } from "../../i18n";
import { MIN_PASSPHRASE_CHARS, exportResultText, passphraseProblem } from "../evidence-logic";
import type { DialogActions } from "./actions";
import type { Choices } from "./choices";
import { messages } from "./controls";

export function exportView(ctx: { actions: DialogActions; choices: Pick<Choices, "request" | "used"> }): HTMLFormElement {
  const { actions, choices } = ctx;
  const msg = messages("ev-export");
  const radio = (value: string, label: string, checked: boolean) => {
    const id = `ev-bundle-${value}`;
    const input = h("input", { type: "radio", name: "ev-bundle-lock", id, value, checked });
    return { input, wrap: h("div", { class: "radio" }, input, h("label", { for: id }, label)) };
  };
  const plain = radio("plain", t("evidence-export-plain"), true);
  const locked = radio("locked", t("evidence-export-locked"), false);
  const pass = field(t("evidence-passphrase"), "ev-pass", {
    type: "password",
    hint: t("evidence-passphrase-hint", { min: MIN_PASSPHRASE_CHARS }),
  });
  const again = field(t("evidence-passphrase-again"), "ev-pass-again", { type: "password" });
  const passWrap = h("div", { class: "ev-pass" }, pass.wrap, again.wrap);
  const sync = () => {
    passWrap.hidden = !locked.input.checked;
  };
  plain.input.addEventListener("change", sync);
  locked.input.addEventListener("change", sync);
  sync();

  const save = h("button", { type: "submit", class: "primary", id: "ev-save-export" }, t("evidence-save-export"));
  actions.add(save);
  const form = h(
    "form",
    { class: "panel ev-panel", "aria-labelledby": "ev-export-title", novalidate: true },
    h("h2", { id: "ev-export-title" }, t("evidence-export-title")),
    h("p", {}, t("evidence-export-about")),
    h("fieldset", { class: "field" },
      h("legend", {}, t("evidence-export-how")),
      plain.wrap,
      locked.wrap,
    ),
    passWrap,
    msg.error,
    msg.status,
    h("div", { class: "actions start" }, save),
  );
  // Not onSubmit: the three actions share one "running" (one dialog at a time), every action
  // button looks unavailable meanwhile, and the status line says what is happening.
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (actions.running()) return;
    msg.error.textContent = "";
    msg.status.textContent = "";
    const request = choices.request(msg.error);
    if (!request) return;
    const isLocked = locked.input.checked;
    let passphrase: string | null = null;
    if (isLocked) {
      const problem = passphraseProblem(pass.control.value, again.control.value);
      if (problem) {
        msg.error.textContent = problem.message;
        (problem.at === "again" ? again.control : pass.control).focus();
        return;
      }
      passphrase = pass.control.value;
    }
    actions.run(
      save,
      { working: t("evidence-saving"), waiting: t("evidence-export-choose-where"), failed: t("evidence-export-error") },
      msg,
      async () => {
        const done: ExportDone = await api.saveBundle(request, passphrase);
        if (done.done) choices.used();
        // The passphrase is not kept on screen once it has been used.
        if (done.done) pass.control.value = again.control.value = "";
        return exportResultText(done, isLocked);
      },
    );
  });
  return form;
}
