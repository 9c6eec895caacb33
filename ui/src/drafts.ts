// Drafts: what the person is writing and has not saved, kept inside the vault so that a hide,
// the auto-lock or moving to another screen never costs a word.
//
// Each form that takes text attaches itself here with a key that names it (one draft per form:
// "incident", "notes:Home", "step:<id>"...), and says how to read and fill it. As the person
// types, what each form holds goes to Rust (`draft_keep`), which keeps it in memory for this
// opening of the vault and writes it into the vault at every hide, every few seconds, and when
// the form leaves the screen. A form that opens while a draft of it is kept is filled from it,
// with a note saying so and a way to discard it; the ones not on screen are listed at the top
// of the app ("You were writing this": Carry on / Discard). Saving a form finishes its draft in
// the same call to Rust. Nothing here touches browser storage: the drafts live in this page's
// memory only while they are on screen or listed.

import { api, onCaseSwitch, type DraftIn, type DraftView } from "./api";
import { h } from "./dom";
import { t } from "./i18n";

/** What a form holds, as kept in a draft's body. */
export interface DraftContent {
  /** The form's controls by element id: the text typed, or whether it is ticked. */
  controls: Record<string, string | boolean>;
  /** What else the form needs to carry on (the version notes were edited from, the saved details an edit started from). */
  extra?: Record<string, unknown>;
  /** Files imported into the form (an incident's), so the vault keeps them with the draft. */
  attachments?: string[];
}

export interface DraftSpec {
  /** Names the form: the same form gets the same key every time it opens. */
  key: string;
  /** What the list of drafts calls it ("A new incident", "Notes for Home"). */
  label(): string;
  /** What the form holds now, or null when nothing differs from what is saved (or from a new, empty form). */
  read(): DraftContent | null;
  /** Puts a kept draft back into the form. */
  fill(content: DraftContent): void;
  /** Back to what is saved (or an empty form): the person discarded the draft. */
  clear(): void;
  /** How to keep it, for the note in a form filled from a draft ("press Save notes to keep it"). */
  saveHint?: string;
}

export interface DraftHandle {
  /**
   * Saves the form with `send`, which must pass the key to the command (so Rust finishes the
   * draft in the same call). Nothing is kept of this form while the save is on its way; after it,
   * what was saved counts as saved.
   */
  save<T>(send: (draftKey: string) => Promise<T>): Promise<T>;
  /** What the form holds now has been used (a report made from these choices): no draft of it. */
  done(): void;
}

/** A kept draft, as the list shows it. */
export interface KeptDraft {
  key: string;
  label: string;
  savedAt: string;
  /** Null if the page cannot read it back (it can still be discarded). */
  content: DraftContent | null;
}

interface Attached {
  root: HTMLElement;
  spec: DraftSpec;
  /** What was last sent to Rust for it (JSON), or null if nothing is kept. */
  sent: string | null;
  /** What was last saved from it (JSON): reading that again means nothing is unsaved. */
  clean: string | null;
  /** A save is on its way. */
  saving: boolean;
  note: HTMLElement | null;
  /** Has been on the page (a form is attached as it is built, before it is put there). */
  shown: boolean;
  /** Its draft was discarded: nothing more is kept of this form. */
  discarded: boolean;
}

/** This opening's kept drafts (what Rust holds), by key. */
let kept = new Map<string, KeptDraft>();
/** Forms on screen that take text, by key. */
const attached = new Map<string, Attached>();
/** Moves on at every hide or case switch: work started before it is dropped. */
let opening = 0;
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

const leftListeners = new Set<(label: string) => void>();

/** Called with a draft's label when its form leaves the screen with something unsaved in it. */
export function onDraftLeft(listener: (label: string) => void): () => void {
  leftListeners.add(listener);
  return () => leftListeners.delete(listener);
}

/** Called when the list of drafts not on screen may have changed (for the list at the top). */
export function onDraftsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Drafts kept and not on screen now, the most recent first. */
export function draftsNotOnScreen(): KeptDraft[] {
  return [...kept.values()]
    .filter((d) => !attached.has(d.key))
    .sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
}

/** Whether a draft of the form `key` is kept (a screen then opens that form, filled in). */
export function hasDraft(key: string): boolean {
  return kept.has(key);
}

