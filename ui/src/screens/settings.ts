// Settings: how the app looks when hidden, the quick-hide shortcut, automatic locking, changing the
// PIN and the second (decoy) PIN. PINs are only ever held in the form fields, and cleared from them
// once they have been used.

import "./settings.css";
import { api, isApiError, type Look, type OpenedSpace, type SettingsView } from "../api";
import { recheckCase } from "../cases";
import { confirmGroup, field, h } from "../dom";
import { acceleratorFromKey, describeAccelerator, shortcutText } from "./accelerator";
import { backupForm, restoreForm } from "./backup";
import { FieldErrors, working } from "./form-errors";
import { addPinStrengthHint } from "./pin-hint";
import { textSizeForm } from "./text-size-form";
import { noteTextSize } from "../text-size";
import { updatesForm } from "./updates";
import {
  DEFAULT_AUTO_LOCK_MINUTES,
  MAX_AUTO_LOCK_MINUTES,
  MINUTES_MESSAGE,
  MIN_AUTO_LOCK_MINUTES,
  PIN_FIELD_HINT,
  PIN_MAX_DIGITS,
  PIN_MIN_DIGITS,
  SECOND_PIN_SAME_MESSAGE,
  WRONG_CURRENT_PIN_MESSAGE,
  secondPinChangedMessage,
  parseMinutes,
  pinPairProblem,
  validateShortcutText,
} from "./settings-rules";

const IS_MAC = /Mac|iPhone|iPad/.test(navigator.userAgent);

function errorText(e: unknown, fallback: string): string {
  return isApiError(e) ? e.message : fallback;
}

export function showSettings(main: HTMLElement): void {
  const loadError = h("p", { class: "form-error", role: "alert" });
  const status = h("p", { class: "status", role: "status" });
  const general = generalForm();
  const textSize = textSizeForm();
  const keyPlace = h("p", { class: "hint", id: "settings-key-place" });
  const secondPinNotice = h("p", { class: "form-error", id: "settings-second-changed", hidden: true });
  // With a chip, about one PIN in two is refused: said before it happens, in both PIN forms.
  const chipHints = [0, 1].map(() => h("p", { class: "hint chip-hint", hidden: true }, CHIP_HINT));
  main.replaceChildren(
    h("h1", { tabindex: "-1" }, "Settings"),
    h("p", { class: "lead" }, "How this app hides and locks, the PINs that open it, backups and updates."),
    loadError,
    status,
    general.form,
    textSize.form,
    changePinForm(keyPlace, chipHints[0]),
    secondPinForm(secondPinNotice, chipHints[1]),
    backupForm(),
    restoreForm(() => {
      status.textContent = "Restored. Everything shown now comes from the backup.";
      recheckCase();
    }),
    updatesForm(),
  );
  main.querySelector<HTMLElement>("h1")?.focus();

  api
    .getSettings()
    .then((settings) => {
      if (general.form.isConnected) general.fill(settings);
      noteTextSize(settings);
      textSize.fill(settings);
      keyPlace.textContent = KEY_PLACE[settings.key_kept_in];
      for (const hint of chipHints) hint.hidden = settings.key_kept_in === "password-store";
      if (settings.second_pin_changed_elsewhere) {
        secondPinNotice.textContent = secondPinChangedMessage("settings");
        secondPinNotice.hidden = false;
      }
    })
    .catch((e: unknown) => {
      loadError.textContent = errorText(e, "Your settings could not be loaded. Please try again.");
    });
}

// ---- Look, shortcut and auto-lock: one form, one Save button ----

const NOT_POSSIBLE =
  "On this computer's desktop, a shortcut that works everywhere is not possible. To hide this " +
  "quickly, use the Quick exit button at the top, or press Shift three times.";
const KEPT_BY_DESKTOP =
  "This desktop keeps the shortcut itself. To see or change it, open the desktop's keyboard " +
  "settings and look for Calculator. The Quick exit button and Shift pressed three times " +
  "work too.";

