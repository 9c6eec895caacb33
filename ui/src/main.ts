// Entry point: shows the disguise, and after a PIN opens the vault, the app itself or, when that
// is what the PIN opened (the second PIN's space, by default), the everyday notebook (after the
// recovery key typed at the disguise: first a new PIN, then the app). Nothing the disguise shows
// is ever the app's own words: a wrong PIN changes nothing, and trouble opening shows the
// calculator's "Error" (the notes pad shows nothing at all). Every route back (quick-exit button,
// Shift tapped three times, the global shortcut, a second launch) ends in showDisguise(), which
// throws away everything on screen; what was being written is kept in the vault as a draft first
// (drafts.ts). Nothing here touches browser storage.

import "./style.css";
import { api, isApiError, type AppStatus } from "./api";
import { mountCalculator } from "./disguise/calculator-view";
import { mountNotes } from "./disguise/notes-view";
import { h, keepClearOfHeader, leaveAllScreens } from "./dom";
import { SETUP_CODE } from "./disguise/calculator-engine";
import { casesLocked } from "./cases";
import { incidentsLocked } from "./screens/incidents";
import { pairingLocked } from "./screens/sharing/pairing-wait";
import { draftsForHide, draftsLocked } from "./drafts";
import { liveLocked, liveUnlocked } from "./live";
import { ShiftTaps } from "./shift-taps";
import { forgetTextSize } from "./text-size";
import { DISGUISE_PARTS, isLanguage, language, systemLanguage, t, useLanguage, type Language } from "./i18n";
import { LANGUAGE_CHANGED } from "./screens/language-form";
import { showSetup, showUnseenRecoveryKey } from "./screens/setup";
import { showNewPinAfterRecovery } from "./screens/recovery";
import { showHome } from "./screens/home";
import { setUpDoneMessage } from "./screens/setup-done";
import { showNotebook } from "./screens/notebook";
import { SETTINGS_SAVED } from "./screens/settings";
import type { OpenedSpace, SettingsView, UnlockOutcome } from "./api";

/**
 * Typed at the disguise before anything is set up (then = on the calculator, Enter on the notes
 * pad): opens the first-run setup. Afterwards it is only a calculation or a line of notes.
 */
export const SETUP_SEQUENCE = SETUP_CODE;

const root = document.querySelector<HTMLElement>("#app") ?? document.body;
let status: AppStatus = {
  set_up: true,
  look: "calculator",
  shortcut: "",
  shortcut_available: false,
  open: false,
  copies_made_by_app: false,
};
/**
 * What is on screen: the disguise, first-run setup, a new PIN after the recovery key (the vault
 * is open), the open app, or the everyday notebook (also open).
 */
let showing: "disguise" | "setup" | "recovery" | "open" | "notebook" = "disguise";

function clear(): void {
  leaveAllScreens();
  root.replaceChildren();
}

/** Counts disguises drawn, so an answer to an attempt made on an earlier one is dropped. */
let disguisesShown = 0;

/**
 * The disguise's language: the computer's own when it is one of ours (and could be loaded), as
 * any calculator's is; the open app speaks the one chosen inside the vault.
 */
let disguiseLanguage: Language = "en-GB";

/** The language of what opened: its own choice, or the computer's. */
async function speakAsOpened(chosen: string | null): Promise<void> {
  const code = isLanguage(chosen) ? chosen : disguiseLanguage;
  if (code !== language()) await useLanguage(code);
}