function parse(view: DraftView): KeptDraft {
  let content: DraftContent | null = null;
  try {
    const body = JSON.parse(view.body) as Partial<DraftContent> | null;
    if (body && typeof body === "object" && body.controls && typeof body.controls === "object") {
      content = { ...body, controls: body.controls, attachments: view.attachments };
    }
  } catch {
    content = null;
  }
  return { key: view.id, label: view.label, savedAt: view.saved_at, content };
}

/** Reads the open records' drafts (after an unlock, or once a case is opened or closed). */
export async function loadDrafts(): Promise<void> {
  const mine = opening;
  const views = await api.drafts();
  if (mine !== opening) return;
  kept = new Map(views.map((v) => [v.id, parse(v)]));
  changed();
}

/** A hide or a case switch: everything here belonged to the records shown until now. */
export function draftsLocked(): void {
  opening++;
  attached.clear();
  kept.clear();
  changed();
}

/** What every form on screen holds now, for a quick exit: Rust keeps it before it locks. */
export function draftsForHide(): DraftIn[] {
  const out: DraftIn[] = [];
  for (const [key, a] of attached) {
    const content = unsaved(a);
    if (content) out.push(draftIn(key, a, content, a.saving));
  }
  return out;
}

function draftIn(key: string, a: Attached, content: DraftContent, unlessSaved = false): DraftIn {
  return {
    id: key,
    label: a.spec.label(),
    body: JSON.stringify({ controls: content.controls, extra: content.extra }),
    attachments: content.attachments ?? [],
    unless_saved: unlessSaved,
  };
}

/** The form's contents if anything in it is unsaved. */
function unsaved(a: Attached): DraftContent | null {
  let content: DraftContent | null;
  try {
    content = a.spec.read();
  } catch {
    return null;
  }
  if (!content) return null;
  return a.clean !== null && JSON.stringify(content) === a.clean ? null : content;
}

/**
 * Tracks a form that takes text. If a draft of it is kept, the form is filled from it and
 * `noteHost` (if given) says so, with a way to discard it.
 */
export function attachDraft(root: HTMLElement, spec: DraftSpec, noteHost?: HTMLElement): DraftHandle {
  const a: Attached = {
    root,
    spec,
    sent: null,
    clean: null,
    saving: false,
    note: null,
    shown: root.isConnected,
    discarded: false,
  };
  const previous = attached.get(spec.key);
  if (previous && previous.root !== root) previous.note?.remove();
  attached.set(spec.key, a);
  const draft = kept.get(spec.key);
  if (draft?.content) {
    try {
      spec.fill(draft.content);
      const filled = unsaved(a);
      a.sent = filled ? JSON.stringify(filled) : null;
    } catch {
      // A draft this form cannot take back stays listed, to be discarded.
      attached.delete(spec.key);
    }
    if (noteHost && attached.get(spec.key) === a) {
      a.note = draftNote(spec, () => discardAttached(spec.key, a, noteHost));
      noteHost.replaceChildren(a.note);
    }
  }
  watch();
  changed();
  const mine = opening;
  return {
    async save<T>(send: (draftKey: string) => Promise<T>): Promise<T> {
      a.saving = true;
      // What is being saved (the caller read the form just now); typing on while it saves is not.
      const sentContent = unsaved(a);
      try {
        // A keep of this form still on its way reaches Rust before the save finishes the draft.
        await flushing;
        const result = await send(spec.key);
        if (mine === opening) {
          a.clean = sentContent ? JSON.stringify(sentContent) : null;
          a.sent = null;
          kept.delete(spec.key);
          a.note?.remove();
          a.note = null;
          changed();
        }
        return result;
      } finally {
        a.saving = false;
        // Typed on while saving: that is kept now.
        schedule();
      }
    },
    done() {
      if (attached.get(spec.key) !== a) return;
      const content = unsaved(a);
      a.clean = content ? JSON.stringify(content) : null;
      a.sent = null;
      kept.delete(spec.key);
      a.note?.remove();
      a.note = null;
      void api.draftDiscard(spec.key).catch(() => undefined);
      changed();
    },
  };
}

