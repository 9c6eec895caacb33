// Updates, inside settings: never checked by itself. The person (or their support service) gives
// the address; "Check for updates" asks it once, and Rust takes the answer only if it is signed
// by the makers' key built into the app and names a newer version. "Download…" saves that file,
// checked against its signed SHA-256; installing it is the person's own step.

import { api, isApiError } from "../api";
import type { UpdateCheck } from "../bindings/UpdateCheck";
import type { UpdateSettings } from "../bindings/UpdateSettings";
import { field, h } from "../dom";
import { working } from "./form-errors";

const messageOf = (e: unknown, fallback: string) => (isApiError(e) ? e.message : fallback);

/** What a check found, in words. */
export function checkText(found: UpdateCheck): string {
  if (found.kind === "up_to_date") {
    return `No newer version was found. This is version ${found.running}.`;
  }
  return (
    `Version ${found.version} (published ${found.published}) is available. It is signed by the ` +
    `makers of this app. Download it, then install it as you installed this one.`
  );
}

export function updatesForm(): HTMLElement {
  const address = field("Address to check", "updates-address", {
    hint:
      "The makers' own address, starting with https://. Checking asks it once and sends nothing " +
      "about you or what you keep here, but its owner, and whoever runs the network you are on " +
      "(the Wi-Fi, for example), can see its name and that this computer asked. So use a plain " +
      "address, not a support service's.",
  });
  const input = address.control as HTMLInputElement;
  input.type = "url";
  input.autocomplete = "off";
  input.spellcheck = false;
  const error = h("p", { class: "form-error", role: "alert" });
  const status = h("p", { class: "status", role: "status" });
  const version = h("p", { class: "hint", id: "updates-version" });
  const check = h("button", { type: "submit", class: "primary" }, "Check for updates");
  const download = h("button", { type: "button", hidden: true }, "Download…");
  const sum = h("p", { class: "hint updates-sum", hidden: true });
  const form = h(
    "form",
    { class: "panel settings-panel", "aria-labelledby": "updates-title", novalidate: true },
    h("h2", { id: "updates-title" }, "Updates"),
    h(
      "p",
      {},
      "This app never looks for updates by itself. When you check, it only accepts an update " +
        "signed by its makers.",
    ),
    version,
    address.wrap,
    error,
    status,
    sum,
    h("div", { class: "actions" }, check, download),
  );

  let busy = false;
  let saved = "";

  function fill(settings: UpdateSettings): void {
    saved = settings.address;
    input.value = settings.address;
    version.textContent = `This is version ${settings.running}.`;
    if (!settings.can_check) {
      version.textContent +=
        " This copy was built without the makers' signing key, so it cannot check for updates.";
    }
  }

  form.addEventListener("input", () => {
    status.textContent = "";
    error.textContent = "";
  });

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (busy) return;
    busy = true;
    error.textContent = "";
    status.textContent = "";
    download.hidden = true;
    sum.hidden = true;
    const done = working(check, "Checking…");
    const typed = input.value.trim();
    // The address is saved first (only when changed), so the check uses what is on screen.
    const ready = typed === saved ? Promise.resolve() : api.setUpdateAddress(typed).then(fill);
    ready
      .then(() => api.checkForUpdates())
      .then((found) => {
        status.textContent = checkText(found);
        if (found.kind === "available") {
          download.hidden = false;
          sum.hidden = false;
          sum.textContent = `File: ${found.file_name}. SHA-256: ${found.sha256}`;
        }
      })
      .catch((err: unknown) => {
        error.textContent = messageOf(err, "The check could not be made. Nothing was changed.");
        input.focus();
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
    const done = working(download, "Downloading…");
    api
      .downloadUpdate()
      .then((result) => {
        status.textContent = result.saved
          ? `Saved ${result.file_name}. It matched the signed SHA-256. Install it as you installed this app.`
          : "Nothing was saved.";
      })
      .catch((err: unknown) => {
        error.textContent = messageOf(err, "The update could not be downloaded. Nothing was saved.");
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
      error.textContent = messageOf(err, "The update settings could not be loaded.");
    });

  return form;
}
