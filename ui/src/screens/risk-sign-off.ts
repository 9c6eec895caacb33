// An advocate's part added to a screening already saved: the person answered on their own (or
// shares it with their advocate), and their IDVA goes through it with them later. A small form
// under the screening's entry; saving adds a dated sign-off and never changes the answers.

import { api, type RiskLevel, type RiskScreening } from "../api";
import { dateField } from "../date-field";
import { h, onSubmit } from "../dom";
import { t } from "../i18n";
import { localDateString } from "./plan-dates";
import { buildSignOff } from "./risk-logic";

/** The button and, when pressed, the form; `saved` gets the screening as it now reads. */
export function laterSignOff(s: RiskScreening, saved: (signed: RiskScreening) => void): HTMLElement {
  const p = `so-${s.id}`;
  const open = h("button", { type: "button", class: "small", "data-action": "sign-off" }, t("risk-add-advocate-part"));
  const host = h("div", { class: "risk-later-sign-off" }, open);
  open.addEventListener("click", () => {
    const form = signOffForm(s, p, (signed) => saved(signed), () => {
      host.replaceChildren(open);
      open.focus();
    });
    host.replaceChildren(form);
    form.querySelector<HTMLInputElement>("input")?.focus();
  });
  return host;
}

function signOffForm(
  s: RiskScreening,
  p: string,
  saved: (signed: RiskScreening) => void,
  close: () => void,
): HTMLFormElement {
  const today = localDateString();
  const advocate = h("input", { type: "text", id: `${p}-advocate`, maxlength: "80", autocomplete: "off", spellcheck: "false" });
  const judgement = h(
    "select",
    { id: `${p}-judgement` },
    h("option", { value: "" }, t("risk-judgement-none")),
    h("option", { value: "Lower" }, t("risk-level-standard")),
    h("option", { value: "Raised" }, t("risk-level-medium")),
    h("option", { value: "High" }, t("risk-level-high")),
  );
  const refer = h("input", { type: "checkbox", id: `${p}-refer` });
  const reason = h("textarea", { id: `${p}-reason`, rows: "3", spellcheck: "false" });
  const escalation = h("input", { type: "checkbox", id: `${p}-escalation` });
  const maracOn = dateField(`${p}-marac-on`, t("risk-marac-on-label"), "", t("risk-marac-on-hint"));
  maracOn.input.max = today;
  const reviewOn = dateField(`${p}-review-on`, t("risk-review-on-label"));
  const error = h("p", { class: "form-error", role: "alert" });
  const save = h("button", { type: "submit", class: "primary small" }, t("risk-save-advocate-part"));
  const cancel = h("button", { type: "button", class: "small" }, t("risk-cancel"));
  cancel.addEventListener("click", close);
  const form = h(
    "form",
    { class: "risk-sign-off", novalidate: true, "aria-label": t("risk-advocate-part") },
    h("p", { class: "hint" }, t("risk-sign-off-hint")),
    h("div", { class: "field" }, h("label", { for: `${p}-advocate` }, t("risk-advocate-name-label")), advocate),
    h("div", { class: "field" }, h("label", { for: `${p}-judgement` }, t("risk-professional-judgement")), judgement),
    h("div", { class: "check" }, refer, h("label", { for: `${p}-refer` }, t("risk-refer-label"))),
    h("div", { class: "field" }, h("label", { for: `${p}-reason` }, t("risk-reason-label")), reason),
    h("div", { class: "check" }, escalation, h("label", { for: `${p}-escalation` }, t("risk-escalation-label"))),
    maracOn.wrap,
    reviewOn.wrap,
    error,
    h("div", { class: "actions start" }, save, cancel),
  );
  form.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      e.preventDefault();
      close();
    }
  });
  onSubmit(form, { error, failed: t("risk-sign-off-save-error") }, async () => {
    const halfTyped = [maracOn, reviewOn].find((d) => d.input.validity.badInput);
    if (halfTyped) {
      error.textContent = t("risk-problem-date-incomplete");
      halfTyped.input.focus();
      return;
    }
    const built = buildSignOff(
      {
        withAdvocate: true,
        advocate: advocate.value,
        judgement: (judgement.value || "") as "" | Exclude<RiskLevel, "Ungraded">,
        referToMarac: refer.checked,
        reason: reason.value,
        escalation: escalation.checked,
        maracOn: maracOn.input.value,
        reviewOn: reviewOn.input.value,
      },
      s.completed_on,
      today,
    );
    if ("problem" in built) {
      error.textContent = built.problem;
      ({ completed: advocate, judgement, reason, marac: maracOn.input, review: reviewOn.input })[built.at].focus();
      return;
    }
    saved(await api.signOffScreening(s.id, built.signOff));
  });
  return form;
}
