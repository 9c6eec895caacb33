// The parts of the caseload that need no DOM: checking a case's name before it is sent, the words
// for a case's sharing, and which case is open. The Rust side checks the name again; this only
// catches a slip early and kindly.

import type { CaseRisk, CaseSummary, Caseload, RiskLevel, SharingState } from "../api";
import { formatDay } from "../dates";
import { levelLabel } from "./risk-logic";
import type { Checked } from "./sharing-logic";

/** As the Rust side counts: characters (Unicode scalar values), not UTF-16 units. */
export const CASE_LABEL_MAX = 60;

/** What the advocate calls a case, trimmed: 1 to 60 characters. */
export function checkCaseLabel(text: string): Checked<string> {
  const label = text.trim();
  if (label === "") return { ok: false, message: "Please type what you call this case, such as their initials." };
  const length = [...label].length;
  if (length > CASE_LABEL_MAX) {
    return {
      ok: false,
      message: `Please keep it to ${CASE_LABEL_MAX} characters or fewer (this is ${length}). Initials are enough.`,
    };
  }
  return { ok: true, value: label };
}

const SHARING_WORDS = {
  off: "Not paired yet",
  on: "Sharing on",
  ended: "Sharing ended",
} as const satisfies Record<SharingState, string>;

/** A case's sharing in words: "Not paired yet", "Sharing on" or "Sharing ended". */
export function caseSharingText(state: SharingState): string {
  return SHARING_WORDS[state];
}

/** The open case (id and label), or null in the advocate's own space or if it is not listed. */
export function openCaseOf(c: Caseload): { id: string; label: string } | null {
  if (c.open === null) return null;
  const found = c.cases.find((x) => x.id === c.open);
  // Rust says a case is open: it is named even if the list somehow lacks it.
  return { id: c.open, label: found?.label ?? "" };
}

/** The banner's words for the open case: "Case: AB". */
export function caseBannerText(label: string): string {
  return label.trim() === "" ? "Case open" : `Case: ${label}`;
}

export const STOP_SHARING_FIRST =
  "Stop sharing with this person first: open the case, go to Sharing, then choose Stop sharing.";

/** Why a case cannot be removed yet (null: it can). Rust refuses it too while sharing is on. */
export function removeBlockedText(c: Pick<CaseSummary, "sharing">): string | null {
  return c.sharing === "on" ? STOP_SHARING_FIRST : null;
}

/** The question before removing a case. */
export function removeQuestion(label: string): string {
  return (
    `Remove the case “${label}”? This deletes this case's copy from this computer: the plan, ` +
    "contacts and checklists kept for them, and your private notes. It cannot be undone. " +
    "The person's own app is not changed."
  );
}

/** What a saved backup holds of a caseload, after its size: "" when there are no cases. */
export function backupCasesText(cases: number, unreadable = 0): string {
  let text = "";
  if (cases > 0 && unreadable <= 0) {
    text = cases === 1 ? " It includes your 1 case." : ` It includes all ${cases} of your cases.`;
  } else if (cases > 0) {
    text = cases === 1 ? " It includes 1 case." : ` It includes ${cases} cases.`;
  }
  if (unreadable > 0) {
    text +=
      unreadable === 1
        ? " 1 case could not be read (its file may be damaged) and is not in it."
        : ` ${unreadable} cases could not be read (their files may be damaged) and are not in it.`;
  }
  return text;
}

/** What a restore did with a caseload: "" when there were no cases either way. */
export function restoreCasesText(restored: number, kept: number, leftOut = 0): string {
  const parts: string[] = [];
  if (restored > 0) parts.push(restored === 1 ? "1 case came back from it" : `${restored} cases came back from it`);
  if (kept > 0) {
    parts.push(
      kept === 1
        ? "1 case added since the backup was kept as it was"
        : `${kept} cases added since the backup were kept as they were`,
    );
  }
  if (leftOut > 0) {
    parts.push(
      leftOut === 1
        ? "1 case from it could not be put in place and is as it was before"
        : `${leftOut} cases from it could not be put in place and are as they were before`,
    );
  }
  return parts.length === 0 ? "" : ` ${parts.join("; ")}.`;
}

