// First-run setup: what this protects against (and what it cannot), choosing a PIN, an optional
// duress PIN, the look and the quick-hide shortcut; then the recovery key, shown once.

import { LANGUAGE_CHANGED, languageForm } from "./language-form";
import { api, errorMessage, isApiError, type Look } from "../api";
import { confirmGroup, field, h } from "../dom";
import { language, systemLanguage, t, tIn } from "../i18n";
import { DEFAULT_SHORTCUT, shortcutText } from "./accelerator";
import { lockChoice } from "./backup";
import { FieldErrors, working } from "./form-errors";
import { addPinStrengthHint } from "./pin-hint";
import {
  pinFieldHint,
  PIN_MAX_DIGITS,
  PIN_MIN_DIGITS,
  PIN_PATTERN,
  pinTooEasyMessage,
  secondPinSameMessage,
  isRefusedPin,
  pinPairProblem,
  validateShortcutText,
} from "./settings-rules";

export interface SetupOptions {
  onDone(): void | Promise<void>;
  onCancel(): void;
  /**
   * Setup finished (or failed) after a quick exit had already left this screen: the disguise
   * should stop offering setup (the vault may exist now; its recovery key is shown after the
   * next unlock).
   */
  onFinishedAfterExit(): void;
}

const IS_MAC = /Mac|iPhone|iPad/.test(navigator.userAgent);

/**
 * Who to blame for a refusal from Rust at setup: the shortcut, the second PIN or the PIN (the
 * page checks them all first, so this is only for what Rust knows better).
 */
function refusedField(reason: string | undefined, secondPin: string): "shortcut" | "duress" | "pin" | null {
  if (reason === undefined) return null;
  if (SHORTCUT_REASONS.has(reason)) return "shortcut";
  if (!PIN_REASONS.has(reason)) return null;
  if (secondPin && isRefusedPin(secondPin)) return "duress";
  return "pin";
}

/** Rust's reasons (src-tauri, crates/vault) that are about the shortcut box, or a PIN box. */
const SHORTCUT_REASONS = new Set([
  "settings-choose-quick-hide-shortcut",
  "settings-quick-hide-shortcut-needs-least",
  "hide-choose-key-together-ctrl-alt",
  "hide-choose-letter-number-f-key",
  "hide-shortcut-taken",
]);
const PIN_REASONS = new Set([
  "opening-use-6-16-digits-numbers",
  "vault-choose-pin-6-16-digits",
  "vault-pin-too-easy",
  "vault-pins-must-differ",
  "secret-pin-too-short",
  "secret-pin-too-long",
]);

