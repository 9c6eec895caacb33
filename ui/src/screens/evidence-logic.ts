// The parts of the report screen that need no DOM: turning what the person chose into the request
// Rust receives, the checks made before anything is sent, and the wording of list rows and results.

import type { EvidenceRequest, ExportDone } from "../api";
import { formatLocalDateTime, sameLocalDay, timeText } from "../dates";
import { t } from "../i18n";

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
    return { message: t("evidence-problem-from-date"), at: "from" };
  }
  if (until.trim() && !normaliseDate(until)) {
    return { message: t("evidence-problem-until-date"), at: "until" };
  }
  const f = normaliseDate(from);
  const u = normaliseDate(until);
  // Same fixed-width format, so comparing the strings compares the dates.
  if (f && u && u < f) {
    return { message: t("evidence-problem-until-before-from"), at: "until" };
  }
  return null;
}

/** The first thing stopping a report or export from being made, or null when all is well. */
export function choicesProblem(c: EvidenceChoices): Problem | null {
  const period = periodProblem(c.from, c.until);
  if (period) return period;
  if (!c.shown) {
    return { message: t("evidence-problem-not-loaded"), at: "show" };
  }
  // The list must be for the dates now in the boxes, or the person would get something unseen.
  if (c.shown.from !== normaliseDate(c.from) || c.shown.until !== normaliseDate(c.until)) {
    return { message: t("evidence-problem-dates-changed"), at: "show" };
  }
  if (c.listedCount === 0) {
    return { message: t("evidence-problem-no-entries"), at: "from" };
  }
  if (c.incidentIds.length === 0) {
    return { message: t("evidence-problem-none-ticked"), at: "entries" };
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
    // The report screen adds the languages chosen; none is English.
    languages: [],
  };
}

/** Characters as a person counts them (and as Rust does): an emoji is one, not two. */
const charCount = (text: string) => [...text].length;

/** Checks the passphrase and its repeat for a locked export; null when they are fine. */
export function passphraseProblem(passphrase: string, again: string): Problem | null {
  if (!passphrase) {
    return { message: t("evidence-problem-passphrase-missing"), at: "passphrase" };
  }
  if (charCount(passphrase) < MIN_PASSPHRASE_CHARS) {
    return { message: t("evidence-problem-passphrase-short", { min: MIN_PASSPHRASE_CHARS }), at: "passphrase" };
  }
  if (!again) {
    return { message: t("evidence-problem-passphrase-again"), at: "again" };
  }
  if (again !== passphrase) {
    return { message: t("evidence-problem-passphrase-differs"), at: "again" };
  }
  return null;
}

/** Checks the passphrase typed to open a locked export someone sent; null when it can be tried. */
export function openPassphraseProblem(passphrase: string): string | null {
  if (!passphrase) return t("evidence-problem-open-passphrase-missing");
  if (charCount(passphrase) < MIN_PASSPHRASE_CHARS) {
    return t("evidence-problem-open-passphrase-short", { min: MIN_PASSPHRASE_CHARS });
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
  const end = !Number.isNaN(a.getTime()) && !Number.isNaN(b.getTime()) && sameLocalDay(a, b) ? timeText(b) : formatLocalDateTime(until);
  return t("evidence-happened-range", { start, end });
}

/** "3 of 12 chosen". */
export function chosenCountText(chosen: number, total: number): string {
  return t("evidence-chosen-count", { chosen, total });
}

/**
 * The English wording of the line added after a saved report when some photos could not be drawn
 * into the PDF (kept for the tests). The screen shows it in the language in use, from the message
 * "evidence-pictures-left-out".
 */
export const PICTURES_LEFT_OUT_TEXT =
  "Some photos could not be put into the report; they are listed with their fingerprints.";

/** The quiet line after "Save PDF report". */
export function reportResultText(done: ExportDone): string {
  if (!done.done) return t("evidence-not-saved");
  const saved = t("evidence-report-saved", { entries: done.incidents, pages: done.pages });
  return done.pictures_left_out ? `${saved} ${t("evidence-pictures-left-out")}` : saved;
}

/** The quiet line after "Save export". */
export function exportResultText(done: ExportDone, locked: boolean): string {
  if (!done.done) return t("evidence-not-saved");
  const counts = { entries: done.incidents, files: done.files };
  return locked ? t("evidence-locked-export-saved", counts) : t("evidence-export-saved", counts);
}

/** The quiet line after opening a locked export someone sent. */
export function openResultText(done: ExportDone): string {
  return done.done ? t("evidence-opened") : t("evidence-not-opened");
}

/** After the period changes: every listed entry is ticked, except ones the person unticked before. */
export function tickedAfterLoad(listedIds: readonly string[], unticked: ReadonlySet<string>): Set<string> {
  return new Set(listedIds.filter((id) => !unticked.has(id)));
}
