// The notes-pad disguise on screen: a title bar ("Notes") and one textarea.
//
// It is a working scratch pad, and like any notes app it keeps what is typed in it between hides
// and restarts: its ordinary lines go to Rust (`keepText`), which keeps them in a small plain
// file, never a line that could hold a PIN (notes-engine.ts `couldHoldPin`), nor the line being
// typed while it holds a digit. Nothing goes to the webview's
// storage (no localStorage, sessionStorage, IndexedDB or cookies), and it is not logged. Spell
// checking, autocorrect and autocomplete are off so the webview keeps no learned words either.

import "./notes.css";
import { t } from "../i18n";
import { isSetupCodeAtEnter, linesToKeep, pinCandidateAtEnter } from "./notes-engine";

export interface NotesOptions {
  /**
   * Called when Enter is pressed at the end of a line holding only a PIN (6 to 16 digits) or a
   * recovery key (its 40 digits, given without the spaces between its groups).
   */
  onPinAttempt(pin: string): void;
  /** Called when Enter is pressed at the end of a line holding only "0000". */
  onSetupCode?(): void;
  /** The pad's text as last kept (empty the first time). */
  loadText?(): Promise<string>;
  /** Keeps the pad's ordinary lines (called a moment after typing stops, and when it closes). */
  keepText?(text: string): void;
}

/** How long after the last key the pad's lines are kept. */
const KEEP_AFTER_MS = 500;

export interface NotesHandle {
  /** Empties the pad (setting the value also drops the textarea's undo history). */
  reset(): void;
  /** Moves keyboard focus into the text. */
  focus(): void;
  /** Removes the pad and its listeners from the page. */
  destroy(): void;
}

let nextId = 0;

export function mountNotes(root: HTMLElement, opts: NotesOptions): NotesHandle {
  const doc = root.ownerDocument;
  const titleId = `notes-title-${++nextId}`;

  const container = doc.createElement("section");
  container.className = "notes";
  container.setAttribute("aria-labelledby", titleId);

  const title = doc.createElement("div");
  title.className = "notes-title";
  title.id = titleId;
  title.textContent = t("disguise-notes");

  const text = doc.createElement("textarea");
  text.className = "notes-text";
  text.setAttribute("aria-labelledby", titleId);
  text.spellcheck = false;
  text.setAttribute("autocomplete", "off");
  text.setAttribute("autocorrect", "off");
  text.setAttribute("autocapitalize", "off");
  text.setAttribute("data-gramm", "false");

  container.append(title, text);
  root.append(container);

  /** What was last handed over to be kept (so an unchanged pad is not written again). */
  let keptText: string | null = null;
  let keepTimer: ReturnType<typeof setTimeout> | undefined;
  const keepNow = () => {
    clearTimeout(keepTimer);
    keepTimer = undefined;
    if (!opts.keepText) return;
    const lines = linesToKeep(text.value, text.selectionStart ?? text.value.length);
    if (lines === keptText) return;
    keptText = lines;
    opts.keepText(lines);
  };
  /** Typed into before the kept text arrived: what was typed wins. */
  let typed = false;

  function onKeyDown(e: KeyboardEvent): void {
    if (e.key !== "Enter" || e.isComposing) return;
    if (e.shiftKey || e.ctrlKey || e.altKey || e.metaKey) return;
    const pin = pinCandidateAtEnter(text.value, text.selectionStart, text.selectionEnd);
    if (pin === null) {
      if (!isSetupCodeAtEnter(text.value, text.selectionStart, text.selectionEnd)) return;
      keepNow();
      opts.onSetupCode?.();
      return;
    }
    // What was typed before it is kept now, while nothing is open (the PIN's line never is).
    keepNow();
    // The default action still inserts the newline: the line stays as typed, like any note.
    opts.onPinAttempt(pin);
  }

  function onInput(): void {
    typed = true;
    clearTimeout(keepTimer);
    keepTimer = setTimeout(keepNow, KEEP_AFTER_MS);
  }

  text.addEventListener("keydown", onKeyDown);
  text.addEventListener("input", onInput);
  void opts
    .loadText?.()
    .then((saved) => {
      keptText = saved;
      if (!text.isConnected || !saved) return;
      // The caret goes on a fresh line after the kept ones, where a PIN can be typed as always.
      // Anything typed before they arrived stays, after them.
      const before = saved.endsWith("\n") ? saved : `${saved}\n`;
      const caret = typed ? (text.selectionStart ?? 0) : 0;
      text.value = before + text.value;
      text.setSelectionRange(before.length + caret, before.length + caret);
      text.scrollTop = text.scrollHeight;
    })
    .catch(() => undefined);

  return {
    reset() {
      text.value = "";
      keepNow();
    },
    focus() {
      text.focus();
    },
    destroy() {
      // What was typed just before (a PIN line is left out) is kept as the pad closes.
      keepNow();
      text.removeEventListener("keydown", onKeyDown);
      text.removeEventListener("input", onInput);
      text.value = "";
      container.remove();
    },
  };
}
