// Words for orders and the people they are against: kinds, titles, reminders, and the labels the
// incident form and the log's filters use. No DOM here, so it is unit-tested.

import type { CourtOrder, OrderKind, OrderReminder } from "../api";
import { formatDay } from "../dates";
import { message, t } from "../i18n";

/** Each kind's message, in the order offered. */
const KIND_MESSAGES: Record<OrderKind, string> = {
  StalkingProtectionOrder: message("people-orders-kind-stalking-protection"),
  NonMolestationOrder: message("people-orders-kind-non-molestation"),
  RestrainingOrder: message("people-orders-kind-restraining"),
  OccupationOrder: message("people-orders-kind-occupation"),
  DomesticAbuseProtectionOrder: message("people-orders-kind-domestic-abuse-protection"),
  DomesticViolenceProtectionOrder: message("people-orders-kind-domestic-violence-protection"),
  BailConditions: message("people-orders-kind-bail"),
  Other: message("people-orders-kind-other"),
};

/**
 * Each kind as Rust names it (in English) in the titles it sends, such as a reminder's: only to
 * read those titles back, never shown as they are.
 */
const RUST_KIND_NAMES: Record<OrderKind, string> = {
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
export const ORDER_KINDS = Object.keys(KIND_MESSAGES) as OrderKind[];

export function orderKindLabel(kind: OrderKind): string {
  return t(KIND_MESSAGES[kind]);
}

function titleOf(kind: OrderKind, reference: string): string {
  return reference ? t("people-orders-title-with-reference", { kind: orderKindLabel(kind), reference }) : orderKindLabel(kind);
}

/** "Non-molestation order, FD25P00123", as Rust names it in entries. */
export function orderTitle(o: Pick<CourtOrder, "fields">): string {
  return titleOf(o.fields.kind, o.fields.reference.trim());
}

/** A title as Rust wrote it ("Non-molestation order, FD1"): its kind and reference, if it reads as one. */
function readRustTitle(title: string): { kind: OrderKind; reference: string } | null {
  for (const kind of ORDER_KINDS) {
    const name = RUST_KIND_NAMES[kind];
    if (title === name) return { kind, reference: "" };
    if (title.startsWith(`${name}, `)) return { kind, reference: title.slice(name.length + 2) };
  }
  return null;
}

/** The reminder for an order that ends soon, or ended in the last week. */
export function reminderText(r: OrderReminder): string {
  const date = formatDay(r.expires_on);
  const read = readRustTitle(r.title);
  // Shown in the language in use; a title that does not read as one is shown as Rust wrote it.
  const title = read ? titleOf(read.kind, read.reference) : r.title;
  // Bail conditions are the police's and the court's: the officer in the case, not a solicitor.
  const who = r.title.startsWith("Bail conditions") ? "officer" : "solicitor";
  if (r.days_left > 1) return t("people-orders-reminder-soon", { title, days: r.days_left, date, who });
  if (r.days_left === 1) return t("people-orders-reminder-tomorrow", { title, date, who });
  if (r.days_left === 0) return t("people-orders-reminder-today", { title, date });
  return t("people-orders-reminder-ended", { title, date });
}