export function showSetup(root: HTMLElement, opts: SetupOptions): void {
  // The calculator's small window would hide the errors and hints: the open app's size.
  void api.roomForSetup().catch(() => undefined);
  const pin = field(t("setup-pin-label"), "pin", {
    type: "password",
    hint: pinFieldHint(),
    autocomplete: "new-password",
  });
  addPinStrengthHint(pin.control);
  const pin2 = field(t("setup-pin-again-label"), "pin2", { type: "password", autocomplete: "new-password" });
  const duress = field(t("setup-second-pin-label"), "duress", {
    type: "password",
    hint: t("setup-second-pin-hint", { min: PIN_MIN_DIGITS, max: PIN_MAX_DIGITS }),
    autocomplete: "new-password",
  });
  addPinStrengthHint(duress.control);
  for (const c of [pin.control, pin2.control, duress.control]) c.setAttribute("inputmode", "numeric");
  const shortcut = field(t("setup-shortcut-label"), "shortcut", {
    hint: t("setup-shortcut-hint"),
  });
  // Shown as people know the keys; left as it is, Rust's own default (the same keys) is kept.
  const shownDefault = shortcutText(DEFAULT_SHORTCUT, { mac: IS_MAC });
  shortcut.control.value = shownDefault;

  const look = h(
    "fieldset",
    { class: "field" },
    h("legend", {}, t("setup-look-legend")),
    radio("look", "calculator", t("setup-look-calculator"), true),
    radio("look", "notes", t("setup-look-notes"), false),
  );
  const errors = new FieldErrors([pin.control, pin2.control, duress.control, shortcut.control]);
  // What belongs to no one box: the backup section, or trouble setting up.
  const error = h("p", { class: "form-error", role: "alert" });
  const submit = h("button", { type: "submit", class: "primary" }, t("setup-submit"));
  // Moving to a new computer: the same setup, then everything from a backup file.
  const fromBackup = lockChoice("setup-restore", "restore");
  const restoreToggle = h("button", { type: "button", "aria-expanded": "false" }, t("setup-restore-instead"));
  const restoreSection = h(
    "section",
    { class: "panel", "aria-labelledby": "setup-restore-title", hidden: true },
    h("h2", { id: "setup-restore-title" }, t("setup-restore-title")),
    h("p", {}, t("setup-restore-text")),
    ...fromBackup.elements,
  );
  let restoring = false;
  let pending = false;
  restoreToggle.addEventListener("click", () => {
    if (pending) return;
    restoring = !restoring;
    restoreSection.hidden = !restoring;
    restoreToggle.setAttribute("aria-expanded", String(restoring));
    restoreToggle.textContent = restoring ? t("setup-start-empty-instead") : t("setup-restore-instead");
    submit.textContent = restoring ? t("setup-submit-restore") : t("setup-submit");
  });
  const cancel = h("button", { type: "button" }, t("setup-not-now"));
  cancel.addEventListener("click", opts.onCancel);

  // First, so a person who reads no English finds their language before anything else.
  const languages = languageForm({ id: "setup-language" });
  const form = h(
    "form",
    { class: "setup", "aria-labelledby": "setup-title", novalidate: true },
    h("h1", { id: "setup-title", tabindex: "-1" }, t("setup-title")),
    languages,
    h(
      "section",
      { class: "explainer", "aria-label": t("setup-explainer-label") },
      h("p", {}, t("setup-explainer-locked")),
      h(
        "ul",
        {},
        h("li", {}, t("setup-explainer-opens")),
        h("li", {}, t("setup-explainer-copies")),
        h("li", {}, t("setup-explainer-spyware")),
      ),
      h("p", {}, t("setup-explainer-monitored")),
    ),
    pin.wrap,
    pin2.wrap,
    duress.wrap,
    look,
    shortcut.wrap,
    h("div", { class: "actions start" }, restoreToggle),
    restoreSection,
    error,
    errors.announcer,
    h("div", { class: "actions" }, cancel, submit),
  );

  /** The page's own checks, in the order of the form; false when one failed (and is shown). */
  function checked(): boolean {
    const chosen = pin.control.value;
    const problem = pinPairProblem(chosen, pin2.control.value);
    if (problem) {
      if (problem.clearBoth) errors.empty(pin2.control);
      errors.show(problem.field === "pin" ? pin.control : pin2.control, problem.message, {
        empty: problem.clearBoth,
      });
      return false;
    }
    const second = duress.control.value;
    if (second) {
      const secondProblem = !PIN_PATTERN.test(second)
        ? t("setup-second-pin-digits", { min: PIN_MIN_DIGITS, max: PIN_MAX_DIGITS })
        : isRefusedPin(second)
          ? pinTooEasyMessage()
          : second === chosen
            ? secondPinSameMessage()
            : null;
      if (secondProblem) {
        errors.show(duress.control, secondProblem);
        return false;
      }
    }
    const keys = shortcut.control.value.trim();
    const shortcutProblem = keys ? validateShortcutText(keys) : null;
    if (shortcutProblem) {
      errors.show(shortcut.control, shortcutProblem);
      return false;
    }
    return true;
  }

  /** Rust said no: under the box it is about, or under the form for trouble of another kind. */
  function refused(err: unknown, fallback: string): void {
    const at = isApiError(err) && err.code === "invalid" ? refusedField(err.reason, duress.control.value) : null;
    if (isApiError(err) && at) {
      const box = at === "shortcut" ? shortcut.control : at === "duress" ? duress.control : pin.control;
      errors.show(box, err.message);
      return;
    }
    error.textContent = errorMessage(err, fallback);
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (pending) return;
    error.textContent = "";
    errors.clearAll();
    if (!checked()) return;
    const lookValue = (form.querySelector<HTMLInputElement>("input[name=look]:checked")?.value ??
      "calculator") as Look;
    const keys = shortcut.control.value.trim();
    const request = {
      pin: pin.control.value,
      duress_pin: duress.control.value || null,
      look: lookValue,
      // Unchanged (or emptied): Rust's default, the same keys as shown.
      shortcut: keys && keys !== shownDefault ? keys : null,
      language: language(),
    };
    if (restoring) {
      const lock = fromBackup.lock();
      if (typeof lock === "string") {
        error.textContent = lock;
        return;
      }
      pending = true;
      const done = working(submit, t("setup-working"));
      api
        .setUpFromBackup(request, lock)
        .then((result) => {
          // Hidden while the file was chosen or read: the disguise stays; nothing is shown on it.
          if (!form.isConnected) {
            opts.onFinishedAfterExit();
            return;
          }
          pending = false;
          done();
          if (!result) {
            error.textContent = t("setup-no-backup-chosen");
            return;
          }
          form.reset();
          fromBackup.clear();
          showRecoveryKey(
            root,
            result.recovery_key,
            opts.onDone,
            lookValue,
            result.restored ? t("setup-restored") : t("setup-not-restored"),
          );
        })
        .catch((err: unknown) => {
          if (!form.isConnected) {
            opts.onFinishedAfterExit();
            return;
          }
          pending = false;
          done();
          refused(err, t("setup-failed-nothing-set-up"));
        });
      return;
    }
    pending = true;
    const done = working(submit, t("setup-working"));
    api
      .setUp(request)
      .then(({ recovery_key }) => {
        // Clear the PINs from the page before anything else is shown.
        form.reset();
        // Hidden meanwhile: the disguise stays; nothing is shown on it.
        if (!form.isConnected) {
          opts.onFinishedAfterExit();
          return;
        }
        showRecoveryKey(root, recovery_key, opts.onDone, lookValue);
      })
      .catch((err: unknown) => {
        if (!form.isConnected) {
          opts.onFinishedAfterExit();
          return;
        }
        pending = false;
        done();
        refused(err, t("setup-failed"));
      });
  });

  // Another language chosen here: the form is drawn again in it, keeping what was typed.
  const redraw = (e: Event): void => {
    document.removeEventListener(LANGUAGE_CHANGED, redraw);
    if (!form.isConnected || (e as CustomEvent<{ from: string }>).detail.from !== "setup-language") return;
    const typed = [...form.querySelectorAll<HTMLInputElement>("input:not([type=radio])")].map((i) => [i.id, i.value]);
    const chosen = [...form.querySelectorAll<HTMLInputElement>("input[type=radio]:checked")].map((i) => i.id);
    showSetup(root, opts);
    for (const [id, value] of typed) {
      const box = id ? root.querySelector<HTMLInputElement>(`#${CSS.escape(id)}`) : null;
      if (box && value !== undefined) box.value = value;
    }
    for (const id of chosen) {
      const choice = root.querySelector<HTMLInputElement>(`#${CSS.escape(id)}`);
      if (choice) choice.checked = true;
    }
    root.querySelector<HTMLElement>(`#setup-language-${language()}`)?.focus();
  };
  document.addEventListener(LANGUAGE_CHANGED, redraw);

  root.replaceChildren(form);
  // The language choice first, where the page starts: someone who reads no English finds their
  // language before any instructions (focusing the PIN scrolled it out of sight). Tab goes on
  // to the PIN.
  root.querySelector<HTMLElement>(`#setup-language-${language()}`)?.focus();
}