export function showDisguise(): void {
  showing = "disguise";
  // Loaded at start, so this switches at once, before anything below is drawn; always called,
  // so a language still loading for what was open is dropped when it arrives.
  void useLanguage(disguiseLanguage);
  const mine = ++disguisesShown;
  // Before the page is replaced: no live event may reach what is being thrown away, an advocate's
  // open case is forgotten (Rust closes it on hide too), so the next unlock opens in the own
  // space, and no form's leaving is taken for a draft to keep (Rust holds what they held).
  draftsLocked();
  leaveAllScreens();
  liveLocked();
  casesLocked();
  incidentsLocked();
  pairingLocked();
  forgetTextSize();
  clear();
  const host = h("div", { class: "disguise" });
  // The page's main part and one heading, for screen readers: only the tool's own name.
  const page = h(
    "main",
    { class: "disguise-page" },
    h("h1", { class: "visually-hidden" }, status.look === "notes" ? t("app-disguise-notes") : t("app-disguise-calculator")),
    host,
  );
  root.append(page);
  const onSetupCode = () => void setupCode();
  let disguise: { focus(): void };
  if (status.look === "notes") {
    disguise = mountNotes(host, {
      // Trouble opening shows nothing at all on the notes pad.
      onPinAttempt: (pin) => void attempt(pin, () => undefined),
      onSetupCode,
      loadText: () => api.notesPad(),
      keepText: (text) => void api.notesPadKeep(text).catch(() => undefined),
    });
  } else {
    const calculator = mountCalculator(host, {
      // Trouble opening: the display says "Error", as a calculator's does; nothing else.
      onPinAttempt: (pin) =>
        void attempt(pin, () => {
          if (showing === "disguise" && mine === disguisesShown) calculator.showError();
        }),
      onSetupCode,
    });
    disguise = calculator;
  }
  if (!status.set_up) {
    page.append(
      h(
        "p",
        { class: "first-run", role: "note" },
        status.look === "notes"
          ? t("app-first-run-notes", { code: SETUP_SEQUENCE })
          : t("app-first-run-calculator", { code: SETUP_SEQUENCE }),
      ),
    );
  }
  disguise.focus();
}

/** "0000" typed at the disguise: before anything is set up, the first-run setup. */
async function setupCode(): Promise<void> {
  // Setup may have finished after the page last asked (a quick exit while it was finishing).
  if (!status.set_up) status = await api.appStatus().catch(() => status);
  if (!status.set_up && showing === "disguise") openSetup();
}

/**
 * A PIN or the recovery key typed at the disguise (the disguise sends only 6 to 16 digits or
 * 40). `trouble` draws the disguise's own kind of error: never a word of the app's.
 */
async function attempt(pin: string, trouble: () => void): Promise<void> {
  const shown = disguisesShown;
  if (!status.set_up) status = await api.appStatus().catch(() => status);
  // Nothing to open yet: only "0000" leads anywhere (setupCode).
  if (!status.set_up) return;
  let outcome: UnlockOutcome;
  try {
    outcome = await api.tryUnlock(pin);
  } catch (e) {
    // Hidden again while it opened: the disguise just stays what it is.
    if (isApiError(e) && e.code === "locked") return;
    // Anything else that went wrong is trouble too.
    trouble();
    return;
  }
  if (outcome.opened) {
    // The disguise was drawn again while it opened (a hide came): what Rust opened stays closed.
    const hiddenSince = () => showing !== "disguise" || shown !== disguisesShown;
    if (hiddenSince()) {
      if (showing === "disguise") lockBehindDisguise();
      return;
    }
    await speakAsOpened(outcome.language);
    if (hiddenSince()) {
      if (showing === "disguise") lockBehindDisguise();
      return;
    }
    if (outcome.recovered) openNewPinAfterRecovery();
    else await openWhatOpened();
  } else if (outcome.trouble) {
    trouble();
  }
  // A wrong PIN (and the guessing delay) changes nothing on screen.
}

/**
 * Setup, a new PIN after the recovery key and an unseen recovery key, under a bar with the Quick
 * exit button: they say what the app is for, so they need a way out as much as the open app does.
 */
function withExitBar(): HTMLElement {
  const exit = h("button", { type: "button", class: "quick-exit", "aria-label": t("app-quick-exit-label") }, t("app-quick-exit"));
  exit.addEventListener("click", quickExit);
  const host = h("main", { class: "first-steps" });
  const bar = h("header", { class: "bar bar-exit-only" }, h("span", { class: "spacer" }), exit);
  root.replaceChildren(bar, host);
  keepClearOfHeader(bar);
  return host;
}

