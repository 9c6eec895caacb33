// Working together (live sessions) without the DOM: the words for the connection and for whether
// the other side is here, which shared document an id names, which screens a change from the other
// side touches, and merging what the person is typing with what arrived meanwhile.

import type { LiveState, Presence, Section, ShareableItem, ShareableKind, SharingRole } from "../api";
import { t } from "../i18n";
import { sectionTitle } from "../plan-words";
import { roleArg } from "./sharing-logic";

/** Nobody here, looking at nothing: before any news, and whenever the connection is not up. */
export const NOBODY: Presence = { here: false, viewing: null };

/** The shared document that holds the plan's stage and review date (Rust `PLAN_DOC_ID`). */
export const PLAN_DOCUMENT = "plan";
/** The read-only view of the person's incident log (Rust `INCIDENT_LOG_ID`). */
export const INCIDENT_LOG_DOCUMENT = "incident-log";
/** The read-only view of the person's risk screenings (Rust `RISK_SCREENINGS_ID`). */
export const RISK_SCREENINGS_DOCUMENT = "risk-screenings";
const SECTION_PREFIX = "plan-section:";

/**
 * Each section's code, exactly as Rust `Section::code()` writes it (the kebab-case of its name);
 * `satisfies` makes a new Rust section a type error here.
 */
const SECTION_CODES = {
  Emergency: "emergency",
  SafePlaces: "safe-places",
  CodeWords: "code-words",
  EscapeBag: "escape-bag",
  Documents: "documents",
  Home: "home",
  WorkSchool: "work-school",
  Travel: "travel",
  Children: "children",
  Pets: "pets",
  OnlineSafety: "online-safety",
  Legal: "legal",
  Support: "support",
} as const satisfies Record<Section, string>;

/** The shared document id of a plan section, as Rust `Section::document_id()` makes it. */
export function sectionDocumentId(section: Section): string {
  return SECTION_PREFIX + SECTION_CODES[section];
}

/** The section a document id names, or null if it is not a plan section. */
export function sectionOfDocument(id: string): Section | null {
  if (!id.startsWith(SECTION_PREFIX)) return null;
  const code = id.slice(SECTION_PREFIX.length);
  const found = (Object.entries(SECTION_CODES) as [Section, string][]).find(([, c]) => c === code);
  return found ? found[0] : null;
}

// ---- Words ----

/** The line under "Working together" on the sharing screen ("" while off). */
export function liveStateText(state: LiveState): string {
  switch (state) {
    case "off":
      return "";
    case "connecting":
      return t("live-connecting");
    case "on":
      return t("live-on");
    case "offline":
      return t("live-offline");
    case "clock_wrong":
      return t("live-clock-wrong");
    case "refused":
      return t("live-refused");
  }
}

/**
 * Shown instead of "Send and receive now" while working together ("" while off). Not connected
 * (offline, or turned away), saves are kept and go across when it connects again.
 */
export function liveSyncNote(state: LiveState): string {
  switch (state) {
    case "off":
      return "";
    case "connecting":
    case "on":
      return t("live-sync-note");
    case "offline":
    case "clock_wrong":
    case "refused":
      return t("live-sync-note-offline");
  }
}

/** The title of a shared document, from the sharing status's list; null if unknown or untitled. */
export function documentTitle(id: string, items: readonly ShareableItem[]): string | null {
  const item = items.find((i) => i.id === id);
  if (!item) return null;
  const ownTitle = item.kind === "contact" || item.kind === "checklist";
  return ownTitle && !item.title.trim() ? null : shareableTitle(item);
}

/**
 * What a shareable thing is called, in the language in use: the app's own parts by their names
 * here (Rust names them in English), the person's contacts and checklists by their own titles.
 */
export function shareableTitle(item: ShareableItem): string {
  if (item.kind === "incident_log") return t("home-nav-incidents");
  if (item.kind === "risk_screenings") return t("risk-screening-title");
  const section = item.kind === "plan_section" ? sectionOfDocument(item.id) : null;
  if (section) return sectionTitle(section);
  return item.title.trim() || t("sharing-untitled");
}

/** Whether the other side is here, and what they are looking at ("" while not connected). */
export function presenceText(
  state: LiveState,
  presence: Presence,
  items: readonly ShareableItem[],
  role: SharingRole | null,
  name: string | null = null,
): string {
  if (state !== "on") return "";
  const title = presence.viewing === null ? null : documentTitle(presence.viewing, items);
  // Named when the person shares with several people (or named this one).
  if (name !== null) {
    if (!presence.here) return t("live-presence-away-named", { name });
    return title ? t("live-presence-looking-named", { name, title }) : t("live-presence-here-named", { name });
  }
  const who = roleArg(role);
  if (!presence.here) return t("live-presence-away", { role: who });
  return title ? t("live-presence-looking", { role: who, title }) : t("live-presence-here", { role: who });
}

