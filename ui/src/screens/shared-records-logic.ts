// What an advocate sees of the person's incident log and risk screenings, without the DOM: the
// words for one shared incident (when, what kind, where, what was said or done, corrections and
// files kept on the person's computer) and the section's fixed wording. The person shares these
// read-only: nothing here offers a way to change them.

import type { Behaviour, IncidentFields, SharedIncident } from "../api";
import { formatLocalDateTime, formatTime, sameLocalDay } from "../dates";
import { message, t } from "../i18n";
import { kindLabel } from "../labels";

/**
 * The heading of the read-only section in an open case: the English wording of
 * `shared-records-heading` (what the tests compare with); the section shows it in the language in use.
 */
export const SHARED_HEADING = "Shared by the person (read-only)";

/**
 * Shown in the list while the person shares nothing of this kind: the English wording of
 * `shared-records-empty` (what the tests compare with); the section shows it in the language in use.
 */
export const SHARED_EMPTY = "Nothing shared yet. The person chooses what you can see.";

/** The line under the heading on the incident log screen: a message id (`sharedSection` shows it with `t`). */
export const SHARED_INCIDENTS_LEAD = message("shared-records-incidents-lead");

/** The line under the heading on the risk screen: a message id (`sharedSection` shows it with `t`). */
export const SHARED_SCREENINGS_LEAD = message("shared-records-screenings-lead");

/**
 * What can be said of the person's signatures on what is shown: every entry is as their app
 * signed it, or how many are not, or that none is signed (`signed`: a signed view has come).
 * "" when nothing is shown.
 */
export function checkText(signed: boolean, shown: number, marked: number): string {
  if (shown === 0) return "";
  if (!signed) return t("shared-records-not-signed");
  if (marked > 0) return t("shared-records-unchecked", { count: marked });
  return t("shared-records-signed");
}

/** The four behaviours in words, by their codes (message ids, shown with `t`). */
const BEHAVIOUR_LABELS: Record<Behaviour, string> = {
  Fixated: message("shared-records-behaviour-fixated"),
  Obsessed: message("shared-records-behaviour-obsessed"),
  Unwanted: message("shared-records-behaviour-unwanted"),
  Repeated: message("shared-records-behaviour-repeated"),
};

/** When it happened: "Sat 5 Jul 2025, 14:05", or a span ("… 14:05 to 15:30", or two full dates). */
export function occurredText(f: Pick<IncidentFields, "occurred_at" | "occurred_until">): string {
  const from = formatLocalDateTime(f.occurred_at);
  if (!f.occurred_until) return from;
  const a = new Date(f.occurred_at);
  const b = new Date(f.occurred_until);
  const sameDay = !Number.isNaN(a.getTime()) && !Number.isNaN(b.getTime()) && sameLocalDay(a, b);
  return t("shared-records-span", {
    from,
    until: sameDay ? formatTime(f.occurred_until) : formatLocalDateTime(f.occurred_until),
  });
}

/** "Corrected once", "Corrected 3 times"; null for an entry never corrected (revision 1). */
export function correctedText(revision: number): string | null {
  const n = revision - 1;
  if (n < 1) return null;
  return t("shared-records-corrected", { count: n });
}

/** "1 file kept on their computer", "3 files …"; null when nothing was attached. */
export function filesText(count: number, shown = 0): string | null {
  const kept = Math.max(0, count - shown);
  if (shown === 0) return kept > 0 ? t("shared-records-files-kept", { count: kept }) : null;
  return kept > 0 ? t("shared-records-files-shown-and-kept", { shown, kept }) : t("shared-records-files-shown", { count: shown });
}

/** "Crime reference: 123 · Officer: PC Smith"; null when neither was written down. */
export function policeText(police: IncidentFields["police"]): string | null {
  const parts: string[] = [];
  if (police.crime_reference.trim()) {
    parts.push(t("shared-records-crime-reference", { reference: police.crime_reference.trim() }));
  }
  if (police.officer.trim()) parts.push(t("shared-records-officer", { officer: police.officer.trim() }));
  return parts.length > 0 ? parts.join(" · ") : null;
}

/** "Fixated, Repeated"; null when none was ticked. A code this app does not know shows as it is. */
export function behavioursText(behaviours: readonly Behaviour[]): string | null {
  const label = (b: Behaviour) => {
    const id = BEHAVIOUR_LABELS[b] as string | undefined;
    return id ? t(id) : b;
  };
  return behaviours.length > 0 ? behaviours.map(label).join(", ") : null;
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
      [t("shared-records-appearance"), f.perpetrator_appearance],
      [t("shared-records-vehicle"), f.vehicle],
      [t("shared-records-witnesses"), f.witnesses],
      [t("shared-records-impact"), f.impact_on_victim],
      [t("shared-records-daily-life"), f.impact_on_daily_life],
      [t("shared-records-also-told"), f.reported_to],
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
    written: t("shared-records-first-written", { when: formatLocalDateTime(i.first_recorded_at) }),
    corrected: corrected
      ? t("shared-records-corrected-last", { corrected, when: formatLocalDateTime(i.recorded_at) })
      : null,
    files: filesText(i.attachment_count, i.files.length),
    more,
  };
}