function openSetup(): void {
  showing = "setup";
  showSetup(withExitBar(), {
    onDone: async () => {
      status = await api.appStatus();
      // Said once, this first time only: how to come back, and how to hide it fast.
      openHome(setUpDoneMessage(status.look));
    },
    // Back to the calculator at its own size (setup gave the window the open app's).
    onCancel: quickExit,
    onFinishedAfterExit: () => void refreshSetUp(),
  });
}

/** Setup may have finished after the disguise came back: it no longer offers to set up. */
async function refreshSetUp(): Promise<void> {
  if (status.set_up) return;
  status = await api.appStatus().catch(() => status);
  if (status.set_up) root.querySelector(".first-run")?.remove();
}

/** Opened with the recovery key: a new PIN first (the old one is forgotten or no longer works). */
function openNewPinAfterRecovery(): void {
  showing = "recovery";
  showNewPinAfterRecovery(withExitBar(), { onDone: openHome });
}

/**
 * A PIN opened something: the app, or the everyday notebook. The disguise stays until Rust says
 * which; if a hide came meanwhile (Rust answers "locked", or the disguise was drawn again),
 * nothing is shown. If Rust cannot say, nothing is guessed (the app's menus over the notebook's
 * space would give both away): it locks again, as a quick exit, and the disguise stays.
 */
async function openWhatOpened(): Promise<void> {
  const shown = disguisesShown;
  let space: OpenedSpace;
  try {
    space = await api.openedSpace();
  } catch (e) {
    // Hidden again while it was asked: the disguise just stays what it is.
    if (isApiError(e) && e.code === "locked") return;
    if (showing === "disguise" && shown === disguisesShown) quickExit();
    return;
  }
  if (showing !== "disguise" || shown !== disguisesShown) {
    if (showing === "disguise") lockBehindDisguise();
    return;
  }
  if (space === "notebook") openNotebook();
  else openHome();
}

/**
 * The everyday notebook. Never the unseen recovery key check, drafts or live news: the space it
 * belongs to has none of them, and it must offer nothing the notebook would not.
 */
function openNotebook(): void {
  showing = "notebook";
  ++openings;
  clear();
  showNotebook(root, { onLock: quickExit });
}

/** Numbers the page's own quick exits; Rust's hide event names the one it answers. */
let ownExits = 0;

/**
 * The disguise is on screen but Rust may have a vault open (an opening the page dropped because
 * the disguise was drawn again meanwhile): hide in Rust too. Harmless when it is already locked.
 */
function lockBehindDisguise(): void {
  void api.hideNow([], ++ownExits).catch(() => undefined);
}

/** Counts openings of the app, so an answer meant for an earlier one is dropped. */
let openings = 0;

/** `welcome`: said once at the top of the app (just after setup). */
function openHome(welcome?: string): void {
  showing = "open";
  const mine = ++openings;
  liveUnlocked();
  clear();
  const home = () => showHome(root, { onQuickExit: quickExit, welcome });
  // A recovery key made at setup and never shown (a quick exit came first) is shown now, once.
  void api
    .recoveryKeyUnseen()
    .catch(() => null)
    .then((key) => {
      if (showing !== "open" || mine !== openings) return;
      if (key) showUnseenRecoveryKey(withExitBar(), key, status.look, home);
      else home();
    });
}

