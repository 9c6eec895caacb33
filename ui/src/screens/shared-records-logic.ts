// What an advocate sees of the person's incident log and risk screenings, without the DOM: the
// words for one shared incident (when, what kind, where, what was said or done, corrections and
// files kept on the person's computer) and the section's fixed wording. The person shares these
// read-only: nothing here offers a way to change them.

import type { Behaviour, IncidentFields, SharedIncident } from "../api";
import { formatLocalDateTime, formatTime, plural, sameLocalDay } from "../dates";
import { kindLabel } from "../labels";

/** The heading of the read-only section in an open case. */
export const SHARED_HEADING = "Shared by the person (read-only)";

/** Shown in the list while the person shares nothing of this kind. */
export const SHARED_EMPTY = "Nothing shared yet. The person chooses what you can see.";

/** The line under the heading on the incident log screen. */
export const SHARED_INCIDENTS_LEAD =
  "The person's own incident log, as they share it, newest first. You can read it here but not " +
  "change it. Files they attached stay on their computer unless they choose to show you one.";

/** The line under the heading on the risk screen. */
export const SHARED_SCREENINGS_LEAD =
  "The person's own risk screening answers, as they share them, newest first. You can read them " +
  "here but not change them.";

/** When it happened: "Sat 5 Jul 2025, 14:05", or a span ("… 14:05 to 15:30", or two full dates). */
export function occurredText(f: Pick<IncidentFields, "occurred_at" | "occurred_until">): string {
  const from = formatLocalDateTime(f.occurred_at);
  if (!f.occurred_until) return from;
  const a = new Date(f.occurred_at);
  const b = new Date(f.occurred_until);
  const sameDay = !Number.isNaN(a.getTime()) && !Number.isNaN(b.getTime()) && sameLocalDay(a, b);
  return `${from} to ${sameDay ? formatTime(f.occurred_until) : formatLocalDateTime(f.occurred_until)}`;
}

/** "Corrected once", "Corrected 3 times"; null for an entry never corrected (revision 1). */
export function correctedText(revision: number): string | null {
  const n = revision - 1;
  if (n < 1) return null;
  return n === 1 ? "Corrected once" : `Corrected ${n} times`;
}

/** "1 file kept on their computer", "3 files …"; null when nothing was attached. */
export function filesText(count: number, shown = 0): string | null {
  const kept = Math.max(0, count - shown);
  if (shown === 0) return kept > 0 ? `${plural(kept, "file", "files")} kept on their computer` : null;
  const they = `${plural(shown, "file", "files")} shown to you`;
  return kept > 0 ? `${they}; ${plural(kept, "more", "more")} kept on their computer` : they;
}

/** "Crime reference: 123 · Officer: PC Smith"; null when neither was written down. */
export function policeText(police: IncidentFields["police"]): string | null {
  const parts: string[] = [];
  if (police.crime_reference.trim()) parts.push(`Crime reference: ${police.crime_reference.trim()}`);
  if (police.officer.trim()) parts.push(`Officer: ${police.officer.trim()}`);
  return parts.length > 0 ? parts.join(" · ") : null;
}

/** "Fixated, Repeated"; null when none was ticked. */
export function behavioursText(behaviours: readonly Behaviour[]): string | null {
  return behaviours.length > 0 ? behaviours.join(", ") : null;
}

/** One shared incident, in words, ready to show (empty parts are null and left out). */
export interface SharedIncidentView {
  /** The kind in plain words, e.g. "Phone calls". */
  kind: string;
  /** When it happened. */
  when: string;
  /** "Phone calls · Sat 5 Jul 2025, 14:05", the card's heading. */
  summary: string;
  location: string | null;
  description: string | null;
  behaviours: string | null;
  police: string | null;
  /** "First written Sat 5 Jul 2025, 14:10". */
  written: string;
  /** "Corrected once (last on …)"; null if never corrected. */
  corrected: string | null;
  /** "2 files kept on their computer"; null if none. */
  files: string | null;
  /** The rest of what the person wrote, as [label, text], only the parts they filled in. */
  more: [string, string][];
}

const nonEmpty = (text: string): string | null => (text.trim() ? text : null);

/** Everything shown for one shared incident. */
export function sharedIncidentView(i: SharedIncident): SharedIncidentView {
  const f = i.fields;
  const kind = kindLabel(f.kind);
  const when = occurredText(f);
  const corrected = correctedText(i.revision);
  const more: [string, string][] = (
    [
      ["Appearance", f.perpetrator_appearance],
      ["Vehicle", f.vehicle],
      ["Witnesses", f.witnesses],
      ["How it affected them", f.impact_on_victim],
      ["Changes to daily life", f.impact_on_daily_life],
      ["Also told", f.reported_to],
    ] as [string, string][]
  ).filter(([, text]) => text.trim() !== "");
  return {
    kind,
    when,
    summary: `${kind} · ${when}`,
    location: nonEmpty(f.location),
    description: nonEmpty(f.description),
    behaviours: behavioursText(f.behaviours),
    police: policeText(f.police),
    written: `First written ${formatLocalDateTime(i.first_recorded_at)}`,
    corrected: corrected ? `${corrected} (last on ${formatLocalDateTime(i.recorded_at)})` : null,
    files: filesText(i.attachment_count, i.files.length),
    more,
  };
}
