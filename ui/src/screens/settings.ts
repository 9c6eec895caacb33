// Settings: the language, how the app looks when hidden, the quick-hide shortcut, automatic locking, changing the
// PIN and the second (decoy) PIN. PINs are only ever held in the form fields, and cleared from them
// once they have been used.

import "./settings.css";
import { api, errorMessage, isApiError, type Look, type OpenedSpace, type SettingsView } from "../api";
import { recheckCase } from "../cases";
import { confirmGroup, field, h, screen } from "../dom";
import { message, t } from "../i18n";
import { acceleratorFromKey, describeAccelerator, shortcutText } from "./accelerator";
import { backupForm, restoreForm } from "./backup";
import { FieldErrors, working } from "./form-errors";
import { addPinStrengthHint } from "./pin-hint";
import { languageForm } from "./language-form";
import { textSizeForm } from "./text-size-form";
import { noteTextSize } from "../text-size";
import { updatesForm } from "./updates";
import {
  DEFAULT_AUTO_LOCK_MINUTES,
  MAX_AUTO_LOCK_MINUTES,
  MIN_AUTO_LOCK_MINUTES,
  PIN_MAX_DIGITS,
  PIN_MIN_DIGITS,
  minutesMessage,
  pinFieldHint,
  secondPinChangedMessage,
  secondPinSameMessage,
  parseMinutes,
  pinPairProblem,
  validateShortcutText,
  wrongCurrentPinMessage,
} from "./settings-rules";

const IS_MAC = /Mac|iPhone|iPad/.test(navigator.userAgent);

export function showSettings(main: HTMLElement): void {
  screen(main, (signal) => {
    const loadError = h("p", { class: "form-error", role: "alert" });
    const status = h("p", { class: "status", role: "status" });
    const general = generalForm();
    const textSize = textSizeForm();
    const keyPlace = h("p", { class: "hint", id: "settings-key-place" });
    const secondPinNotice = h("p", { class: "form-error", id: "settings-second-changed", hidden: true });
    // With a chip, about one PIN in two is refused: said before it happens, in both PIN forms.
    const chipHints = [0, 1].map(() => h("p", { class: "hint chip-hint", hidden: true }, t("settings-chip-hint")));
    main.append(
      h("h1", { tabindex: "-1" }, t("settings-title")),
      h("p", { class: "lead" }, t("settings-lead")),
      loadError,
      status,
      // Near the top, named in every language, so anyone can find it.
      h(
        "section",
        { class: "panel settings-panel", "aria-labelledby": "settings-language-title" },
        languageForm({ id: "settings-language", choose: (code) => api.setLanguage(code) }),
      ),
      general.form,
      textSize.form,
      changePinForm(keyPlace, chipHints[0]),
      secondPinForm(secondPinNotice, chipHints[1]),
      backupForm(),
      restoreForm(() => {
        status.textContent = t("settings-restored");
        recheckCase();
      }),
      updatesForm(),
    );
    main.querySelector<HTMLElement>("h1")?.focus();

    api
      .getSettings()
      .then((settings) => {
        if (!signal.aborted) general.fill(settings);
        noteTextSize(settings);
        textSize.fill(settings);
        keyPlace.textContent = t(KEY_PLACE[settings.key_kept_in], { digits: 8 });
        for (const hint of chipHints) hint.hidden = settings.key_kept_in === "password-store";
        if (settings.second_pin_changed_elsewhere) {
          secondPinNotice.textContent = secondPinChangedMessage("settings");
          secondPinNotice.hidden = false;
        }
      })
      .catch((e: unknown) => {
        loadError.textContent = errorMessage(e, t("settings-load-failed"));
      });
  });
}

// ---- Look, shortcut and auto-lock: one form, one Save button ----