/** Hides first (what the person watching sees), then locks in Rust, which keeps what the forms held. */
export function quickExit(): void {
  // Read before the page is replaced; nothing in it may stop the hide.
  let drafts: ReturnType<typeof draftsForHide> = [];
  try {
    drafts = draftsForHide();
  } catch {
    drafts = [];
  }
  // Sent first, so Rust shrinks the window while the page draws the disguise (both before the
  // next frame). If the call with the drafts is refused for any reason, the hide is sent again
  // without them: nothing may stop the vault from locking.
  const exit = ++ownExits;
  const hidden = api.hideNow(drafts, exit).catch(() => api.hideNow([], exit));
  showDisguise();
  // Left setup after the vault was made: the disguise's "New here?" no longer applies. (Setup
  // still finishing says so itself when it ends: onFinishedAfterExit.)
  void hidden.then(refreshSetUp).catch(() => undefined);
}

// Shift tapped three times on its own (shift-taps.ts: capitals, quotes and Shift+Tab never count),
// on every screen but the disguise itself. Never Esc alone.
const shiftTaps = new ShiftTaps();
for (const type of ["keydown", "keyup"] as const) {
  document.addEventListener(
    type,
    (e) => {
      if (shiftTaps.key(e) && showing !== "disguise") quickExit();
    },
    true,
  );
}
// Shift held to click (select) or to scroll sideways is not a tap either.
document.addEventListener("pointerdown", () => shiftTaps.pointer(), true);
document.addEventListener("wheel", () => shiftTaps.pointer(), { capture: true, passive: true });
document.addEventListener("compositionstart", () => shiftTaps.reset(), true);
window.addEventListener("blur", () => shiftTaps.reset());
document.addEventListener("visibilitychange", () => shiftTaps.reset());

// No context menu anywhere. WebKit's offers Reload (which would show the disguise over a vault
// still open) and Inspect Element in a debug build; and on Linux it is a GTK menu that holds the
// keyboard and pointer while open, so no way of hiding reached the app until it closed. Cut, copy
// and paste stay on their keys (Ctrl+X, C, V). A reload's keys do nothing either.
document.addEventListener("contextmenu", (e) => e.preventDefault(), true);
document.addEventListener(
  "keydown",
  (e) => {
    const reload = e.key === "F5" || ((e.ctrlKey || e.metaKey) && (e.key === "r" || e.key === "R"));
    // Ctrl with . or ; opens GTK's emoji chooser: like a menu it holds the keys (nothing could
    // hide), it stays over the disguise after a hide, and it writes the emoji picked to dconf.
    const emoji = e.ctrlKey && (e.key === "." || e.key === ";" || e.code === "Period" || e.code === "Semicolon");
    if (reload || emoji || e.key === "BrowserRefresh") e.preventDefault();
  },
  true,
);

// A date box's calendar is a GTK popover that holds the keys while open (Shift three times and
// a first click on Quick exit never reached the page): it opens on a click or Space in the box,
// so those do only what they do in any other box (focus, the part clicked). The day is typed.
const PICKER_TYPES = new Set(["date", "datetime-local", "time", "month", "week", "color"]);
const opensPicker = (target: EventTarget | null) => target instanceof HTMLInputElement && PICKER_TYPES.has(target.type);
document.addEventListener("click", (e) => opensPicker(e.target) && e.preventDefault(), true);
document.addEventListener("keydown", (e) => opensPicker(e.target) && e.key === " " && e.preventDefault(), true);

// While open, key and pointer input tell Rust the person is still here (at most every 20 s), so
// auto-lock fires only after real inactivity.
let lastSignal = 0;
const unlocked = () => showing === "open" || showing === "recovery" || showing === "notebook";
for (const type of ["keydown", "pointerdown", "wheel"]) {
  document.addEventListener(
    type,
    () => {
      const now = performance.now();
      if (unlocked() && now - lastSignal > 20000) {
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
      if (!unlocked()) return;
      const text = selectedText();
      if (!text) return;
      if (status.copies_made_by_app) {
        // Windows, macOS: Rust puts the text on the clipboard already marked as private, so no
        // clipboard history sees it unmarked; a cut removes the selection once Rust took it.
        e.preventDefault();
        const cut = type === "cut" ? selectionToCut() : null;
        void api
          .noteCopied(text)
          .then((taken) => {
            if (taken && cut) cut();
          })
          .catch(() => {});
        return;
      }
      if (type === "copy" && e.clipboardData) {
        e.clipboardData.setData("text/plain", text);
        e.preventDefault();
      }
      void api.noteCopied(text).catch(() => {});
    },
    true,
  );
}

/**
 * The focused box's selection, to remove later as a cut would (an input event follows), if the
 * box still holds the same text there.
 */
function selectionToCut(): (() => void) | null {
  const el = document.activeElement;
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) || el.readOnly) return null;
  const { selectionStart: from, selectionEnd: to } = el;
  if (from === null || to === null || to <= from) return null;
  const text = el.value.slice(from, to);
  return () => {
    if (!el.isConnected || el.value.slice(from, to) !== text) return;
    el.setRangeText("", from, to, "end");
    el.dispatchEvent(new Event("input", { bubbles: true }));
  };
}