// ---- Each case's risk picture, and sorting by it ----

/** How the caseload can be ordered. */
export type CaseOrder = "added" | "name" | "level" | "marac" | "review";

export const CASE_ORDERS: readonly (readonly [CaseOrder, string])[] = [
  ["added", "When added"],
  ["name", "Name"],
  ["level", "Latest risk level, highest first"],
  ["marac", "MARAC referral, most recent first"],
  ["review", "Next review, soonest first"],
];

/** A calendar day as the app sends it. */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A date only when it reads as YYYY-MM-DD (anything else sorts as missing). */
const day = (d: string | null | undefined): string | null => (d && ISO_DAY.test(d) ? d : null);

const LEVEL_RANK: Record<RiskLevel, number> = { High: 3, Raised: 2, Lower: 1, Ungraded: 0 };

/**
 * The cases in the chosen order. Cases without the thing sorted on come last, in the order they
 * were added; an overdue review sorts first, being soonest.
 */
export function sortCases(cases: readonly CaseSummary[], order: CaseOrder): CaseSummary[] {
  const added = (a: CaseSummary, b: CaseSummary) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id);
  const missingLast = <T>(x: T | null | undefined, y: T | null | undefined, cmp: (x: T, y: T) => number): number | null => {
    if (x == null && y == null) return null;
    if (x == null) return 1;
    if (y == null) return -1;
    return cmp(x, y) || null;
  };
  const by: Record<CaseOrder, (a: CaseSummary, b: CaseSummary) => number> = {
    added,
    name: (a, b) => a.label.localeCompare(b.label, "en", { sensitivity: "base", numeric: true }) || added(a, b),
    level: (a, b) =>
      missingLast(a.risk?.level, b.risk?.level, (x, y) => LEVEL_RANK[y] - LEVEL_RANK[x]) ?? added(a, b),
    marac: (a, b) => missingLast(day(a.risk?.marac_referred_on), day(b.risk?.marac_referred_on), (x, y) => y.localeCompare(x)) ?? added(a, b),
    review: (a, b) => missingLast(day(a.risk?.review_on), day(b.risk?.review_on), (x, y) => x.localeCompare(y)) ?? added(a, b),
  };
  return [...cases].sort(by[order]);
}

const PUBLISHED = { DomesticAbuse: "DASH", Stalking: "S-DASH", Earlier: "earlier questions" } as const;

/** " (due today)", " (overdue)" or "" for a review date (YYYY-MM-DD) seen on `today`. */
function reviewState(review: string, today: string): string {
  if (!ISO_DAY.test(review)) return "";
  if (review === today) return " (due today)";
  return review < today ? " (overdue)" : "";
}


/**
 * A case's risk line, e.g. "Latest risk level: High (DASH, Fri 4 Dec 2026) · MARAC referral:
 * Fri 4 Dec 2026 · Next review: Fri 15 Jan 2027 (due)". `today` is YYYY-MM-DD.
 */
export function caseRiskText(risk: CaseRisk | null, today: string): string {
  if (!risk) return "No risk screening seen yet (opening the case brings its line up to date)";
  const parts = [
    `Latest risk level: ${levelLabel(risk.level, risk.instrument)} (${PUBLISHED[risk.instrument]}, ${formatDay(risk.screened_on)})`,
  ];
  if (risk.marac_referred_on) parts.push(`MARAC referral: ${formatDay(risk.marac_referred_on)}`);
  if (risk.review_on) parts.push(`Next review: ${formatDay(risk.review_on)}${reviewState(risk.review_on, today)}`);
  return parts.join(" · ");
}
