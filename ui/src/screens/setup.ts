// First-run setup: what this protects against (and what it cannot), choosing a PIN, an optional
// duress PIN, the look and the quick-hide shortcut; then the recovery key, shown once.

import { api, isApiError, type Look } from "../api";
import { confirmGroup, field, h } from "../dom";
import { DEFAULT_SHORTCUT, shortcutText } from "./accelerator";
import { lockChoice } from "./backup";
import { FieldErrors, working } from "./form-errors";
import { addPinStrengthHint } from "./pin-hint";
import {
  PIN_FIELD_HINT,
  PIN_MAX_DIGITS,
  PIN_MIN_DIGITS,
  PIN_PATTERN,
  PIN_TOO_EASY_MESSAGE,
  SECOND_PIN_SAME_MESSAGE,
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
function refusedField(message: string, secondPin: string): "shortcut" | "duress" | "pin" | null {
  if (/shortcut|Ctrl, Alt or Shift/i.test(message)) return "shortcut";
  if (!/\bPIN/.test(message)) return null;
  if (secondPin && isRefusedPin(secondPin)) return "duress";
  return "pin";
}

export function showSetup(root: HTMLElement, opts: SetupOptions): void {
  // The calculator's small window would hide the errors and hints: the open app's size.
  void api.roomForSetup().catch(() => undefined);
  const pin = field("Choose a PIN", "pin", {
    type: "password",
    hint: PIN_FIELD_HINT,
    autocomplete: "new-password",
  });
  addPinStrengthHint(pin.control);
  const pin2 = field("Type the PIN again", "pin2", { type: "password", autocomplete: "new-password" });
  const duress = field("Second PIN (optional)", "duress", {
    type: "password",
    hint:
      "If someone makes you open this, type this PIN instead. It opens an everyday notebook " +
      "with none of your real information in it (Settings can change this). " +
      `${PIN_MIN_DIGITS} to ${PIN_MAX_DIGITS} digits, different from your main PIN. Leave empty ` +
      "to skip; you can add it later. Once set, open it with that PIN, delete any page that " +
      "doesn't fit your life, and add one of your own.",
    autocomplete: "new-password",
  });
  addPinStrengthHint(duress.control);
  for (const c of [pin.control, pin2.control, duress.control]) c.setAttribute("inputmode", "numeric");
  const shortcut = field("Quick-hide keys", "shortcut", {
    hint: "Pressing these anywhere hides this at once and locks it. Shift three times also works.",
  });
  // Shown as people know the keys; left as it is, Rust's own default (the same keys) is kept.
  const shownDefault = shortcutText(DEFAULT_SHORTCUT, { mac: IS_MAC });
  shortcut.control.value = shownDefault;

  const look = h(
    "fieldset",
    { class: "field" },
    h("legend", {}, "What it looks like when closed"),
    radio("look", "calculator", "A calculator", true),
    radio("look", "notes", "A notes pad", false),
  );
  const errors = new FieldErrors([pin.control, pin2.control, duress.control, shortcut.control]);
  // What belongs to no one box: the backup section, or trouble setting up.
  const error = h("p", { class: "form-error", role: "alert" });
  const submit = h("button", { type: "submit", class: "primary" }, "Set up");
  // Moving to a new computer: the same setup, then everything from a backup file.
  const fromBackup = lockChoice("setup-restore", "restore");
  const restoreToggle = h("button", { type: "button", "aria-expanded": "false" }, "Restore from a backup instead");
  const restoreSection = h(
    "section",
    { class: "panel", "aria-labelledby": "setup-restore-title", hidden: true },
    h("h2", { id: "setup-restore-title" }, "Bring in a backup"),
    h(
      "p",
      {},
      "After you choose your PIN, you will pick the backup file. It is checked in full first; if " +
        "anything is wrong with it, nothing is set up.",
    ),
    ...fromBackup.elements,
  );
  let restoring = false;
  let pending = false;
  restoreToggle.addEventListener("click", () => {
    if (pending) return;
    restoring = !restoring;
    restoreSection.hidden = !restoring;
    restoreToggle.setAttribute("aria-expanded", String(restoring));
    restoreToggle.textContent = restoring ? "Start empty instead" : "Restore from a backup instead";
    submit.textContent = restoring ? "Set up and choose the backup…" : "Set up";
  });
  const cancel = h("button", { type: "button" }, "Not now");
  cancel.addEventListener("click", opts.onCancel);

  const form = h(
    "form",
    { class: "setup", "aria-labelledby": "setup-title", novalidate: true },
    h("h1", { id: "setup-title", tabindex: "-1" }, "Setting up"),
    h(
      "section",
      { class: "explainer", "aria-label": "What this protects and what it cannot" },
      h("p", {}, "Everything you keep here is locked with your PIN and stays on this computer."),
      h(
        "ul",
        {},
        h("li", {}, "Someone who opens the app sees a calculator unless they know your PIN."),
        h("li", {}, "Someone who copies the files cannot read them."),
        h("li", {}, "It cannot protect you from spyware on this computer or someone watching your screen."),
      ),
      h("p", {}, "If this computer might be monitored, a safer device may be better for planning."),
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
        ? `The second PIN also needs ${PIN_MIN_DIGITS} to ${PIN_MAX_DIGITS} digits, with no spaces or letters.`
        : isRefusedPin(second)
          ? PIN_TOO_EASY_MESSAGE
          : second === chosen
            ? SECOND_PIN_SAME_MESSAGE
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
    const at = isApiError(err) && err.code === "invalid" ? refusedField(err.message, duress.control.value) : null;
    if (isApiError(err) && at) {
      const box = at === "shortcut" ? shortcut.control : at === "duress" ? duress.control : pin.control;
      errors.show(box, err.message);
      return;
    }
    error.textContent = isApiError(err) ? err.message : fallback;
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
    };
    if (restoring) {
      const lock = fromBackup.lock();
      if (typeof lock === "string") {
        error.textContent = lock;
        return;
      }
      pending = true;
      const done = working(submit, "Setting up…");
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
            error.textContent = "No backup was chosen, so nothing has been set up yet.";
            return;
          }
          form.reset();
          fromBackup.clear();
          showRecoveryKey(
            root,
            result.recovery_key,
            opts.onDone,
            lookValue,
            result.restored
              ? "Everything from the backup is here. This is your new recovery key; the backup's old key does not open this."
              : "Your space is set up, but the backup could not be brought in. You can try again from Settings.",
          );
        })
        .catch((err: unknown) => {
          if (!form.isConnected) {
            opts.onFinishedAfterExit();
            return;
          }
          pending = false;
          done();
          refused(err, "Something went wrong. Nothing has been set up.");
        });
      return;
    }
    pending = true;
    const done = working(submit, "Setting up…");
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
        refused(err, "Something went wrong. Please try again.");
      });
  });

  root.replaceChildren(form);
  pin.control.focus();
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
    "You left before saying you'd written down your recovery key, so here it is again.",
  );
}

