// First-run setup: what this protects against (and what it cannot), choosing a PIN, an optional
// duress PIN, the look and the quick-hide shortcut; then the recovery key, shown once.

import { api, isApiError, type Look } from "../api";
import { field, h } from "../dom";
import { lockChoice } from "./backup";
import { addPinStrengthHint } from "./pin-hint";
import {
  PIN_FIELD_HINT,
  PIN_MAX_DIGITS,
  PIN_MIN_DIGITS,
  PIN_PATTERN,
  PIN_RULE_MESSAGE,
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

export function showSetup(root: HTMLElement, opts: SetupOptions): void {
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
      `${PIN_MIN_DIGITS} to ${PIN_MAX_DIGITS} digits. Leave empty to skip; you can add it later.`,
    autocomplete: "new-password",
  });
  addPinStrengthHint(duress.control);
  for (const c of [pin.control, pin2.control, duress.control]) c.setAttribute("inputmode", "numeric");
  const shortcut = field("Quick-hide keys", "shortcut", {
    hint: "Pressing these anywhere hides this at once and locks it. Shift three times also works.",
  });
  shortcut.control.value = "CommandOrControl+Shift+H";

  const look = h(
    "fieldset",
    { class: "field" },
    h("legend", {}, "What it looks like when closed"),
    radio("look", "calculator", "A calculator", true),
    radio("look", "notes", "A notes pad", false),
  );
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
  restoreToggle.addEventListener("click", () => {
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
    { class: "setup", "aria-labelledby": "setup-title" },
    h("h1", { id: "setup-title" }, "Setting up"),
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
    h("div", { class: "actions" }, cancel, submit),
  );

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    error.textContent = "";
    const chosen = pin.control.value;
    if (!PIN_PATTERN.test(chosen)) {
      error.textContent = PIN_RULE_MESSAGE;
      pin.control.focus();
      return;
    }
    if (chosen !== pin2.control.value) {
      error.textContent = "The two PINs are not the same. Please type them again.";
      pin2.control.focus();
      return;
    }
    const second = duress.control.value;
    if (second && !PIN_PATTERN.test(second)) {
      error.textContent = `The second PIN also needs ${PIN_MIN_DIGITS} to ${PIN_MAX_DIGITS} digits, with no spaces or letters.`;
      duress.control.focus();
      return;
    }
    const lookValue = (form.querySelector<HTMLInputElement>("input[name=look]:checked")?.value ??
      "calculator") as Look;
    const request = {
      pin: chosen,
      duress_pin: second || null,
      look: lookValue,
      shortcut: shortcut.control.value.trim() || null,
    };
    if (restoring) {
      const lock = fromBackup.lock();
      if (typeof lock === "string") {
        error.textContent = lock;
        return;
      }
      submit.disabled = true;
      api
        .setUpFromBackup(request, lock)
        .then((done) => {
          // Hidden while the file was chosen or read: the disguise stays; nothing is shown on it.
          if (!form.isConnected) {
            opts.onFinishedAfterExit();
            return;
          }
          submit.disabled = false;
          if (!done) {
            error.textContent = "No backup was chosen, so nothing has been set up yet.";
            return;
          }
          form.reset();
          fromBackup.clear();
          showRecoveryKey(
            root,
            done.recovery_key,
            opts.onDone,
            done.restored
              ? "Everything from the backup is here. This is your new recovery key; the backup's old key does not open this."
              : "Your space is set up, but the backup could not be brought in. You can try again from Settings.",
          );
        })
        .catch((err: unknown) => {
          if (!form.isConnected) {
            opts.onFinishedAfterExit();
            return;
          }
          submit.disabled = false;
          error.textContent = isApiError(err) ? err.message : "Something went wrong. Nothing has been set up.";
        });
      return;
    }
    submit.disabled = true;
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
        showRecoveryKey(root, recovery_key, opts.onDone);
      })
      .catch((err: unknown) => {
        if (!form.isConnected) {
          opts.onFinishedAfterExit();
          return;
        }
        submit.disabled = false;
        error.textContent = isApiError(err) ? err.message : "Something went wrong. Please try again.";
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
 * The recovery key made at setup, shown after an unlock because a quick exit came before setup
 * could show it.
 */
export function showUnseenRecoveryKey(root: HTMLElement, key: string, onDone: () => void): void {
  showRecoveryKey(
    root,
    key,
    onDone,
    "Your recovery key wasn't shown when you set this up, so here it is now.",
  );
}

function showRecoveryKey(
  root: HTMLElement,
  key: string,
  onDone: () => void | Promise<void>,
  note?: string,
): void {
  const done = h(
    "button",
    { type: "button", class: "primary", "aria-describedby": "recovery-key-text" },
    "I have written it down",
  );
  done.addEventListener("click", () => {
    // Shown and written down: it is no longer kept to be shown at the next unlock.
    void api
      .recoveryKeySeen()
      .catch(() => undefined)
      .then(() => onDone());
  });
  // Not the moment to write it down: it is shown again at the next unlock (a quick exit too).
  const later = h("button", { type: "button" }, "Not now: show it next time");
  later.addEventListener("click", () => void onDone());
  root.replaceChildren(
    h(
      "section",
      { class: "recovery", "aria-labelledby": "recovery-title" },
      h("h1", { id: "recovery-title" }, "Your recovery key"),
      note ? h("p", { class: "guidance", role: "status" }, note) : null,
      h(
        "p",
        {},
        "If you forget your PIN, this key opens your information. Write it on paper and keep it " +
          "somewhere safe, away from this computer. Once you say you have written it down, it is " +
          "not shown again.",
      ),
      h(
        "p",
        {},
        "How to use it: if you forget your PIN, or the calculator shows Error when you type your " +
          "PIN, type these 40 digits on the calculator, then =. On the notes pad, type them on a " +
          "line of their own, with or without the spaces, then press Enter. You will then choose " +
          "a new PIN.",
      ),
      recoveryKeyText(key),
      h("div", { class: "actions start" }, done, later),
    ),
  );
  done.focus();
}

/** The key in groups that wrap only between groups, read out digit by digit, group by group. */
function recoveryKeyText(key: string): HTMLElement {
  // Shown as eight groups of five digits with spaces between (a key from before digits: dashes).
  const groups = key.split(/[\s-]+/).filter((g) => g !== "");
  const p = h("p", {
    class: "recovery-key",
    id: "recovery-key-text",
    "aria-label": `Recovery key: ${groups.map((g) => g.split("").join(" ")).join(", ")}`,
  });
  groups.forEach((group, i) => {
    if (i > 0) p.append(" ");
    p.append(h("span", { class: "group" }, group));
  });
  return p;
}
