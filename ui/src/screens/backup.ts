// Backups, inside settings: save everything to one encrypted file, or replace everything here with
// a backup. The file dialogs are the computer's own (opened by Rust); the page never sees a path.

import { api, isApiError, type BackupLock } from "../api";
import { confirmGroup, field, h } from "../dom";
import { backupCasesText, restoreCasesText } from "./caseload-logic";

const messageOf = (e: unknown, fallback: string) => (isApiError(e) ? e.message : fallback);

/** The "lock it with" choice shared by both forms: the recovery key or a backup passphrase. */
export function lockChoice(prefix: string, purpose: "save" | "restore") {
  const name = `${prefix}-with`;
  const radio = (value: string, label: string, checked: boolean) => {
    const id = `${prefix}-with-${value}`;
    const input = h("input", { type: "radio", name, id, value, checked });
    return { input, wrap: h("div", { class: "radio" }, input, h("label", { for: id }, label)) };
  };
  const withKey = radio("key", "My recovery key", true);
  const withPass = radio("passphrase", "A backup passphrase", false);
  const key = field("Recovery key", `${prefix}-recovery-key`, {
    hint:
      purpose === "save"
        ? "Your recovery key: the 40 digits you were shown when you set this up. Spaces don't matter."
        : "The recovery key the backup was locked with, as you wrote it down. Spaces don't matter.",
  });
  const pass = field("Backup passphrase", `${prefix}-passphrase`, {
    type: "password",
    hint:
      purpose === "save"
        ? "At least 12 characters, such as a few words only you would put together. Without it, this backup cannot be opened."
        : "The passphrase you chose when you made the backup.",
  });
  const sync = () => {
    key.wrap.hidden = !withKey.input.checked;
    pass.wrap.hidden = withKey.input.checked;
  };
  withKey.input.addEventListener("change", sync);
  withPass.input.addEventListener("change", sync);
  sync();
  const group = h(
    "fieldset",
    { class: "field" },
    h("legend", {}, purpose === "save" ? "Lock the backup with" : "The backup is locked with"),
    withKey.wrap,
    withPass.wrap,
  );
  return {
    elements: [group, key.wrap, pass.wrap],
    lock(): BackupLock | string {
      if (withKey.input.checked) {
        const text = key.control.value.trim();
        return text ? { recovery_key: text, passphrase: null } : "Please type your recovery key.";
      }
      const text = pass.control.value;
      return text ? { recovery_key: null, passphrase: text } : "Please type the backup passphrase.";
    },
    clear(): void {
      key.control.value = "";
      pass.control.value = "";
    },
  };
}

export function backupForm(): HTMLElement {
  const choice = lockChoice("backup-save", "save");
  const error = h("p", { class: "form-error", role: "alert" });
  const status = h("p", { class: "status", role: "status" });
  const save = h("button", { type: "submit", class: "primary" }, "Save a backup…");
  const form = h(
    "form",
    { class: "panel settings-panel", "aria-labelledby": "backup-save-title", novalidate: true },
    h("h2", { id: "backup-save-title" }, "Make a backup"),
    h(
      "p",
      {},
      "A backup is one locked file holding everything here, including attached files. Keep it " +
        "somewhere only you can reach, such as a USB stick you keep safe. Without the recovery " +
        "key or passphrase it is unreadable.",
    ),
    ...choice.elements,
    error,
    status,
    h("div", { class: "actions" }, save),
  );
  let pending = false;
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (pending) return;
    error.textContent = "";
    status.textContent = "";
    const lock = choice.lock();
    if (typeof lock === "string") {
      error.textContent = lock;
      return;
    }
    pending = true;
    status.textContent = "Choose where to save it…";
    api
      .saveBackup(lock)
      .then((done) => {
        status.textContent = done.done
          ? `Backup saved (${Math.max(1, Math.round(done.bytes / 1048576))} MB).${backupCasesText(done.cases, done.cases_left_out)}`
          : "No backup was saved.";
        if (done.done) choice.clear();
      })
      .catch((err: unknown) => {
        status.textContent = "";
        error.textContent = messageOf(err, "The backup could not be saved. Nothing here was changed.");
      })
      .finally(() => {
        pending = false;
      });
  });
  return form;
}

export function restoreForm(onRestored: () => void): HTMLElement {
  const choice = lockChoice("backup-restore", "restore");
  const error = h("p", { class: "form-error", role: "alert" });
  const status = h("p", { class: "status", role: "status" });
  const start = h("button", { type: "submit" }, "Restore from a backup…");
  const yes = h("button", { type: "button", class: "primary danger" }, "Yes, replace everything");
  const no = h("button", { type: "button" }, "Keep what is here");
  const confirm = confirmGroup(
    "backup-restore-question",
    "Replace everything here with the backup? Anything added since the backup was made will be lost.",
    yes,
    no,
  );
  const form = h(
    "form",
    { class: "panel settings-panel", "aria-labelledby": "backup-restore-title", novalidate: true },
    h("h2", { id: "backup-restore-title" }, "Restore from a backup"),
    h(
      "p",
      {},
      "This replaces everything here with what is in a backup file. The whole file is checked " +
        "first: if anything is wrong with it, nothing here changes. Your PINs stay the same.",
    ),
    ...choice.elements,
    error,
    status,
    h("div", { class: "actions" }, start),
    confirm,
  );
  let pending = false;
  let lock: BackupLock | null = null;
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (pending) return;
    error.textContent = "";
    status.textContent = "";
    const chosen = choice.lock();
    if (typeof chosen === "string") {
      error.textContent = chosen;
      return;
    }
    lock = chosen;
    confirm.hidden = false;
    no.focus();
  });
  no.addEventListener("click", () => {
    confirm.hidden = true;
    lock = null;
    start.focus();
  });
  yes.addEventListener("click", () => {
    if (pending || !lock) return;
    pending = true;
    confirm.hidden = true;
    status.textContent = "Choose the backup file…";
    api
      .restoreBackup(lock)
      .then((done) => {
        status.textContent = done.done
          ? `Restored from the backup.${restoreCasesText(done.cases, done.cases_kept, done.cases_left_out)}`
          : "Nothing was restored.";
        if (done.done) {
          choice.clear();
          onRestored();
        }
      })
      .catch((err: unknown) => {
        status.textContent = "";
        error.textContent = messageOf(err, "Nothing was restored. Everything here is as it was.");
      })
      .finally(() => {
        pending = false;
        lock = null;
      });
  });
  return form;
}