function radio(name: string, value: string, label: string, checked: boolean): HTMLElement {
  const id = `${name}-${value}`;
  return h(
    "div",
    { class: "radio" },
    h("input", { type: "radio", id, name, value, checked }),
    h("label", { for: id }, label),
  );
}

/**
 * The recovery key made at setup, shown after an unlock because a quick exit (or "Not now") came
 * before it was said to be written down. `look`: the disguise, for how to type it there.
 */
export function showUnseenRecoveryKey(root: HTMLElement, key: string, look: Look, onDone: () => void): void {
  showRecoveryKey(
    root,
    key,
    onDone,
    look,
    t("setup-key-unseen"),
  );
}

function showRecoveryKey(
  root: HTMLElement,
  key: string,
  onDone: () => void | Promise<void>,
  look: Look,
  note?: string,
): void {
  const heading = h("h1", { id: "recovery-title", tabindex: "-1" }, t("setup-key-title"));
  const done = h(
    "button",
    { type: "button", class: "primary", "aria-describedby": "recovery-key-text" },
    t("setup-key-written-down"),
  );
  // Asked once before it goes for good: a second Enter, or a click too soon, must not lose it.
  const yes = h("button", { type: "button", class: "primary" }, t("setup-key-yes"));
  // Not the moment to write it down: it is shown again at the next unlock (a quick exit too).
  const later = h("button", { type: "button" }, t("setup-key-later"));
  const back = h("button", { type: "button" }, t("setup-key-back"));
  const ask = confirmGroup(
    "recovery-written-question",
    t("setup-key-question"),
    yes,
    back,
  );
  const question = ask.querySelector<HTMLElement>("#recovery-written-question");
  question?.setAttribute("tabindex", "-1");
  // While the question shows, "I have written it down" and "Not now" are hidden: only its own
  // two answers are there to press.
  const doneRow = h("div", { class: "actions start" }, done, later);
  done.addEventListener("click", () => {
    ask.hidden = false;
    doneRow.hidden = true;
    // The question, not "Yes": Enter pressed again does nothing until a choice is made.
    question?.focus();
  });
  back.addEventListener("click", () => {
    ask.hidden = true;
    doneRow.hidden = false;
    done.focus();
  });
  let leaving = false;
  yes.addEventListener("click", () => {
    if (leaving) return;
    leaving = true;
    // Shown and written down: it is no longer kept to be shown at the next unlock.
    void api
      .recoveryKeySeen()
      .catch(() => undefined)
      .then(() => onDone());
  });
  later.addEventListener("click", () => void onDone());
  root.replaceChildren(
    h(
      "section",
      { class: "recovery", "aria-labelledby": "recovery-title" },
      heading,
      note ? h("p", { class: "guidance", role: "status" }, note) : null,
      h("p", {}, t("setup-key-explain")),
      recoveryKeyText(key),
      howToUse(look),
      doneRow,
      ask,
    ),
  );
  heading.focus();
}

