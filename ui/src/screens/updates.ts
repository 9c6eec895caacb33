// Updates, inside settings: never checked by itself. The person gives the makers' address;
// "Check for updates" asks it once, and Rust takes the answer only if it is signed by the makers'
// key built into the app and names a newer version. "Download…" saves that file, checked against
// its signed SHA-256; installing it is the person's own step.

import { api, errorMessage, isApiError } from "../api";
import type { UpdateCheck } from "../bindings/UpdateCheck";
import type { UpdateSettings } from "../bindings/UpdateSettings";
import { field, h } from "../dom";
import { t } from "../i18n";
import { FieldErrors, working } from "./form-errors";

/** What a check found, in words. */
export function checkText(found: UpdateCheck): string {
  if (found.kind === "up_to_date") {
    return t("updates-up-to-date", { version: found.running });
  }
  return t("updates-available", { version: found.version, published: found.published });
}

/** A SHA-256 in groups of eight, so it can be compared with a published one by eye. */
export function groupedHash(hex: string): string {
  return (hex.match(/.{1,8}/g) ?? []).join(" ");
}

export function updatesForm(): HTMLElement {
  const address = field(t("updates-address-label"), "updates-address", { hint: t("updates-address-hint") });
  const input = address.control as HTMLInputElement;
  // A text box (styled like the others) with the address keyboard where there is one.
  input.inputMode = "url";
  input.autocomplete = "off";
  input.spellcheck = false;
  const errors = new FieldErrors([input]);
  const error = h("p", { class: "form-error", role: "alert" });
  const status = h("p", { class: "status", role: "status" });
  const version = h("p", {}, "");
  const cannot = h("p", { class: "guidance", hidden: true }, t("updates-cannot-check"));
  const check = h("button", { type: "submit", class: "primary" }, t("updates-check"));
  const download = h("button", { type: "button", hidden: true }, t("updates-download"));
  const file = h("p", { class: "hint", hidden: true });
  const sum = h("p", { class: "updates-sum", hidden: true });
  const actions = h("div", { class: "actions" }, check, download);
  const form = h(
    "form",
    { class: "panel settings-panel", "aria-labelledby": "updates-title", novalidate: true },
    h("h2", { id: "updates-title" }, t("updates-title")),
    h("p", {}, t("updates-about")),
    version,
    cannot,
    address.wrap,
    errors.announcer,
    error,
    status,
    file,
    sum,
    actions,
  );

  let busy = false;
  let saved = "";
  /** The version found, for after a cancelled save. */
  let offered = "";

  function fill(settings: UpdateSettings): void {
    saved = settings.address;
    input.value = settings.address;
    version.textContent = t("updates-running", { version: settings.running });
    cannot.hidden = settings.can_check;
    address.wrap.hidden = !settings.can_check;
    actions.hidden = !settings.can_check;
  }

  /** The Download button becomes the one to press once there is something to download. */
  function offer(available: boolean): void {
    download.hidden = !available;
    file.hidden = !available;
    sum.hidden = !available;
    download.classList.toggle("primary", available);
    check.classList.toggle("primary", !available);
  }

  form.addEventListener("input", () => {
    status.textContent = "";
    error.textContent = "";
  });

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (busy) return;
    busy = true;
    errors.clearAll();
    error.textContent = "";
    status.textContent = "";
    offer(false);
    offered = "";
    const done = working(check, t("updates-checking"));
    status.textContent = t("updates-checking");
    const typed = input.value.trim();
    // The address is saved first (only when changed), so the check uses what is on screen.
    let saving = typed !== saved;
    const ready = saving ? api.setUpdateAddress(typed).then(fill) : Promise.resolve();
    ready
      .then(() => {
        saving = false;
        return api.checkForUpdates();
      })
      .then((result) => {
        status.textContent = checkText(result);
        if (result.kind === "available") {
          offered = result.version;
          offer(true);
          file.textContent = t("updates-file", { name: result.file_name });
          // A non-breaking hyphen: "SHA-" and "256" never part at a line's end.
          sum.textContent = `SHA\u2011256: ${groupedHash(result.sha256)}`;
        }
        actions.scrollIntoView({ block: "nearest" });
      })
      .catch((err: unknown) => {
        status.textContent = "";
        const message = errorMessage(err, t("updates-check-failed"));
        // Only a refused address is the box's fault; the rest is said below it.
        if (saving || (isApiError(err) && err.code === "invalid")) errors.show(input, message);
        else error.textContent = message;
      })
      .finally(() => {
        done();
        busy = false;
      });
  });

  download.addEventListener("click", () => {
    if (busy) return;
    busy = true;
    error.textContent = "";
    const done = working(download, t("updates-downloading"));
    status.textContent = t("updates-downloading");
    api
      .downloadUpdate()
      .then((result) => {
        if (result.saved) {
          status.textContent = t("updates-saved", { name: result.file_name });
          offer(false);
        } else {
          status.textContent = t("updates-not-saved", { version: offered });
        }
      })
      .catch((err: unknown) => {
        status.textContent = "";
        error.textContent = errorMessage(err, t("updates-download-failed"));
      })
      .finally(() => {
        done();
        busy = false;
      });
  });

  api
    .updateSettings()
    .then((settings) => {
      if (form.isConnected) fill(settings);
    })
    .catch((err: unknown) => {
      error.textContent = errorMessage(err, t("updates-load-failed"));
    });

  return form;
}