// A new look chosen in settings: the next quick exit shows it.
document.addEventListener(SETTINGS_SAVED, (e) => {
  const saved = (e as CustomEvent<SettingsView>).detail;
  status = { ...status, look: saved.look, shortcut: saved.shortcut };
});

// Another language chosen in Settings: the open app is drawn again in it, at Settings, with
// keyboard focus back on the choice just made.
document.addEventListener(LANGUAGE_CHANGED, (e) => {
  const { code, from } = (e as CustomEvent<{ code: string; from: string }>).detail;
  // Setup draws its form again itself; the bar above it with the Quick exit button is this page's.
  const exitOnly = root.querySelector<HTMLElement>("header.bar-exit-only .quick-exit");
  if (exitOnly) {
    exitOnly.textContent = t("app-quick-exit");
    exitOnly.setAttribute("aria-label", t("app-quick-exit-label"));
  }
  const mine = openings;
  if (showing === "notebook" && from === "notebook-language") {
    showNotebook(root, { onLock: quickExit, start: "settings" });
    void focusWhenDrawn(`#notebook-language-${code}`, () => showing === "notebook" && mine === openings);
    return;
  }
  if (showing !== "open" || from !== "settings-language") return;
  showHome(root, { onQuickExit: quickExit, start: "settings" });
  void focusWhenDrawn(`#settings-language-${code}`, () => showing === "open" && mine === openings);
});

async function focusWhenDrawn(css: string, still: () => boolean): Promise<void> {
  for (let i = 0; i < 40 && still(); i++) {
    const el = root.querySelector<HTMLElement>(css);
    if (el) {
      el.focus();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function start(): Promise<void> {
  // The disguise's own words first, so its first frame is in the computer's language; the rest
  // of that language follows once it is drawn.
  const system = systemLanguage();
  if (await useLanguage(system, DISGUISE_PARTS)) disguiseLanguage = system;
  try {
    status = await api.appStatus();
  } catch {
    // Without the backend the disguise still works as a calculator.
  }
  // The page started again while the vault was open (it cannot show what was on screen): lock.
  if (status.open) void api.hideNow().catch(() => undefined);
  showDisguise();
  // The rest of the computer's language (setup's words, the notebook's), while nothing is open.
  if (disguiseLanguage !== "en-GB") {
    requestAnimationFrame(() => {
      if (showing === "disguise") void useLanguage(disguiseLanguage);
    });
  }
  // From the global shortcut or a second launch: always back to a fresh disguise. The hide this
  // page asked for itself (its latest quick exit) has already drawn one: drawing it again, when
  // the notice comes late on a busy computer, would wipe digits typed since (or hide an app
  // opened since, with the vault open behind the disguise).
  await api.onHide((pageExit) => {
    if (pageExit !== null && pageExit === ownExits) return;
    const was = showing;
    showDisguise();
    // A notice that came late (a busy computer) can find something opened since the hide it
    // tells of: Rust has that open behind the disguise just drawn, so it is locked too.
    if (was !== "disguise") lockBehindDisguise();
  });
}

void start();