/** The small badge on the plan section the other side is looking at. */
export function presenceBadgeText(role: SharingRole | null, name: string | null = null): string {
  return name !== null ? t("live-badge-named", { name }) : t("live-badge", { role: roleArg(role) });
}

/** The header's quiet "Working together · advocate here"; null while not working together. */
export function indicatorText(
  state: LiveState,
  presence: Presence,
  role: SharingRole | null,
  name: string | null = null,
): string | null {
  if (state === "off") return null;
  if (state === "offline" || state === "clock_wrong" || state === "refused") return t("live-indicator-offline");
  if (state !== "on" || !presence.here) return t("live-indicator");
  return name !== null ? t("live-indicator-here-named", { name }) : t("live-indicator-here", { role: roleArg(role) });
}

/**
 * The note by a box whose text the other side changed while the person was in it. `what` is
 * already in words in the language in use ("these notes", "this contact"). `name`: whom the
 * person works together with, when the words name them (`liveWith`), in this and the next three.
 */
export function changedWhileTypingText(role: SharingRole | "several" | null, what: string, name: string | null = null): string {
  if (name !== null) return t("live-changed-while-typing-named", { name, what });
  return t("live-changed-while-typing", { role: roleArg(role), what });
}

/** When the other side removed the contact the person is changing. */
export function removedWhileEditingText(role: SharingRole | "several" | null, name: string | null = null): string {
  if (name !== null) return t("live-removed-while-editing-named", { name });
  return t("live-removed-while-editing", { role: roleArg(role) });
}

/** What a save of notes (merged with the other side's changes) did, in plain words. */
export function notesSavedText(merged: Merged, mine: string, role: SharingRole | "several" | null, name: string | null = null): string {
  if (merged.text === mine) return t("live-notes-saved");
  if (merged.clean) {
    return name !== null ? t("live-notes-saved-merged-named", { name }) : t("live-notes-saved-merged", { role: roleArg(role) });
  }
  return name !== null ? t("live-notes-saved-both-named", { name }) : t("live-notes-saved-both", { role: roleArg(role) });
}

/** The same, for a contact saved while the other side changed it too. */
export function contactSavedText(clean: boolean, role: SharingRole | "several" | null, name: string | null = null): string {
  if (clean) return t("live-contact-saved");
  if (name !== null) return t("live-contact-saved-both-named", { name });
  return t("live-contact-saved-both", { role: roleArg(role) });
}

// ---- Which screens a change touches ----

export type LiveScreen = "plan" | "contacts" | "checklists" | "incidents" | "risk";

/**
 * What kind of document an id names: the plan, or a kind from the shared list; null if unknown.
 * The incident log and risk screenings are known by their fixed ids (an advocate's list has no
 * entry for them: only the person chooses to share them).
 */
export function documentKind(id: string, items: readonly ShareableItem[]): ShareableKind | "plan" | null {
  if (id === PLAN_DOCUMENT) return "plan";
  if (id === INCIDENT_LOG_DOCUMENT) return "incident_log";
  if (id === RISK_SCREENINGS_DOCUMENT) return "risk_screenings";
  if (sectionOfDocument(id) !== null) return "plan_section";
  return items.find((i) => i.id === id)?.kind ?? null;
}

/**
 * The screens showing any of the changed documents. An id the list does not know (a contact or
 * checklist made since the list was fetched) counts for both contacts and checklists: fetching
 * again costs little, and missing a change would show stale details.
 */
export function touchedScreens(documents: readonly string[], items: readonly ShareableItem[]): Set<LiveScreen> {
  const screens = new Set<LiveScreen>();
  for (const id of documents) {
    const kind = documentKind(id, items);
    if (kind === "plan" || kind === "plan_section") screens.add("plan");
    if (kind === "contact" || kind === null) screens.add("contacts");
    if (kind === "checklist" || kind === null) screens.add("checklists");
    if (kind === "incident_log") screens.add("incidents");
    if (kind === "risk_screenings") screens.add("risk");
  }
  return screens;
}

/** The plan sections among the changed documents. */
export function changedSections(documents: readonly string[]): Set<Section> {
  const sections = new Set<Section>();
  for (const id of documents) {
    const s = sectionOfDocument(id);
    if (s !== null) sections.add(s);
  }
  return sections;
}

// ---- Keeping what is being typed ----