/** How to use the key on the disguise chosen: step by step. */
function howToUse(look: Look): HTMLElement {
  const steps =
    look === "notes"
      ? [t("setup-how-notes-type"), t("setup-how-notes-enter"), t("setup-how-new-pin")]
      : [t("setup-how-calculator-type"), t("setup-how-calculator-equals"), t("setup-how-new-pin")];
  return h(
    "section",
    { class: "recovery-how", "aria-labelledby": "recovery-how-title" },
    h(
      "p",
      { id: "recovery-how-title" },
      look === "notes"
        ? t("setup-how-title-notes")
        : // The word the calculator shows, which is in the computer's language.
          t("setup-how-title-calculator", { error: tIn(systemLanguage(), "disguise-error") }),
    ),
    h("ol", {}, ...steps.map((step) => h("li", {}, step))),
    h(
      "p",
      {},
      look === "notes" ? t("setup-how-mistake-notes") : t("setup-how-mistake-calculator"),
    ),
    h("p", {}, t("setup-how-wait")),
  );
}

/**
 * The key as two rows of four groups of five digits (wrapping only between groups when the window
 * is narrow). Screen readers get it digit by digit, group by group, from text of its own: the
 * groups on show are hidden from them.
 */
function recoveryKeyText(key: string): HTMLElement {
  // Eight groups of five digits with spaces between (a key from before digits: dashes).
  const groups = key.split(/[\s-]+/).filter((g) => g !== "");
  const shown = h("p", { class: "recovery-key", "aria-hidden": "true" });
  const rows = h("span", { class: "recovery-key-rows" });
  groups.forEach((group, i) => {
    if (i > 0) rows.append(" ");
    rows.append(h("span", { class: "group" }, group));
  });
  shown.append(rows);
  return h(
    "div",
    { class: "recovery-key-box" },
    h(
      "p",
      { class: "visually-hidden", id: "recovery-key-text" },
      t("setup-key-spoken", { digits: groups.map((g) => g.split("").join(" ")).join(", ") }),
    ),
    shown,
  );
}