function generalForm(): { form: HTMLElement; fill(settings: SettingsView): void } {
  const lookCalculator = lookRadio(
    "calculator",
    "A calculator",
    "To open it: type your PIN, then press =.",
  );
  const lookNotes = lookRadio(
    "notes",
    "A notes pad",
    "To open it: type your PIN on a line of its own, then press Enter. Like any notes app, it " +
      "keeps the lines typed into it, where anyone using this computer could read them, but " +
      "never a line with four or more digits in a row (so never the PIN or the recovery key, and " +
      "not phone numbers or years either). Keep anything private inside the app, not in the pad.",
  );
  const look = h(
    "fieldset",
    { class: "field settings-section" },
    h("legend", {}, h("h2", {}, "How the app looks when hidden")),
    lookCalculator.wrap,
    lookNotes.wrap,
  );

  const shortcutHintText =
    "Pressing these keys hides this at once and locks it, whatever else is on the screen.";
  const shortcut = field("Shortcut keys", "settings-shortcut", { hint: shortcutHintText });
  const shortcutHint = shortcut.wrap.querySelector<HTMLElement>(".hint");
  const record = h(
    "button",
    { type: "button", class: "record", "aria-describedby": "record-status" },
    "Record a new shortcut",
  );
  const recordStatus = h("p", { class: "hint", id: "record-status", role: "status" });
  const unavailable = h("p", { class: "guidance", hidden: true }, NOT_POSSIBLE);
  wireRecorder(record, recordStatus, shortcut.control as HTMLInputElement);
  const shortcutSection = h(
    "section",
    { class: "settings-section", "aria-labelledby": "settings-shortcut-title" },
    h("h2", { id: "settings-shortcut-title" }, "Quick-hide shortcut"),
    unavailable,
    shortcut.wrap,
    h("div", { class: "record-row" }, record),
    recordStatus,
  );

  const minutes = field("Minutes before it locks", "settings-auto-lock", {
    type: "number",
    hint:
      `If nothing is typed or clicked for this many minutes, it locks itself and you will need ` +
      `your PIN again. Between ${MIN_AUTO_LOCK_MINUTES} and ${MAX_AUTO_LOCK_MINUTES}; a shorter ` +
      `time is safer if others use this computer.`,
  });
  const minutesInput = minutes.control as HTMLInputElement;
  minutesInput.min = String(MIN_AUTO_LOCK_MINUTES);
  minutesInput.max = String(MAX_AUTO_LOCK_MINUTES);
  minutesInput.step = "1";
  minutesInput.inputMode = "numeric";
  minutesInput.value = String(DEFAULT_AUTO_LOCK_MINUTES);
  const autoLockSection = h(
    "section",
    { class: "settings-section", "aria-labelledby": "settings-autolock-title" },
    h("h2", { id: "settings-autolock-title" }, "Lock automatically"),
    minutes.wrap,
  );

  const error = h("p", { class: "form-error", role: "alert" });
  const status = h("p", { class: "status", role: "status" });
  const save = h("button", { type: "submit", class: "primary", disabled: true }, "Save");
  const form = h(
    "form",
    // novalidate: our own calm messages instead of the browser's bubbles for the minutes box.
    { class: "panel settings-panel", "aria-label": "Hiding and locking", novalidate: true },
    look,
    shortcutSection,
    autoLockSection,
    error,
    status,
    h("div", { class: "actions" }, save),
  );

  // Buttons stay enabled while waiting (disabling one drops keyboard focus); this stops a double save.
  let saving = false;
  /** The shortcut as Rust has it: sent back as it is while the box still shows it. */
  let savedShortcut = "";

  // Any change makes an earlier "Saved." out of date.
  form.addEventListener("input", () => {
    status.textContent = "";
  });

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    error.textContent = "";
    status.textContent = "";
    const chosenLook: Look = lookNotes.input.checked ? "notes" : "calculator";
    const typedShortcut = shortcut.control.value.trim();
    const shortcutProblem = validateShortcutText(typedShortcut);
    if (shortcutProblem) {
      error.textContent = shortcutProblem;
      shortcut.control.focus();
      return;
    }
    const autoLock = parseMinutes(minutesInput.value);
    if (autoLock === null) {
      error.textContent = MINUTES_MESSAGE;
      minutesInput.focus();
      return;
    }
    if (saving) return;
    saving = true;
    api
      .saveSettings({
        look: chosenLook,
        shortcut: typedShortcut === shortcutText(savedShortcut, { mac: IS_MAC }) ? savedShortcut : typedShortcut,
        auto_lock_minutes: autoLock,
      })
      .then((saved) => {
        fill(saved);
        status.textContent = "Saved.";
        // The disguise shown at the next quick exit follows the new look at once.
        document.dispatchEvent(new CustomEvent<SettingsView>(SETTINGS_SAVED, { detail: saved }));
      })
      .catch((err: unknown) => {
        error.textContent = errorText(err, "Your settings could not be saved. Please try again.");
      })
      .finally(() => {
        saving = false;
      });
  });

  function fill(settings: SettingsView): void {
    lookCalculator.input.checked = settings.look !== "notes";
    lookNotes.input.checked = settings.look === "notes";
    savedShortcut = settings.shortcut;
    shortcut.control.value = shortcutText(settings.shortcut, { mac: IS_MAC });
    recordStatus.textContent = `Now: ${describeAccelerator(settings.shortcut, { mac: IS_MAC })}.`;
    minutesInput.value = String(settings.auto_lock_minutes);
    unavailable.hidden = settings.shortcut_available && !settings.shortcut_kept_by_desktop;
    unavailable.textContent = settings.shortcut_kept_by_desktop ? KEPT_BY_DESKTOP : NOT_POSSIBLE;
    // No shortcut here, or the desktop keeps it: keys shown or recorded here would do nothing,
    // so none are offered (the saved one is kept for a desktop where it works).
    const nothingToSet = !settings.shortcut_available || settings.shortcut_kept_by_desktop;
    shortcut.wrap.hidden = nothingToSet;
    record.hidden = nothingToSet;
    recordStatus.hidden = nothingToSet;
    if (shortcutHint) shortcutHint.textContent = shortcutHintText;
    save.disabled = false;
  }

  return { form, fill };
}

