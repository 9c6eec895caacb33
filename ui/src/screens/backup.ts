// Backups, inside settings: save everything to one encrypted file, or replace everything here with
// a backup. The file dialogs are the computer's own (opened by Rust); the page never sees a path.

import { api, errorMessage, type BackupLock } from "../api";
import { FluentNumber } from "@fluent/bundle";
import { confirmGroup, field, h } from "../dom";
import { t } from "../i18n";
import { backupCasesText, restoreCasesText } from "./caseload-logic";

/** The "lock it with" choice shared by both forms: the recovery key or a backup passphrase. */
export function lockChoice(prefix: string, purpose: "save" | "restore") {
  const name = `${prefix}-with`;
  const radio = (value: string, label: string, checked: boolean) => {
    const id = `${prefix}-with-${value}`;
    const input = h("input", { type: "radio", name, id, value, checked });
    return { input, wrap: h("div", { class: "radio" }, input, h("label", { for: id }, label)) };
  };
  const withKey = radio("key", t("backup-with-recovery-key"), true);
  const withPass = radio("passphrase", t("backup-with-passphrase"), false);
  const key = field(t("backup-recovery-key-label"), `${prefix}-recovery-key`, {
    hint:
      purpose === "save"
        ? t("backup-recovery-key-hint-save", { digits: 40 })
        : t("backup-recovery-key-hint-restore"),
  });
  const pass = field(t("backup-passphrase-label"), `${prefix}-passphrase`, {
    type: "password",
    hint:
      purpose === "save"
        ? t("backup-passphrase-hint-save", { characters: 12 })
        : t("backup-passphrase-hint-restore"),
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
    h("legend", {}, purpose === "save" ? t("backup-lock-with") : t("backup-locked-with")),
    withKey.wrap,
    withPass.wrap,
  );
  return {
    elements: [group, key.wrap, pass.wrap],
    lock(): BackupLock | string {
      if (withKey.input.checked) {
        const text = key.control.value.trim();
        return text ? { recovery_key: text, passphrase: null } : t("backup-need-recovery-key");
      }
      const text = pass.control.value;
      return text ? { recovery_key: null, passphrase: text } : t("backup-need-passphrase");
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
  const save = h("button", { type: "submit", class: "primary" }, t("backup-save"));
  const form = h(
    "form",
    { class: "panel settings-panel", "aria-labelledby": "backup-save-title", novalidate: true },
    h("h2", { id: "backup-save-title" }, t("backup-save-title")),
    h("p", {}, t("backup-save-about")),
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
    status.textContent = t("backup-choose-where");
    api
      .saveBackup(lock)
      .then((done) => {
        // The size in whole MB, never grouped ("1234 MB"), as before.
        const size = new FluentNumber(Math.max(1, Math.round(done.bytes / 1048576)), { useGrouping: false });
        status.textContent = done.done
          ? `${t("backup-saved", { size })}${backupCasesText(done.cases, done.cases_left_out)}`
          : t("backup-not-saved");
        if (done.done) choice.clear();
      })
      .catch((err: unknown) => {
        status.textContent = "";
        error.textContent = errorMessage(err, t("backup-save-failed"));
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
  const start = h("button", { type: "submit" }, t("backup-restore-start"));
  const yes = h("button", { type: "button", class: "primary danger" }, t("backup-restore-yes"));
  const no = h("button", { type: "button" }, t("backup-restore-no"));
  const confirm = confirmGroup("backup-restore-question", t("backup-restore-question"), yes, no);
  const form = h(
    "form",
    { class: "panel settings-panel", "aria-labelledby": "backup-restore-title", novalidate: true },
    h("h2", { id: "backup-restore-title" }, t("backup-restore-title")),
    h("p", {}, t("backup-restore-about")),
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
    status.textContent = t("backup-choose-file");
    api
      .restoreBackup(lock)
      .then((done) => {
        status.textContent = done.done
          ? `${t("backup-restored")}${restoreCasesText(done.cases, done.cases_kept, done.cases_left_out)}`
          : t("backup-not-restored");
        if (done.done) {
          choice.clear();
          onRestored();
        }
      })
      .catch((err: unknown) => {
        status.textContent = "";
        error.textContent = errorMessage(err, t("backup-restore-failed"));
      })
      .finally(() => {
        pending = false;
        lock = null;
      });
  });
  return form;
}
