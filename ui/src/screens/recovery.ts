// Opening with the recovery key: for a forgotten PIN, or when this computer's password store has
// lost its key. Reached from the disguise once set up (0000 then =, or 0000 on a line of its own in
// the notes pad; setup tells the person so). A new PIN is chosen straight after, because the old
// one is forgotten or no longer works here.

import { api, isApiError } from "../api";
import { field, h } from "../dom";
import { validatePinPair } from "./settings-rules";

export interface RecoveryOptions {
  /** The vault is open (the new-PIN step follows): quick-hide routes must now lock. */
  onUnlocked(): void;
  /** A new PIN is set: show the app. */
  onDone(): void;
  onCancel(): void;
  onQuickExit(): void;
}

const messageOf = (e: unknown, fallback: string) => (isApiError(e) ? e.message : fallback);

export function showRecovery(root: HTMLElement, opts: RecoveryOptions): void {
  const key = field("Recovery key", "recovery-key", {
    hint: "Type it as you wrote it down. Capital letters, spaces and dashes don't matter.",
  });
  key.control.setAttribute("autocapitalize", "characters");
  const error = h("p", { class: "form-error", role: "alert" });
  const cancel = h("button", { type: "button" }, "Cancel");
  cancel.addEventListener("click", opts.onCancel);
  const open = h("button", { type: "submit", class: "primary" }, "Open");
  const form = h(
    "form",
    { class: "panel recovery-form", "aria-labelledby": "recovery-open-title", novalidate: true },
    h("h1", { id: "recovery-open-title", tabindex: "-1" }, "Open with your recovery key"),
    h(
      "p",
      {},
      "The recovery key is the code of eight groups you were shown once when you set this up. " +
        "It opens your information if you have forgotten your PIN, or if this computer has lost " +
        "the key it keeps for it.",
    ),
    h(
      "p",
      { class: "hint" },
      "Only just set this up? Your new PIN already works: choose Cancel and type it as you would " +
        "to open this. If your recovery key was not shown to you, it is shown once you are in.",
    ),
    key.wrap,
    error,
    h("div", { class: "actions" }, cancel, open),
  );
  let pending = false;
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (pending) return;
    error.textContent = "";
    if (!key.control.value.trim()) {
      error.textContent = "Please type your recovery key.";
      key.control.focus();
      return;
    }
    pending = true;
    api
      .unlockWithRecoveryKey(key.control.value)
      .then(() => {
        key.control.value = "";
        opts.onUnlocked();
        showNewPin(root, opts);
      })
      .catch((err: unknown) => {
        error.textContent = messageOf(err, "That key could not be checked. Nothing has changed.");
        key.control.focus();
      })
      .finally(() => {
        pending = false;
      });
  });
  root.replaceChildren(h("div", { class: "setup" }, form));
  key.control.focus();
}

function showNewPin(root: HTMLElement, opts: RecoveryOptions): void {
  const pin = field("New PIN", "recovery-new-pin", {
    type: "password",
    hint: "4 to 12 digits, so it can be typed on the calculator. Avoid dates others could guess.",
  });
  const again = field("Type the new PIN again", "recovery-new-pin-again", { type: "password" });
  for (const c of [pin.control, again.control]) c.setAttribute("inputmode", "numeric");
  const error = h("p", { class: "form-error", role: "alert" });
  const exit = h(
    "button",
    { type: "button", class: "quick-exit", "aria-label": "Quick exit: hide and lock now" },
    "Quick exit",
  );
  exit.addEventListener("click", opts.onQuickExit);
  const save = h("button", { type: "submit", class: "primary" }, "Save new PIN");
  const form = h(
    "form",
    { class: "panel recovery-form", "aria-labelledby": "recovery-pin-title", novalidate: true },
    h("h1", { id: "recovery-pin-title", tabindex: "-1" }, "Choose a new PIN"),
    h("p", {}, "Your information is open. Choose the PIN you will use from now on."),
    pin.wrap,
    again.wrap,
    error,
    h("div", { class: "actions" }, save),
  );
  let pending = false;
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (pending) return;
    const problem = validatePinPair(pin.control.value, again.control.value);
    if (problem) {
      error.textContent = problem;
      pin.control.focus();
      return;
    }
    pending = true;
    api
      .changePin("", pin.control.value)
      .then(() => opts.onDone())
      .catch((err: unknown) => {
        error.textContent = messageOf(err, "The new PIN could not be saved. Please try again.");
      })
      .finally(() => {
        pending = false;
      });
  });
  root.replaceChildren(h("header", { class: "bar" }, h("span", { class: "bar-title" }, "Your space"), h("span", { class: "spacer" }), exit), h("div", { class: "setup" }, form));
  pin.control.focus();
}