function lookRadio(value: Look, label: string, how: string): { wrap: HTMLElement; input: HTMLInputElement } {
  const id = `settings-look-${value}`;
  const hintId = `${id}-hint`;
  const input = h("input", { type: "radio", id, name: "settings-look", value, "aria-describedby": hintId });
  const wrap = h(
    "div",
    { class: "look-choice" },
    h("div", { class: "radio" }, input, h("label", { for: id }, label)),
    h("p", { class: "hint", id: hintId }, how),
  );
  return { wrap, input };
}

/**
 * "Record a new shortcut": while recording, the next key combination pressed on the button becomes
 * the shortcut. Esc, leaving the button, or pressing the button again stops without a change.
 */
function wireRecorder(button: HTMLButtonElement, status: HTMLElement, target: HTMLInputElement): void {
  let recording = false;
  // A key handled while recording must not also "click" the button when it is released.
  let swallowKeyUp = false;

  function start(): void {
    recording = true;
    button.textContent = "Press the keys now (Esc to stop)";
    button.classList.add("recording");
    status.textContent =
      "Hold Ctrl, Alt or Shift (or more than one) and press a letter, a number or F1 to F12. " +
      "Press Esc to stop without changing anything.";
  }

  function stop(message: string): void {
    recording = false;
    button.textContent = "Record a new shortcut";
    button.classList.remove("recording");
    status.textContent = message;
  }

  button.addEventListener("click", () => {
    if (recording) stop("Stopped. Your shortcut has not changed.");
    else start();
  });

  button.addEventListener("blur", () => {
    swallowKeyUp = false;
    if (recording) stop("Stopped. Your shortcut has not changed.");
  });

  button.addEventListener("keydown", (e) => {
    if (!recording) return;
    // Tab still moves on (and so stops recording), so nobody gets stuck here.
    if (e.code === "Tab" || e.key === "Tab") return;
    e.preventDefault();
    e.stopPropagation();
    swallowKeyUp = true;
    if (e.repeat) return;
    if (e.key === "Escape" || e.code === "Escape") {
      stop("Stopped. Your shortcut has not changed.");
      return;
    }
    const result = acceleratorFromKey(e, { mac: IS_MAC });
    if (result.ok) {
      target.value = shortcutText(result.accelerator, { mac: IS_MAC });
      // Let the form know (clears an earlier "Saved.").
      target.dispatchEvent(new Event("input", { bubbles: true }));
      const said = describeAccelerator(result.accelerator, { mac: IS_MAC });
      stop(`New shortcut: ${said}. Press Save to keep it.`);
      return;
    }
    switch (result.reason) {
      case "modifier-only":
        break; // Waiting for the rest of the combination.
      case "no-modifier":
        status.textContent = "Please hold Ctrl, Alt or Shift as well, then press the key.";
        break;
      case "shift-types-text":
        status.textContent =
          "Shift with a letter, number or sign is how capitals and symbols are typed, so it " +
          "cannot be the shortcut. Please add Ctrl or Alt.";
        break;
      case "unsupported":
        status.textContent = "That key cannot be used. Please try a letter, a number or F1 to F12.";
        break;
    }
  });

  button.addEventListener("keyup", (e) => {
    if (swallowKeyUp) {
      e.preventDefault();
      if (!e.ctrlKey && !e.altKey && !e.shiftKey && !e.metaKey) swallowKeyUp = false;
    }
  });
}

