// Updates, inside settings: never checked by itself. The person gives the makers' address;
// "Check for updates" asks it once, and Rust takes the answer only if it is signed by the makers'
// key built into the app and names a newer version. "Download…" saves that file, checked against
// its signed SHA-256; installing it is the person's own step.

import { api, isApiError } from "../api";
import type { UpdateCheck } from "../bindings/UpdateCheck";
import type { UpdateSettings } from "../bindings/UpdateSettings";
import { field, h } from "../dom";
import { FieldErrors, working } from "./form-errors";

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

/** A SHA-256 in groups of eight, so it can be compared with a published one by eye. */
export function groupedHash(hex: string): string {
  return (hex.match(/.{1,8}/g) ?? []).join(" ");
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
  // A text box (styled like the others) with the address keyboard where there is one.
  input.inputMode = "url";
  input.autocomplete = "off";
  input.spellcheck = false;
  const errors = new FieldErrors([input]);
  const error = h("p", { class: "form-error", role: "alert" });
  const status = h("p", { class: "status", role: "status" });
  const version = h("p", {}, "");
  const cannot = h(
    "p",
    { class: "guidance", hidden: true },
    "This copy was built without the makers' signing key, so it cannot check for updates safely. " +
      "Get updates the way you got this app.",
  );
  const check = h("button", { type: "submit", class: "primary" }, "Check for updates");
  const download = h("button", { type: "button", hidden: true }, "Download…");
  const file = h("p", { class: "hint", hidden: true });
  const sum = h("p", { class: "updates-sum", hidden: true });
  const actions = h("div", { class: "actions" }, check, download);
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
    version.textContent = `This is version ${settings.running}.`;
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
    const done = working(check, "Checking…");
    status.textContent = "Checking…";
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
          file.textContent = `File: ${result.file_name}`;
          // A non-breaking hyphen: "SHA-" and "256" never part at a line's end.
          sum.textContent = `SHA\u2011256: ${groupedHash(result.sha256)}`;
        }
        actions.scrollIntoView({ block: "nearest" });
      })
      .catch((err: unknown) => {
        status.textContent = "";
        const message = messageOf(err, "The check could not be made. Nothing was changed.");
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
    const done = working(download, "Downloading…");
    status.textContent = "Downloading…";
    api
      .downloadUpdate()
      .then((result) => {
        if (result.saved) {
          status.textContent =
            `Saved ${result.file_name}. It was checked against the makers' signature and is ` +
            `genuine. Install it as you installed this app.`;
          offer(false);
        } else {
          status.textContent = `Nothing was saved. Version ${offered} is still there when you are ready.`;
        }
      })
      .catch((err: unknown) => {
        status.textContent = "";
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