function discardAttached(key: string, a: Attached, noteHost: HTMLElement): void {
  if (attached.get(key) !== a) return;
  a.discarded = true;
  void api
    .draftDiscard(key)
    .then(() => {
      a.discarded = false;
      if (attached.get(key) !== a) return;
      kept.delete(key);
      a.sent = null;
      a.clean = null;
      a.note?.remove();
      a.note = null;
      a.spec.clear();
      changed();
      // Said where the note was, and keyboard focus goes on in the form (not back to the top).
      if (noteHost.isConnected) {
        noteHost.replaceChildren(h("p", { class: "status", role: "status" }, t("app-draft-discarded")));
        a.root.querySelector<HTMLElement>("input:not([type=hidden]), textarea, select")?.focus();
      }
    })
    .catch(() => {
      // Not discarded (locked by a hide, most likely): the form goes on being kept.
      a.discarded = false;
    });
}

/** "You were writing this, and it isn't saved yet" with Discard, inside a form filled from a draft. */
function draftNote(spec: DraftSpec, onDiscard: () => void): HTMLElement {
  const note = h("div", { class: "draft-note", role: "note", tabindex: "-1" });
  const show = (focus: boolean) => {
    const discard = h(
      "button",
      { type: "button", class: "small", "data-action": "discard-draft", "aria-label": t("app-draft-discard-label", { label: spec.label() }) },
      t("app-draft-discard-it"),
    );
    discard.addEventListener("click", () => {
      note.replaceChildren(discardConfirm(onDiscard, () => show(true)));
      note.querySelector<HTMLElement>("[data-action=keep-draft]")?.focus();
    });
    note.replaceChildren(
      h("p", {}, t("app-draft-note", { hint: spec.saveHint ?? t("app-draft-save-hint") })),
      discard,
    );
    if (focus) discard.focus();
  };
  show(false);
  return note;
}

let questions = 0;

/** Discarding loses words: asked once, in place. */
export function discardConfirm(onDiscard: () => void, onKeep: () => void): HTMLElement {
  const yes = h("button", { type: "button", class: "small danger", "data-action": "confirm-discard" }, t("app-draft-confirm-discard"));
  const keep = h("button", { type: "button", class: "small", "data-action": "keep-draft" }, t("app-draft-keep"));
  yes.addEventListener("click", onDiscard);
  keep.addEventListener("click", onKeep);
  const questionId = `discard-question-${++questions}`;
  const group = h(
    "div",
    { class: "confirm", role: "group", "aria-labelledby": questionId },
    h("p", { id: questionId }, t("app-draft-discard-question")),
    yes,
    keep,
  );
  group.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      e.preventDefault();
      onKeep();
    }
  });
  return group;
}

/** Discards a kept draft that is not on screen (from the list at the top). */
export async function discardKept(key: string): Promise<void> {
  await api.draftDiscard(key);
  kept.delete(key);
  changed();
}

// ---- Reading and filling ordinary forms ----

/** Never kept in a draft: PINs and passphrases (password boxes), and file pickers. */
const NOT_KEPT = new Set(["password", "file", "button", "submit", "reset", "image", "hidden"]);

/** Every text box, choice and tick box with an id inside `root`: what it holds now. */
export function readControls(root: HTMLElement): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const el of root.querySelectorAll<HTMLElement>("input[id], textarea[id], select[id]")) {
    // Controls whose state the form keeps itself (and carries in the draft's `extra`).
    if (el.hasAttribute("data-not-drafted")) continue;
    if (el instanceof HTMLInputElement) {
      if (NOT_KEPT.has(el.type)) continue;
      out[el.id] = el.type === "checkbox" || el.type === "radio" ? el.checked : el.value;
    } else if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) {
      out[el.id] = el.value;
    }
  }
  return out;
}

/** Puts values read by readControls back (ids not in `root` are passed over). */
export function fillControls(root: HTMLElement, controls: Record<string, string | boolean>): void {
  for (const [id, value] of Object.entries(controls)) {
    const el = root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    if (el instanceof HTMLInputElement) {
      if (NOT_KEPT.has(el.type)) continue;
      if (el.type === "checkbox" || el.type === "radio") {
        if (typeof value === "boolean") el.checked = value;
      } else if (typeof value === "string") el.value = value;
    } else if ((el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) && typeof value === "string") {
      el.value = value;
    }
  }
}