/** One change to a text: [from, to) of the old text replaced by `text`. */
export interface TextEdit {
  from: number;
  to: number;
  text: string;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The one span where `after` differs from `before` (common start and end left out); null if equal. */
export function textEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Never split a character written as two UTF-16 units (emoji and the like).
  if (start > 0 && isHigh(before.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) {
    end++;
  }
  if (end > 0 && isLow(before.charCodeAt(before.length - end))) end--;
  return { from: start, to: before.length - end, text: after.slice(start, after.length - end) };
}

export interface Merged {
  text: string;
  /** False when both changed the same lines: both versions are kept, the person's first. */
  clean: boolean;
}

/**
 * Puts together what the person typed (`mine`) and what the other side saved meanwhile
 * (`theirs`), both changed from `base` (the text the person started from). Changes in different
 * places both apply. Changes to the same lines keep both versions of those lines, one after the
 * other, so nothing anyone wrote is lost; the person can tidy up after.
 */
export function mergeText(base: string, mine: string, theirs: string): Merged {
  if (mine === theirs || theirs === base) return { text: mine, clean: true };
  if (mine === base) return { text: theirs, clean: true };
  const a = textEdit(base, mine) as TextEdit;
  const b = textEdit(base, theirs) as TextEdit;
  // Both starting at one place with an insertion counts as the same place too: there is no
  // telling which words should come first, and running them together would garble both.
  const overlap = (a.from < b.to && b.from < a.to) || (a.from === b.from && (a.from === a.to || b.from === b.to));
  if (!overlap) {
    const [first, second] = a.from < b.from ? [a, b] : [b, a];
    return {
      text:
        base.slice(0, first.from) + first.text + base.slice(first.to, second.from) + second.text + base.slice(second.to),
      clean: true,
    };
  }
  // Whole lines, so each version reads as it was written.
  const start = Math.min(a.from, b.from);
  const lo = start === 0 ? 0 : base.lastIndexOf("\n", start - 1) + 1;
  const newline = base.indexOf("\n", Math.max(a.to, b.to));
  const hi = newline === -1 ? base.length : newline;
  const tail = base.length - hi;
  const mineLines = mine.slice(lo, mine.length - tail);
  const theirLines = theirs.slice(lo, theirs.length - tail);
  const both = [mineLines, theirLines].filter((t) => t !== "").join("\n");
  return { text: base.slice(0, lo) + both + base.slice(hi), clean: false };
}

/** Where a caret at `pos` in `before` belongs in `after` (it moves with text put in before it). */
export function mapCaret(before: string, after: string, pos: number): number {
  const edit = textEdit(before, after);
  if (!edit || pos <= edit.from) return Math.min(pos, after.length);
  if (pos >= edit.to) return pos + (after.length - before.length);
  return edit.from + edit.text.length;
}

type Fields = Record<string, string | boolean>;

/** `mergeText` for each field of a record; a yes/no the person changed wins over theirs. */
export function mergeFields<T extends Fields>(base: T, mine: T, theirs: T): { value: T; clean: boolean } {
  const value = { ...mine };
  let clean = true;
  for (const key of Object.keys(mine) as (keyof T & string)[]) {
    const b = base[key];
    const m = mine[key];
    const t = theirs[key];
    if (typeof m === "string" && typeof b === "string" && typeof t === "string") {
      const merged = mergeText(b, m, t);
      value[key] = merged.text as T[typeof key];
      clean &&= merged.clean;
    } else if (m === b) {
      value[key] = t;
    } else if (t !== b && t !== m) {
      clean = false;
    }
  }
  return { value, clean };
}

export interface Absorbed<T extends Fields> {
  /** What the person started from, for merging when they save. */
  base: T;
  /** What the boxes should show now. */
  shown: T;
  /** Fields the other side changed that still show the person's own version. */
  kept: (keyof T & string)[];
}

/**
 * What to show after the other side saved `incoming`: a box the person has not touched (and is
 * not in) shows the new text; a box they are in, or have changed, keeps theirs, and is merged when
 * they save.
 */
export function absorbRemote<T extends Fields>(
  base: T,
  shown: T,
  incoming: T,
  busy: ReadonlySet<string> = new Set(),
): Absorbed<T> {
  const nextBase = { ...base };
  const nextShown = { ...shown };
  const kept: (keyof T & string)[] = [];
  for (const key of Object.keys(incoming) as (keyof T & string)[]) {
    const now = incoming[key];
    if (now === base[key]) continue;
    if (shown[key] === now) {
      nextBase[key] = now;
    } else if (shown[key] === base[key] && !busy.has(key)) {
      nextBase[key] = now;
      nextShown[key] = now;
    } else {
      kept.push(key);
    }
  }
  return { base: nextBase, shown: nextShown, kept };
}