// ---- Change the PIN ----

/** Fired on `document` after settings are saved; main.ts updates the disguise it will show. */
export const SETTINGS_SAVED = "settings-saved";

/** Every PIN change asks for the current PIN: someone who finds the app open cannot make one. */
function currentPinField(name: string): { wrap: HTMLElement; control: HTMLInputElement } {
  const { wrap, control } = field("Your current PIN", name, { type: "password", autocomplete: "off" });
  control.setAttribute("inputmode", "numeric");
  return { wrap, control: control as HTMLInputElement };
}

const NEED_CURRENT = "Please type your current PIN first.";

interface PinForm {
  current: HTMLInputElement;
  pin: HTMLInputElement;
  confirm: HTMLInputElement;
  errors: FieldErrors;
}

/** Checks a PIN-change form before sending it; shows the first problem under its box, focused. */
function pinFormReady({ current, pin, confirm, errors }: PinForm): boolean {
  if (!current.value) {
    errors.show(current, NEED_CURRENT);
    return false;
  }
  const problem = pinPairProblem(pin.value, confirm.value);
  if (problem) {
    // Two that differ: both are typed again, from the first.
    if (problem.clearBoth) errors.empty(confirm);
    errors.show(problem.field === "pin" ? pin : confirm, problem.message, { empty: problem.clearBoth });
    return false;
  }
  return true;
}

/**
 * Rust said no to a PIN form: a wrong current PIN is emptied to be typed again; a wait after too
 * many wrong ones is said under it; a new PIN refused, under that. Anything else under the form.
 */
function pinFormRefused(form: PinForm, err: unknown, error: HTMLElement, fallback: string): void {
  if (isApiError(err) && err.code === "wrong_pin") {
    form.errors.show(form.current, WRONG_CURRENT_PIN_MESSAGE, { empty: true });
  } else if (isApiError(err) && err.code === "throttled") {
    // Not the current PIN's fault (it may be right): a wait, said for the whole form.
    error.textContent = err.message;
  } else if (isApiError(err) && (err.code === "invalid" || err.code === "pin_not_usable_here")) {
    // The new PIN is typed again from the start, in both boxes.
    form.errors.show(form.pin, err.message, { empty: true });
    form.errors.empty(form.confirm);
  } else {
    error.textContent = errorText(err, fallback);
  }
}

function pinFields(
  name: string,
  label: string,
  confirmLabel: string,
  hint?: string,
): { pin: HTMLInputElement; confirm: HTMLInputElement; wraps: HTMLElement[] } {
  const pin = field(label, name, { type: "password", autocomplete: "off", hint });
  addPinStrengthHint(pin.control);
  const confirm = field(confirmLabel, `${name}-again`, { type: "password", autocomplete: "off" });
  for (const c of [pin.control, confirm.control]) c.setAttribute("inputmode", "numeric");
  return {
    pin: pin.control as HTMLInputElement,
    confirm: confirm.control as HTMLInputElement,
    wraps: [pin.wrap, confirm.wrap],
  };
}

// Where the secret that ties the PINs to this computer is kept, in plain words.
const KEY_PLACE: Record<SettingsView["key_kept_in"], string> = {
  "password-store":
    "Your PIN works together with a key kept in this computer's password store, so a copy of " +
    "the app's files can't be opened on another computer.",
  chip:
    "Your PIN only works on this computer: its security chip checks it and stops quick " +
    "guessing. Someone with administrator access could get round this limit, so a PIN of 8 or " +
    "more digits is safer.",
  "chip-limited":
    "Your PIN only works on this computer: its security chip checks it and stops anyone " +
    "trying PINs quickly.",
};

