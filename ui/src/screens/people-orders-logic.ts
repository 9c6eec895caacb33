// Words for orders and the people they are against: kinds, titles, reminders, and the labels the
// incident form and the log's filters use. No DOM here, so it is unit-tested.

import type { CourtOrder, OrderKind, OrderReminder } from "../api";
import { formatDay, plural } from "../dates";

const KIND_WORDS: Record<OrderKind, string> = {
  StalkingProtectionOrder: "Stalking Protection Order",
  NonMolestationOrder: "Non-molestation order",
  RestrainingOrder: "Restraining order",
  OccupationOrder: "Occupation order",
  DomesticAbuseProtectionOrder: "Domestic Abuse Protection Order",
  DomesticViolenceProtectionOrder: "Domestic Violence Protection Order",
  BailConditions: "Bail conditions",
  Other: "Other order or condition",
};

/** In the order offered. */
export const ORDER_KINDS = Object.keys(KIND_WORDS) as OrderKind[];

export function orderKindLabel(kind: OrderKind): string {
  return KIND_WORDS[kind];
}

/** "Non-molestation order, FD25P00123", as Rust names it in entries. */
export function orderTitle(o: Pick<CourtOrder, "fields">): string {
  const reference = o.fields.reference.trim();
  return reference ? `${orderKindLabel(o.fields.kind)}, ${reference}` : orderKindLabel(o.fields.kind);
}

/** The reminder for an order that ends soon, or ended in the last week. */
export function reminderText(r: OrderReminder): string {
  const on = formatDay(r.expires_on);
  // Bail conditions are the police's and the court's: the officer in the case, not a solicitor.
  const who = r.title.startsWith("Bail conditions")
    ? "your advocate or the officer in your case"
    : "your advocate or solicitor";
  if (r.days_left > 1) return `${r.title} ends in ${plural(r.days_left, "day", "days")}, on ${on}. If you need it to go on, talk to ${who} now.`;
  if (r.days_left === 1) return `${r.title} ends tomorrow, ${on}. If you need it to go on, talk to ${who} today.`;
  if (r.days_left === 0) return `${r.title} ends today, ${on}.`;
  return `${r.title} ended on ${on}. If it was renewed, change its end date so the reminder stops.`;
}