function generalForm(): { form: HTMLElement; fill(settings: SettingsView): void } {
  const lookCalculator = lookRadio("calculator", t("settings-look-calculator"), t("settings-look-calculator-how"));
  const lookNotes = lookRadio("notes", t("settings-look-notes"), t("settings-look-notes-how"));
  const look = h(
    "fieldset",
    { class: "field settings-section" },
    h("legend", {}, h("h2", {}, t("settings-look-title"))),
    lookCalculator.wrap,
    lookNotes.wrap,
  );

  const shortcutHintText = t("settings-shortcut-hint");
  const shortcut = field(t("settings-shortcut-label"), "settings-shortcut", { hint: shortcutHintText });
  const shortcutHint = shortcut.wrap.querySelector<HTMLElement>(".hint");
  const record = h(
    "button",
    { type: "button", class: "record", "aria-describedby": "record-status" },
    t("settings-record"),
  );
  const recordStatus = h("p", { class: "hint", id: "record-status", role: "status" });
  const unavailable = h("p", { class: "guidance", hidden: true }, t("settings-shortcut-not-possible"));
  wireRecorder(record, recordStatus, shortcut.control as HTMLInputElement);
  const shortcutSection = h(
    "section",
    { class: "settings-section", "aria-labelledby": "settings-shortcut-title" },
    h("h2", { id: "settings-shortcut-title" }, t("settings-shortcut-title")),
    unavailable,
    shortcut.wrap,
    h("div", { class: "record-row" }, record),
    recordStatus,
  );

  const minutes = field(t("settings-minutes-label"), "settings-auto-lock", {
    type: "number",
    hint: t("settings-minutes-hint", { min: MIN_AUTO_LOCK_MINUTES, max: MAX_AUTO_LOCK_MINUTES }),
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
    h("h2", { id: "settings-autolock-title" }, t("settings-autolock-title")),
    minutes.wrap,
  );

  const error = h("p", { class: "form-error", role: "alert" });
  const status = h("p", { class: "status", role: "status" });
  const save = h("button", { type: "submit", class: "primary", disabled: true }, t("settings-save"));
  const form = h(
    "form",
    // novalidate: our own calm messages instead of the browser's bubbles for the minutes box.
    { class: "panel settings-panel", "aria-label": t("settings-hiding-and-locking"), novalidate: true },
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
      error.textContent = minutesMessage();
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
        status.textContent = t("settings-saved");
        // The disguise shown at the next quick exit follows the new look at once.
        document.dispatchEvent(new CustomEvent<SettingsView>(SETTINGS_SAVED, { detail: saved }));
      })
      .catch((err: unknown) => {
        error.textContent = errorMessage(err, t("settings-save-failed"));
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
    recordStatus.textContent = t("settings-shortcut-now", { keys: describeAccelerator(settings.shortcut, { mac: IS_MAC }) });
    minutesInput.value = String(settings.auto_lock_minutes);
    unavailable.hidden = settings.shortcut_available && !settings.shortcut_kept_by_desktop;
    unavailable.textContent = settings.shortcut_kept_by_desktop
      ? t("settings-shortcut-kept-by-desktop")
      : t("settings-shortcut-not-possible");
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
    button.textContent = t("settings-record-press-now");
    button.classList.add("recording");
    status.textContent = t("settings-record-how");
  }

  function stop(message: string): void {
    recording = false;
    button.textContent = t("settings-record");
    button.classList.remove("recording");
    status.textContent = message;
  }

  button.addEventListener("click", () => {
    if (recording) stop(t("settings-record-stopped"));
    else start();
  });

  button.addEventListener("blur", () => {
    swallowKeyUp = false;
    if (recording) stop(t("settings-record-stopped"));
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
      stop(t("settings-record-stopped"));
      return;
    }
    const result = acceleratorFromKey(e, { mac: IS_MAC });
    if (result.ok) {
      target.value = shortcutText(result.accelerator, { mac: IS_MAC });
      // Let the form know (clears an earlier "Saved.").
      target.dispatchEvent(new Event("input", { bubbles: true }));
      const said = describeAccelerator(result.accelerator, { mac: IS_MAC });
      stop(t("settings-record-new", { keys: said }));
      return;
    }
    switch (result.reason) {
      case "modifier-only":
        break; // Waiting for the rest of the combination.
      case "no-modifier":
        status.textContent = t("settings-record-no-modifier");
        break;
      case "shift-types-text":
        status.textContent = t("settings-record-shift-types-text");
        break;
      case "unsupported":
        status.textContent = t("settings-record-unsupported");
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
  const { wrap, control } = field(t("settings-current-pin"), name, { type: "password", autocomplete: "off" });
  control.setAttribute("inputmode", "numeric");
  return { wrap, control: control as HTMLInputElement };
}

interface PinForm {
  current: HTMLInputElement;
  pin: HTMLInputElement;
  confirm: HTMLInputElement;
  errors: FieldErrors;
}

/** Checks a PIN-change form before sending it; shows the first problem under its box, focused. */
function pinFormReady({ current, pin, confirm, errors }: PinForm): boolean {
  if (!current.value) {
    errors.show(current, t("settings-need-current-pin"));
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
    form.errors.show(form.current, wrongCurrentPinMessage(), { empty: true });
  } else if (isApiError(err) && err.code === "throttled") {
    // Not the current PIN's fault (it may be right): a wait, said for the whole form.
    error.textContent = err.message;
  } else if (isApiError(err) && (err.code === "invalid" || err.code === "pin_not_usable_here")) {
    // The new PIN is typed again from the start, in both boxes.
    form.errors.show(form.pin, err.message, { empty: true });
    form.errors.empty(form.confirm);
  } else {
    error.textContent = errorMessage(err, fallback);
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

// Where the secret that ties the PINs to this computer is kept, in plain words (message ids;
// "chip" takes `digits`, the length of PIN that is safer there).
const KEY_PLACE: Record<SettingsView["key_kept_in"], string> = {
  "password-store": message("settings-key-place-password-store"),
  chip: message("settings-key-place-chip"),
  "chip-limited": message("settings-key-place-chip-limited"),
};

function changePinForm(keyPlace: HTMLElement, chipHint: HTMLElement): HTMLElement {
  const fields = pinFields("settings-new-pin", t("settings-new-pin"), t("settings-new-pin-again"), pinFieldHint());
  const { wrap: currentWrap, control: current } = currentPinField("settings-current-pin");
  const error = h("p", { class: "form-error", role: "alert" });
  const status = h("p", { class: "status", role: "status" });
  const submit = h("button", { type: "submit", class: "primary" }, t("settings-change-pin"));
  const errors = new FieldErrors([current, fields.pin, fields.confirm]);
  const boxes: PinForm = { current, pin: fields.pin, confirm: fields.confirm, errors };
  const form = h(
    "form",
    { class: "panel settings-panel", "aria-labelledby": "settings-pin-title" },
    h("h2", { id: "settings-pin-title" }, t("settings-change-pin-title")),
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
    const done = working(submit, t("settings-changing"));
    api
      .changePin(current.value, fields.pin.value)
      .then(() => {
        form.reset();
        status.textContent = t("settings-pin-changed");
      })
      .catch((err: unknown) => {
        pinFormRefused(boxes, err, error, t("settings-pin-not-changed"));
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
  const notebook = choice("notebook", t("settings-opens-notebook"), t("settings-opens-notebook-hint"), true);
  const app = choice("app", t("settings-opens-app"), t("settings-opens-app-hint"), false);
  const fieldset = h(
    "fieldset",
    { class: "field settings-section" },
    h("legend", {}, t("settings-opens-legend")),
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
    t("settings-second-pin"),
    t("settings-second-pin-again"),
    t("settings-second-pin-hint", { min: PIN_MIN_DIGITS, max: PIN_MAX_DIGITS }),
  );
  const { wrap: currentWrap, control: current } = currentPinField("settings-second-current-pin");
  const error = h("p", { class: "form-error", role: "alert" });
  const status = h("p", { class: "status", role: "status" });
  const set = h("button", { type: "submit", class: "primary" }, t("settings-second-set"));
  const remove = h("button", { type: "button" }, t("settings-second-remove"));
  const errors = new FieldErrors([current, fields.pin, fields.confirm]);
  const boxes: PinForm = { current, pin: fields.pin, confirm: fields.confirm, errors };

  const opens = opensChoice();

  const yes = h("button", { type: "button", class: "primary" }, t("settings-second-remove-yes"));
  const no = h("button", { type: "button" }, t("settings-second-remove-no"));
  const confirmBox = confirmGroup("settings-remove-question", t("settings-second-remove-question"), yes, no);

  const form = h(
    "form",
    { class: "panel settings-panel", "aria-labelledby": "settings-second-title" },
    h("h2", { id: "settings-second-title" }, t("settings-second-title")),
    notice,
    h("p", {}, t("settings-second-about")),
    h("p", { class: "muted" }, t("settings-second-starts-new")),
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
      errors.show(fields.pin, secondPinSameMessage(), { empty: true });
      return;
    }
    pending = true;
    const done = working(set, t("settings-second-setting"));
    api
      .setDuressPin(current.value, fields.pin.value, opens.value())
      .then(() => {
        const chosen = opens.value();
        form.reset();
        notice.hidden = true;
        // The PINs are cleared; the choice stays as it was set, so the form shows what it opens.
        opens.choose(chosen);
        status.textContent =
          chosen === "notebook" ? t("settings-second-set-notebook") : t("settings-second-set-app");
      })
      .catch((err: unknown) => {
        pinFormRefused(boxes, err, error, t("settings-second-not-set"));
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
      errors.show(current, t("settings-need-current-pin"));
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
    const done = working(yes, t("settings-second-removing"));
    let refusedCurrent = false;
    api
      .clearDuressPin(current.value)
      .then(() => {
        form.reset();
        notice.hidden = true;
        status.textContent = t("settings-second-removed");
      })
      .catch((err: unknown) => {
        refusedCurrent = isApiError(err) && (err.code === "wrong_pin" || err.code === "throttled");
        if (!refusedCurrent) {
          error.textContent = errorMessage(err, t("settings-second-not-removed"));
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
