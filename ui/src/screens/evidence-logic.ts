// The parts of the report screen that need no DOM: turning what the person chose into the request
// Rust receives, the checks made before anything is sent, and the wording of list rows and results.

import type { EvidenceRequest, ExportDone } from "../api";
import { formatLocalDateTime, plural, sameLocalDay, timeText } from "../dates";

/** Locked exports use the same rule as backup passphrases (Rust checks it too). */
export const MIN_PASSPHRASE_CHARS = 12;

/** How long a description preview in the list may be. */
export const PREVIEW_CHARS = 80;

/** What the person has chosen on the screen, as the form holds it. */
export interface EvidenceChoices {
  /** The date inputs' values: YYYY-MM-DD, or "" when left empty. */
  from: string;
  until: string;
  /** The period the list on screen was loaded for (normalised), or null before it has loaded. */
  shown: { from: string | null; until: string | null } | null;
  /** How many entries the list on screen holds. */
  listedCount: number;
  /** Ticked incidents. */
  incidentIds: readonly string[];
  name: string;
  embedImages: boolean;
  planItemIds: readonly string[];
  contactIds: readonly string[];
  screeningIds: readonly string[];
  profileIds: readonly string[];
  orderIds: readonly string[];
}

/** Which control a problem is about, so the screen can put focus there. */
export type ProblemAt = "from" | "until" | "show" | "entries" | "passphrase" | "again";

export interface Problem {
  message: string;
  at: ProblemAt;
}

/** A real calendar date as YYYY-MM-DD, or null (empty, or anything Rust would refuse). */
export function normaliseDate(text: string): string | null {
  const t = text.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Round-trip through a UTC date to refuse days such as 31 April.
  const check = new Date(Date.UTC(y, mo - 1, d));
  const real = check.getUTCFullYear() === y && check.getUTCMonth() === mo - 1 && check.getUTCDate() === d;
  return real && y >= 1 ? t : null;
}

/** A problem with the two dates themselves, or null. */
export function periodProblem(from: string, until: string): Problem | null {
  if (from.trim() && !normaliseDate(from)) {
    return { message: "Please give the “From” date as a day, month and year, or leave it empty.", at: "from" };
  }
  if (until.trim() && !normaliseDate(until)) {
    return { message: "Please give the “Until” date as a day, month and year, or leave it empty.", at: "until" };
  }
  const f = normaliseDate(from);
  const u = normaliseDate(until);
  // Same fixed-width format, so comparing the strings compares the dates.
  if (f && u && u < f) {
    return { message: "The “Until” date is before the “From” date. Please change one of them.", at: "until" };
  }
  return null;
}

/** The first thing stopping a report or export from being made, or null when all is well. */
export function choicesProblem(c: EvidenceChoices): Problem | null {
  const period = periodProblem(c.from, c.until);
  if (period) return period;
  if (!c.shown) {
    return { message: "The list of entries has not loaded yet. Please press “Show entries”.", at: "show" };
  }
  // The list must be for the dates now in the boxes, or the person would get something unseen.
  if (c.shown.from !== normaliseDate(c.from) || c.shown.until !== normaliseDate(c.until)) {
    return {
      message: "The dates were changed after the list was shown. Please press “Show entries” and check what is ticked.",
      at: "show",
    };
  }
  if (c.listedCount === 0) {
    return {
      message: "There are no entries in this period. Please choose other dates, or leave them empty to see every entry.",
      at: "from",
    };
  }
  if (c.incidentIds.length === 0) {
    return { message: "Please tick at least one entry to include.", at: "entries" };
  }
  return null;
}

/** Exactly what was chosen, and nothing else; duplicates dropped. */
export function buildRequest(c: EvidenceChoices): EvidenceRequest {
  const unique = (ids: readonly string[]) => [...new Set(ids)];
  return {
    incident_ids: unique(c.incidentIds),
    from: normaliseDate(c.from),
    until: normaliseDate(c.until),
    name: c.name.trim(),
    embed_images: c.embedImages,
    plan_item_ids: unique(c.planItemIds),
    contact_ids: unique(c.contactIds),
    screening_ids: unique(c.screeningIds),
    profile_ids: unique(c.profileIds),
    order_ids: unique(c.orderIds),
  };
}