const CHIP_HINT =
  "On this computer about half of all PINs can't be used. If one is refused, just choose another.";

function changePinForm(keyPlace: HTMLElement, chipHint: HTMLElement): HTMLElement {
  const fields = pinFields(
    "settings-new-pin",
    "New PIN",
    "Type the new PIN again",
    PIN_FIELD_HINT,
  );
  const { wrap: currentWrap, control: current } = currentPinField("settings-current-pin");
  const error = h("p", { class: "form-error", role: "alert" });
  const status = h("p", { class: "status", role: "status" });
  const submit = h("button", { type: "submit", class: "primary" }, "Change PIN");
  const errors = new FieldErrors([current, fields.pin, fields.confirm]);
  const boxes: PinForm = { current, pin: fields.pin, confirm: fields.confirm, errors };
  const form = h(
    "form",
    { class: "panel settings-panel", "aria-labelledby": "settings-pin-title" },
    h("h2", { id: "settings-pin-title" }, "Change your PIN"),
    keyPlace,
    currentWrap,
    ...fields.wraps,
    chipHint,
    error,
    errors.announcer,
    status,
    h("div", { class: "actions" }, submit),
  );
  let pending = false;
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (pending) return;
    error.textContent = "";
    status.textContent = "";
    errors.clearAll();
    if (!pinFormReady(boxes)) return;
    pending = true;
    const done = working(submit, "Changing…");
    api
      .changePin(current.value, fields.pin.value)
      .then(() => {
        form.reset();
        status.textContent = "Your PIN has been changed. From now on, use the new PIN to open this.";
      })
      .catch((err: unknown) => {
        pinFormRefused(boxes, err, error, "Your PIN could not be changed. Your old PIN still works.");
      })
      .finally(() => {
        pending = false;
        done();
      });
  });
  return form;
}

// ---- Second (decoy) PIN ----

/** "What your second PIN opens": an everyday notebook (the default) or this app, made harmless. */
function opensChoice(): { fieldset: HTMLElement; value(): OpenedSpace; choose(value: OpenedSpace): void } {
  const choice = (value: OpenedSpace, label: string, hint: string, checked: boolean) => {
    const id = `settings-second-opens-${value}`;
    const hintId = `${id}-hint`;
    const input = h("input", {
      type: "radio",
      id,
      name: "settings-second-opens",
      value,
      "aria-describedby": hintId,
      // The attribute, not the property: form.reset() goes back to it.
      checked,
    });
    const wrap = h(
      "div",
      { class: "look-choice" },
      h("div", { class: "radio" }, input, h("label", { for: id }, label)),
      h("p", { class: "hint", id: hintId }, hint),
    );
    return { wrap, input };
  };
  const notebook = choice(
    "notebook",
    "An everyday notebook (recommended)",
    "A plain notebook for writing pages. Nothing in it suggests that this app exists.",
    true,
  );
  const app = choice(
    "app",
    "A copy of this app with nothing of yours in it",
    "Only if the other person already knows this app is here. They will see its menus " +
      "(Safety plan, Incident log…) but none of your information.",
    false,
  );
  const fieldset = h(
    "fieldset",
    { class: "field settings-section" },
    h("legend", {}, "What your second PIN opens"),
    notebook.wrap,
    app.wrap,
  );
  return {
    fieldset,
    value: () => (app.input.checked ? "app" : "notebook"),
    choose: (value) => {
      app.input.checked = value === "app";
      notebook.input.checked = value !== "app";
    },
  };
}

