// A new PIN after opening with the recovery key. The key is typed at the disguise like a PIN (its
// 40 digits then = on the calculator, or on a line of the notes pad then Enter); Rust tells it from
// a PIN and answers `recovered`. The old PIN is forgotten or no longer works here (this
// computer's password store lost its key), so a new one is chosen straight away: `change_pin`
// needs no current PIN in a session opened with the recovery key.

import { api, errorMessage, isApiError } from "../api";
import { field, h } from "../dom";
import { t } from "../i18n";
import { addPinStrengthHint } from "./pin-hint";
import { FieldErrors, working } from "./form-errors";
import { pinFieldHint, pinPairProblem } from "./settings-rules";

export interface NewPinAfterRecoveryOptions {
  /** A new PIN is set: show the app. */
  onDone(): void;
}

/** What is said once the new PIN is saved (`secondPinTurnedOff`: see api.ts `changePin`). */
function newPinSavedText(secondPinTurnedOff: boolean): string {
  return secondPinTurnedOff ? t("recovery-saved-second-pin-off") : t("recovery-saved");
}

/** "Choose a new PIN", drawn into `root` (under the bar with the Quick exit button). */
export function showNewPinAfterRecovery(root: HTMLElement, opts: NewPinAfterRecoveryOptions): void {
  const pin = field(t("recovery-new-pin-label"), "recovery-new-pin", {
    type: "password",
    hint: pinFieldHint(),
    autocomplete: "new-password",
  });
  addPinStrengthHint(pin.control);
  const again = field(t("recovery-new-pin-again-label"), "recovery-new-pin-again", {
    type: "password",
    autocomplete: "new-password",
  });
  for (const c of [pin.control, again.control]) c.setAttribute("inputmode", "numeric");
  const errors = new FieldErrors([pin.control, again.control]);
  const error = h("p", { class: "form-error", role: "alert" });
  const save = h("button", { type: "submit", class: "primary" }, t("recovery-save"));
  const form = h(
    "form",
    { class: "panel recovery-form", "aria-labelledby": "recovery-pin-title", novalidate: true },
    h("h1", { id: "recovery-pin-title", tabindex: "-1" }, t("recovery-title")),
    h("p", {}, t("recovery-intro")),
    pin.wrap,
    again.wrap,
    error,
    errors.announcer,
    h("div", { class: "actions" }, save),
  );
  let pending = false;
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (pending) return;
    error.textContent = "";
    errors.clearAll();
    const problem = pinPairProblem(pin.control.value, again.control.value);
    if (problem) {
      if (problem.clearBoth) errors.empty(again.control);
      errors.show(problem.field === "pin" ? pin.control : again.control, problem.message, {
        empty: problem.clearBoth,
      });
      return;
    }
    pending = true;
    const done = working(save, t("recovery-saving"));
    api
      .changePin(null, pin.control.value)
      .then((changed) => {
        // Clear the PINs from the page before anything else is shown.
        form.reset();
        // Hidden meanwhile: the disguise is on screen and stays.
        if (form.isConnected) showSaved(root, changed.second_pin_turned_off, opts.onDone);
      })
      .catch((err: unknown) => {
        if (!form.isConnected) return;
        pending = false;
        done();
        if (isApiError(err) && err.code === "invalid") {
          errors.show(pin.control, err.message);
        } else {
          error.textContent = errorMessage(err, t("recovery-save-failed"));
        }
      });
  });
  root.replaceChildren(h("div", { class: "setup" }, form));
  pin.control.focus();
}

/** The new PIN is saved: said (and focused, so it is read), then Continue to the app. */
function showSaved(root: HTMLElement, secondPinTurnedOff: boolean, onDone: () => void): void {
  const said = h("p", { role: "status", tabindex: "-1", class: "saved-note" }, newPinSavedText(secondPinTurnedOff));
  const next = h("button", { type: "button", class: "primary" }, t("recovery-continue"));
  next.addEventListener("click", () => onDone());
  root.replaceChildren(
    h(
      "div",
      { class: "setup" },
      h(
        "section",
        { class: "panel recovery-form", "aria-labelledby": "recovery-saved-title" },
        h("h1", { id: "recovery-saved-title" }, t("recovery-saved-title")),
        said,
        h("div", { class: "actions" }, next),
      ),
    ),
  );
  said.focus();
}
