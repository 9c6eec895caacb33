// An advocate's part added to a screening already saved: the person answered on their own (or
// shares it with their advocate), and their IDVA goes through it with them later. A small form
// under the screening's entry; saving adds a dated sign-off and never changes the answers.

import { api, isApiError, type RiskLevel, type RiskScreening } from "../api";
import { dateField } from "../date-field";
import { h } from "../dom";
import { localDateString } from "./plan-dates";
import { buildSignOff } from "./risk-logic";

/** The button and, when pressed, the form; `saved` gets the screening as it now reads. */
export function laterSignOff(s: RiskScreening, saved: (signed: RiskScreening) => void): HTMLElement {
  const p = `so-${s.id}`;
  const open = h("button", { type: "button", class: "small", "data-action": "sign-off" }, "Add the advocate's part");
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
    h("option", { value: "" }, "None given"),
    h("option", { value: "Lower" }, "Standard"),
    h("option", { value: "Raised" }, "Medium"),
    h("option", { value: "High" }, "High"),
  );
  const refer = h("input", { type: "checkbox", id: `${p}-refer` });
  const reason = h("textarea", { id: `${p}-reason`, rows: "3", spellcheck: "false" });
  const escalation = h("input", { type: "checkbox", id: `${p}-escalation` });
  const maracOn = dateField(`${p}-marac-on`, "MARAC referral made on (optional)", "", "Leave empty if no referral has been made yet.");
  maracOn.input.max = today;
  const reviewOn = dateField(`${p}-review-on`, "Next review (optional)");
  const error = h("p", { class: "form-error", role: "alert" });
  const save = h("button", { type: "submit", class: "primary small" }, "Save the advocate's part");
  const cancel = h("button", { type: "button", class: "small" }, "Cancel");
  cancel.addEventListener("click", close);
  const form = h(
    "form",
    { class: "risk-sign-off", novalidate: true, "aria-label": "The advocate's part" },
    h("p", { class: "hint" }, "Added with today's date. The answers stay exactly as they were given."),
    h("div", { class: "field" }, h("label", { for: `${p}-advocate` }, "Advocate's name or role, as it should be shown (optional)"), advocate),
    h("div", { class: "field" }, h("label", { for: `${p}-judgement` }, "Professional judgement"), judgement),
    h("div", { class: "check" }, refer, h("label", { for: `${p}-refer` }, "Refer to a MARAC on this judgement, whatever the count")),
    h("div", { class: "field" }, h("label", { for: `${p}-reason` }, "Reason for the judgement (needed when one is given)"), reason),
    h("div", { class: "check" }, escalation, h("label", { for: `${p}-escalation` }, "Three or more incidents in the past 12 months (escalation)")),
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
  let saving = false;
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (saving) return;
    error.textContent = "";
    const halfTyped = [maracOn, reviewOn].find((d) => d.input.validity.badInput);
    if (halfTyped) {
      error.textContent = "This date is not complete. Please type the day, month and year, or leave it empty.";
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
    saving = true;
    api
      .signOffScreening(s.id, built.signOff)
      .then(saved)
      .catch((err: unknown) => {
        error.textContent = isApiError(err) ? err.message : "It could not be saved. Nothing was lost; please try again.";
      })
      .finally(() => (saving = false));
  });
  return form;
}
