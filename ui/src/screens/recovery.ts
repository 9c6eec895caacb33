// A new PIN after opening with the recovery key. The key is typed at the disguise like a PIN (its
// 40 digits then = on the calculator, or on a line of the notes pad then Enter); Rust tells it from
// a PIN and answers `recovered`. The old PIN is forgotten or no longer works here (this
// computer's password store lost its key), so a new one is chosen straight away: `change_pin`
// needs no current PIN in a session opened with the recovery key.

import { api, isApiError } from "../api";
import { field, h } from "../dom";
import { addPinStrengthHint } from "./pin-hint";
import { PIN_FIELD_HINT, validatePinPair } from "./settings-rules";

export interface NewPinAfterRecoveryOptions {
  /** A new PIN is set: show the app. */
  onDone(): void;
}

const messageOf = (e: unknown, fallback: string) => (isApiError(e) ? e.message : fallback);

/** "Choose a new PIN", drawn into `root` (under the bar with the Quick exit button). */
export function showNewPinAfterRecovery(root: HTMLElement, opts: NewPinAfterRecoveryOptions): void {
  const pin = field("New PIN", "recovery-new-pin", {
    type: "password",
    hint: PIN_FIELD_HINT,
    autocomplete: "new-password",
  });
  addPinStrengthHint(pin.control);
  const again = field("Type the new PIN again", "recovery-new-pin-again", {
    type: "password",
    autocomplete: "new-password",
  });
  for (const c of [pin.control, again.control]) c.setAttribute("inputmode", "numeric");
  const error = h("p", { class: "form-error", role: "alert" });
  const save = h("button", { type: "submit", class: "primary" }, "Save new PIN");
  const form = h(
    "form",
    { class: "panel recovery-form", "aria-labelledby": "recovery-pin-title", novalidate: true },
    h("h1", { id: "recovery-pin-title", tabindex: "-1" }, "Choose a new PIN"),
    h(
      "p",
      {},
      "Your recovery key has opened your information. Choose the PIN you will use from now on.",
    ),
    pin.wrap,
    again.wrap,
    error,
    h("div", { class: "actions" }, save),
  );
  let pending = false;
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (pending) return;
    error.textContent = "";
    const problem = validatePinPair(pin.control.value, again.control.value);
    if (problem) {
      error.textContent = problem;
      pin.control.focus();
      return;
    }
    pending = true;
    api
      .changePin(null, pin.control.value)
      .then(() => {
        // Clear the PINs from the page before anything else is shown.
        form.reset();
        // Hidden meanwhile: the disguise is on screen and stays.
        if (form.isConnected) opts.onDone();
      })
      .catch((err: unknown) => {
        if (!form.isConnected) return;
        error.textContent = messageOf(err, "The new PIN could not be saved. Please try again.");
      })
      .finally(() => {
        pending = false;
      });
  });
  root.replaceChildren(h("div", { class: "setup" }, form));
  pin.control.focus();
}