// ---- Keeping what is typed ----
// At most one round of keeps is on its way at a time, so keeps reach Rust in the order typed;
// input during a round asks for another round when it ends.

let flushing: Promise<void> = Promise.resolve();
let running = false;
let again = false;

function schedule(): void {
  if (running) {
    again = true;
    return;
  }
  running = true;
  flushing = (async () => {
    try {
      do {
        again = false;
        await keepRound();
      } while (again);
    } finally {
      running = false;
    }
  })();
}

async function keepRound(): Promise<void> {
  const mine = opening;
  for (const [key, a] of [...attached]) {
    if (mine !== opening) return;
    if (a.saving || a.discarded) continue;
    if (a.root.isConnected) a.shown = true;
    const leaving = a.shown && !a.root.isConnected;
    if (leaving) attached.delete(key);
    const content = unsaved(a);
    const json = content ? JSON.stringify(content) : null;
    if (json === a.sent && !(leaving && content)) {
      if (leaving) changed();
      continue;
    }
    try {
      if (content) {
        // Leaving the screen: into the vault at once (the others go there within seconds).
        await api.draftKeep(draftIn(key, a, content), leaving);
        if (mine !== opening) return;
        // Discarded meanwhile: the discard went after this keep, so nothing is kept.
        if (!a.discarded) {
          const label = a.spec.label();
          kept.set(key, { key, label, savedAt: new Date().toISOString(), content });
          if (leaving) for (const listener of leftListeners) listener(label);
        }
      } else {
        await api.draftDiscard(key);
        if (mine !== opening) return;
        kept.delete(key);
      }
      a.sent = json;
    } catch {
      // Locked (a hide is under way) or refused: what is on screen is sent again on the next
      // change; a form that left keeps what was last sent.
    }
    if (leaving) changed();
  }
}

let watching: MutationObserver | null = null;

/** Any input, and any form leaving the screen, starts a round of keeps. */
function watch(): void {
  if (watching) return;
  // Clicks too: some changes are made by buttons (a file taken off, an answer cleared).
  for (const type of ["input", "change", "click"]) {
    document.addEventListener(type, () => {
      if (attached.size > 0) schedule();
    }, true);
  }
  watching = new MutationObserver(() => {
    let left = false;
    for (const a of attached.values()) {
      if (a.root.isConnected) a.shown = true;
      else if (a.shown) left = true;
    }
    if (left) schedule();
  });
  watching.observe(document.body, { childList: true, subtree: true });
}

// A case switch moves every write to other records: what the forms on screen hold is sent now
// (the switch waits for it, and Rust writes it into the records it belongs to first); once the
// switch has happened, nothing here is carried into the next case. A switch that fails changes
// nothing, and the forms go on being kept.
onCaseSwitch(
  () => {
    for (const [key, a] of attached) {
      if (a.saving || a.discarded) continue;
      const content = unsaved(a);
      if (content && JSON.stringify(content) !== a.sent) {
        a.sent = JSON.stringify(content);
        void api.draftKeep(draftIn(key, a, content), false).catch(() => {
          a.sent = null;
        });
      }
    }
  },
  () => {
    draftsLocked();
    // The records shown now (another case, or a restored backup) have drafts of their own.
    void loadDrafts().catch(() => undefined);
  },
);

/**
 * Keeps what is typed into a plain form as a draft until it is used (a hide never loses it): the
 * form's boxes as they are, compared with how they were when it opened. `noteHost` as in
 * [`attachDraft`].
 */
export function keepAsDraft(
  form: HTMLElement,
  key: string,
  label: string,
  saveHint: string,
  noteHost?: HTMLElement,
): DraftHandle {
  const initial = JSON.stringify(readControls(form));
  return attachDraft(
    form,
    {
      key,
      label: () => label,
      read: () => {
        const controls = readControls(form);
        return JSON.stringify(controls) === initial ? null : { controls };
      },
      fill: (content) => fillControls(form, content.controls),
      clear: () => fillControls(form, JSON.parse(initial) as Record<string, string | boolean>),
      saveHint,
    },
    noteHost,
  );
}
