// The notes-pad disguise on screen: a title bar ("Notes") and one textarea.
//
// It is a working scratch pad, but its text lives only in this textarea, in memory. It is never
// saved anywhere: no localStorage, sessionStorage, IndexedDB, cookies, files or network, and it
// is not logged. Spell checking, autocorrect and autocomplete are turned off so the webview keeps
// no learned words or form history from it either. reset() and destroy() drop the text.

import "./notes.css";
import { pinCandidateAtEnter } from "./notes-engine";

export interface NotesOptions {
  /** Called when Enter is pressed at the end of a line holding only 4-12 digits. */
  onPinAttempt(pin: string): void;
}

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
  title.textContent = "Notes";

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

  function onKeyDown(e: KeyboardEvent): void {
    if (e.key !== "Enter" || e.isComposing) return;
    if (e.shiftKey || e.ctrlKey || e.altKey || e.metaKey) return;
    const pin = pinCandidateAtEnter(text.value, text.selectionStart, text.selectionEnd);
    // The default action still inserts the newline: the line stays as typed, like any note.
    if (pin !== null) opts.onPinAttempt(pin);
  }

  text.addEventListener("keydown", onKeyDown);

  return {
    reset() {
      text.value = "";
    },
    focus() {
      text.focus();
    },
    destroy() {
      text.removeEventListener("keydown", onKeyDown);
      text.value = "";
      container.remove();
    },
  };
}
