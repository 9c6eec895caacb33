// Entry point: shows the disguise, and after a PIN opens the vault, the app itself. Every route
// back (quick-exit button, Shift three times, the global shortcut, a second launch) ends in
// showDisguise(), which throws away everything on screen. Nothing here touches browser storage.

import "./style.css";
import { api, isApiError, type AppStatus } from "./api";
import { mountCalculator } from "./disguise/calculator-view";
import { mountNotes } from "./disguise/notes-view";
import { h } from "./dom";
import { casesLocked } from "./cases";
import { liveLocked, liveUnlocked } from "./live";
import { showSetup } from "./screens/setup";
import { showRecovery } from "./screens/recovery";
import { showHome } from "./screens/home";
import { SETTINGS_SAVED } from "./screens/settings";
import type { SettingsView } from "./api";

/** Typed at the disguise before anything is set up: opens the first-run setup. */
export const SETUP_SEQUENCE = "0000";

const root = document.querySelector<HTMLElement>("#app") ?? document.body;
let status: AppStatus = {
  set_up: true,
  look: "calculator",
  shortcut: "",
  shortcut_available: false,
  open: false,
};
let unlocked = false;

function clear(): void {
  root.replaceChildren();
}

export function showDisguise(): void {
  unlocked = false;
  // Before the page is replaced: no live event may reach what is being thrown away, and an
  // advocate's open case is forgotten (Rust closes it on hide too), so the next unlock opens in
  // the own space.
  liveLocked();
  casesLocked();
  clear();
  const host = h("div", { class: "disguise" });
  root.append(host);
  const onPinAttempt = (pin: string) => void attempt(pin);
  const disguise =
    status.look === "notes"
      ? mountNotes(host, { onPinAttempt })
      : mountCalculator(host, { onPinAttempt });
  if (!status.set_up) {
    root.append(
      h(
        "p",
        { class: "first-run", role: "note" },
        status.look === "notes"
          ? `New here? Type ${SETUP_SEQUENCE} on a line of its own and press Enter to set up.`
          : `New here? Type ${SETUP_SEQUENCE} then = to set up.`,
      ),
    );
  }
  disguise.focus();
}

async function attempt(pin: string): Promise<void> {
  if (!status.set_up) {
    if (pin === SETUP_SEQUENCE) openSetup();
    return;
  }
  // Never a PIN (all one digit is refused when choosing one): the way to the recovery key.
  if (pin === SETUP_SEQUENCE) {
    openRecovery();
    return;
  }
  try {
    const { opened } = await api.tryUnlock(pin);
    if (opened) openHome();
  } catch (e) {
    // Not a wrong PIN (that is silent): something the person needs to know, said plainly.
    const message = isApiError(e) ? e.message : "Something went wrong. Nothing has been lost.";
    root.querySelector(".disguise-error")?.remove();
    root.append(h("p", { class: "disguise-error", role: "alert" }, message));
  }
}

function openSetup(): void {
  clear();
  showSetup(root, {
    onDone: async () => {
      status = await api.appStatus();
      openHome();
    },
    onCancel: showDisguise,
  });
}

function openRecovery(): void {
  clear();
  showRecovery(root, {
    onUnlocked: () => {
      unlocked = true;
    },
    onDone: openHome,
    onCancel: showDisguise,
    onQuickExit: quickExit,
  });
}

function openHome(): void {
  unlocked = true;
  liveUnlocked();
  clear();
  showHome(root, { onQuickExit: quickExit });
}

/** Hides first (what the person watching sees), then locks in Rust. */
export function quickExit(): void {
  showDisguise();
  void api.hideNow();
}

// Shift pressed three times within two seconds, anywhere in the app. Never Esc alone.
let shiftTimes: number[] = [];
document.addEventListener(
  "keydown",
  (e) => {
    if (e.key !== "Shift" || e.repeat) return;
    const now = performance.now();
    shiftTimes = [...shiftTimes.filter((t) => now - t < 2000), now];
    if (shiftTimes.length >= 3) {
      shiftTimes = [];
      if (unlocked) quickExit();
    }
  },
  true,
);

// While open, key and pointer input tell Rust the person is still here (at most every 20 s), so
// auto-lock fires only after real inactivity.
let lastSignal = 0;
for (const type of ["keydown", "pointerdown", "wheel"]) {
  document.addEventListener(
    type,
    () => {
      const now = performance.now();
      if (unlocked && now - lastSignal > 20000) {
        lastSignal = now;
        void api.stillHere().catch(() => {});
      }
    },
    { capture: true, passive: true },
  );
}

// Text copied (or cut) from an open screen: Rust keeps its hash so that a quick hide can empty the
// clipboard if it still holds it. Copies are made plain text, so what is hashed is exactly what
// the clipboard holds.
function selectedText(): string {
  const el = document.activeElement;
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    const { selectionStart: from, selectionEnd: to } = el;
    if (from !== null && to !== null && to > from) return el.value.slice(from, to);
  }
  return document.getSelection()?.toString() ?? "";
}

for (const type of ["copy", "cut"] as const) {
  document.addEventListener(
    type,
    (e: ClipboardEvent) => {
      if (!unlocked) return;
      const text = selectedText();
      if (!text) return;
      if (type === "copy" && e.clipboardData) {
        e.clipboardData.setData("text/plain", text);
        e.preventDefault();
      }
      void api.noteCopied(text).catch(() => {});
    },
    true,
  );
}

// A new look chosen in settings: the next quick exit shows it.
document.addEventListener(SETTINGS_SAVED, (e) => {
  const saved = (e as CustomEvent<SettingsView>).detail;
  status = { ...status, look: saved.look, shortcut: saved.shortcut };
});

async function start(): Promise<void> {
  try {
    status = await api.appStatus();
  } catch {
    // Without the backend the disguise still works as a calculator.
  }
  showDisguise();
  // From the global shortcut or a second launch: always back to a fresh disguise.
  await api.onHide(showDisguise);
}

void start();