function secondPinForm(notice: HTMLElement, chipHint: HTMLElement): HTMLElement {
  const fields = pinFields(
    "settings-second-pin",
    "Second PIN",
    "Type the second PIN again",
    `${PIN_MIN_DIGITS} to ${PIN_MAX_DIGITS} digits, different from your main PIN.`,
  );
  const { wrap: currentWrap, control: current } = currentPinField("settings-second-current-pin");
  const error = h("p", { class: "form-error", role: "alert" });
  const status = h("p", { class: "status", role: "status" });
  const set = h("button", { type: "submit", class: "primary" }, "Set second PIN");
  const remove = h("button", { type: "button" }, "Remove second PIN");
  const errors = new FieldErrors([current, fields.pin, fields.confirm]);
  const boxes: PinForm = { current, pin: fields.pin, confirm: fields.confirm, errors };

  const opens = opensChoice();

  const yes = h("button", { type: "button", class: "primary" }, "Yes, remove it");
  const no = h("button", { type: "button" }, "Keep it");
  const confirmBox = confirmGroup(
    "settings-remove-question",
    "Remove the second PIN? After this, only your main PIN opens the app.",
    yes,
    no,
  );

  const form = h(
    "form",
    { class: "panel settings-panel", "aria-labelledby": "settings-second-title" },
    h("h2", { id: "settings-second-title" }, "Second PIN (decoy)"),
    notice,
    h(
      "p",
      {},
      "A second PIN opens a separate space that looks ordinary and holds none of what you keep " +
        "here. If someone ever makes you open the app, you can type the second PIN instead, and " +
        "they will see that space, not this one.",
    ),
    h(
      "p",
      { class: "muted" },
      "Setting a second PIN starts a new space with different pages. Anything in the old one, " +
        "including pages you wrote, is deleted.",
    ),
    opens.fieldset,
    currentWrap,
    ...fields.wraps,
    chipHint,
    error,
    errors.announcer,
    status,
    h("div", { class: "actions" }, remove, set),
    confirmBox,
  );

  // Buttons stay enabled while waiting (disabling one drops keyboard focus); this stops doubles.
  let pending = false;

  function closeConfirm(): void {
    confirmBox.hidden = true;
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (pending) return;
    closeConfirm();
    error.textContent = "";
    status.textContent = "";
    errors.clearAll();
    if (!pinFormReady(boxes)) return;
    // The current PIN is the main PIN (Rust refuses the same one too).
    if (fields.pin.value === current.value) {
      errors.empty(fields.confirm);
      errors.show(fields.pin, SECOND_PIN_SAME_MESSAGE, { empty: true });
      return;
    }
    pending = true;
    const done = working(set, "Setting…");
    api
      .setDuressPin(current.value, fields.pin.value, opens.value())
      .then(() => {
        const chosen = opens.value();
        form.reset();
        notice.hidden = true;
        // The PINs are cleared; the choice stays as it was set, so the form shows what it opens.
        opens.choose(chosen);
        status.textContent =
          chosen === "notebook"
            ? "Your second PIN is set. It opens an everyday notebook instead of this space. " +
              "Someone who makes you type your second PIN will read its pages. Open it with your " +
              "second PIN, delete any page that doesn't fit your life, and add one or two of your " +
              "own, such as a real shopping list."
            : "Your second PIN is set. It opens a separate copy of this app with none of your information in it.";
      })
      .catch((err: unknown) => {
        pinFormRefused(boxes, err, error, "The second PIN could not be set. Please try again.");
      })
      .finally(() => {
        pending = false;
        done();
      });
  });

  remove.addEventListener("click", () => {
    if (pending) return;
    error.textContent = "";
    status.textContent = "";
    errors.clearAll();
    if (!current.value) {
      errors.show(current, NEED_CURRENT);
      return;
    }
    confirmBox.hidden = false;
    yes.focus();
  });

  no.addEventListener("click", () => {
    closeConfirm();
    remove.focus();
  });

  yes.addEventListener("click", () => {
    if (pending) return;
    pending = true;
    const done = working(yes, "Removing…");
    let refusedCurrent = false;
    api
      .clearDuressPin(current.value)
      .then(() => {
        form.reset();
        notice.hidden = true;
        status.textContent = "The second PIN has been removed. Only your main PIN opens the app now.";
      })
      .catch((err: unknown) => {
        refusedCurrent = isApiError(err) && (err.code === "wrong_pin" || err.code === "throttled");
        if (!refusedCurrent) {
          error.textContent = errorText(err, "The second PIN could not be removed. Please try again.");
        }
        return err;
      })
      .then((err) => {
        pending = false;
        done();
        closeConfirm();
        // Focus was on "Yes, remove it", now hidden: to the current PIN if that was wrong (the
        // box is emptied, to be typed again), else back where the person started.
        if (refusedCurrent) pinFormRefused(boxes, err, error, "");
        else remove.focus();
      });
  });

  return form;
}