/** Characters as a person counts them (and as Rust does): an emoji is one, not two. */
const charCount = (text: string) => [...text].length;

/** Checks the passphrase and its repeat for a locked export; null when they are fine. */
export function passphraseProblem(passphrase: string, again: string): Problem | null {
  if (!passphrase) {
    return { message: "Please choose a passphrase to lock the export with.", at: "passphrase" };
  }
  if (charCount(passphrase) < MIN_PASSPHRASE_CHARS) {
    return {
      message: `The passphrase needs at least ${MIN_PASSPHRASE_CHARS} characters, such as a few words put together.`,
      at: "passphrase",
    };
  }
  if (!again) {
    return { message: "Please type the passphrase a second time.", at: "again" };
  }
  if (again !== passphrase) {
    return { message: "The two passphrases are not the same. Please type it again.", at: "again" };
  }
  return null;
}

/** Checks the passphrase typed to open a locked export someone sent; null when it can be tried. */
export function openPassphraseProblem(passphrase: string): string | null {
  if (!passphrase) return "Please type the passphrase you were given with the file.";
  if (charCount(passphrase) < MIN_PASSPHRASE_CHARS) {
    return (
      `Locked exports use a passphrase of at least ${MIN_PASSPHRASE_CHARS} characters, so this ` +
      "one is not complete. Please check it with the person who sent the file."
    );
  }
  return null;
}

/**
 * A one-line preview: spaces and line breaks collapsed, cut at a word near `max` characters with
 * "…" added. Never splits an emoji or other character made of two code units.
 */
export function shorten(text: string, max = PREVIEW_CHARS): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const chars = [...flat];
  if (chars.length <= max) return flat;
  let cut = chars.slice(0, max).join("");
  // Prefer ending at a space, unless that would throw away most of the preview.
  const space = cut.lastIndexOf(" ");
  if (space >= max * 0.6) cut = cut.slice(0, space);
  return `${cut.replace(/[\s.,;:!?–—-]+$/u, "")}…`;
}

/** When an incident happened, with the end time when it went on for a while. */
export function formatHappened(at: string, until: string | null): string {
  const start = formatLocalDateTime(at);
  if (!until) return start;
  const a = new Date(at);
  const b = new Date(until);
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return `${start} to ${formatLocalDateTime(until)}`;
  return sameLocalDay(a, b) ? `${start} to ${timeText(b)}` : `${start} to ${formatLocalDateTime(until)}`;
}

/** "3 of 12 chosen". */
export function chosenCountText(chosen: number, total: number): string {
  return `${chosen} of ${total} chosen`;
}

/** Added after a saved report when some photos could not be drawn into the PDF. */
export const PICTURES_LEFT_OUT_TEXT =
  "Some photos could not be put into the report; they are listed with their fingerprints.";

/** The quiet line after "Save PDF report". */
export function reportResultText(done: ExportDone): string {
  if (!done.done) return "Not saved.";
  const saved = `Report saved: ${plural(done.incidents, "entry", "entries")}, ${plural(done.pages, "page", "pages")}.`;
  return done.pictures_left_out ? `${saved} ${PICTURES_LEFT_OUT_TEXT}` : saved;
}

/** The quiet line after "Save export". */
export function exportResultText(done: ExportDone, locked: boolean): string {
  if (!done.done) return "Not saved.";
  const files = done.files === 0 ? "no attached files" : plural(done.files, "attached file", "attached files");
  return `${locked ? "Locked export" : "Export"} saved: ${plural(done.incidents, "entry", "entries")}, ${files}.`;
}

/** The quiet line after opening a locked export someone sent. */
export function openResultText(done: ExportDone): string {
  return done.done ? "Opened and saved." : "Not opened.";
}

/** After the period changes: every listed entry is ticked, except ones the person unticked before. */
export function tickedAfterLoad(listedIds: readonly string[], unticked: ReadonlySet<string>): Set<string> {
  return new Set(listedIds.filter((id) => !unticked.has(id)));
}