function showRecoveryKey(
  root: HTMLElement,
  key: string,
  onDone: () => void | Promise<void>,
  look: Look,
  note?: string,
): void {
  const heading = h("h1", { id: "recovery-title", tabindex: "-1" }, "Your recovery key");
  const done = h(
    "button",
    { type: "button", class: "primary", "aria-describedby": "recovery-key-text" },
    "I have written it down",
  );
  // Asked once before it goes for good: a second Enter, or a click too soon, must not lose it.
  const yes = h("button", { type: "button", class: "primary" }, "Yes, I have");
  // Not the moment to write it down: it is shown again at the next unlock (a quick exit too).
  const later = h("button", { type: "button" }, "Not now: show it next time");
  const back = h("button", { type: "button" }, "Not yet, show me the key");
  const ask = confirmGroup(
    "recovery-written-question",
    "Have you written down all 40 digits? You won't see them again.",
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
      h(
        "p",
        {},
        "If you forget your PIN, this key opens your information. Write it on paper and keep it " +
          "somewhere safe, away from this computer. Once you say you have written it down, it is " +
          "not shown again.",
      ),
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
      ? [
          "On the notes pad, type the 40 digits on a line of their own. You can leave the spaces in or out.",
          "Press Enter.",
          "Choose a new PIN.",
        ]
      : [
          "Type the 40 digits on the calculator. You don't need the spaces. The screen shows " +
            "only the first 12 digits; keep typing.",
          "Press =.",
          "Choose a new PIN.",
        ];
  return h(
    "section",
    { class: "recovery-how", "aria-labelledby": "recovery-how-title" },
    h(
      "p",
      { id: "recovery-how-title" },
      look === "notes"
        ? "How to use it — if you forget your PIN, or your PIN stops opening it:"
        : "How to use it — if you forget your PIN, or the calculator shows Error when you type your PIN:",
    ),
    h("ol", {}, ...steps.map((step) => h("li", {}, step))),
    h(
      "p",
      {},
      look === "notes"
        ? "If you make a mistake, start again on a new line."
        : "If you make a mistake, press Esc and start again.",
    ),
    h(
      "p",
      {},
      "After several wrong PINs it waits a few minutes before opening. If your PIN seems to do " +
        "nothing, wait and try again.",
    ),
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
      `Recovery key: ${groups.map((g) => g.split("").join(" ")).join(", ")}.`,
    ),
    shown,
  );
}
