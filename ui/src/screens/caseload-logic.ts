// The parts of the caseload that need no DOM: checking a case's name before it is sent, the words
// for a case's sharing, and which case is open. The Rust side checks the name again; this only
// catches a slip early and kindly.

import type { CaseRisk, CaseSummary, Caseload, RiskLevel, SharingState } from "../api";
import { formatDay } from "../dates";
import { message, t } from "../i18n";
import { levelLabel } from "./risk-logic";
import type { Checked } from "./sharing-logic";

/** As the Rust side counts: characters (Unicode scalar values), not UTF-16 units. */
export const CASE_LABEL_MAX = 60;

/** What the advocate calls a case, trimmed: 1 to 60 characters. */
export function checkCaseLabel(text: string): Checked<string> {
  const label = text.trim();
  if (label === "") return { ok: false, message: t("caseload-label-missing") };
  const length = [...label].length;
  if (length > CASE_LABEL_MAX) {
    return {
      ok: false,
      message: t("caseload-label-too-long", { max: CASE_LABEL_MAX, length }),
    };
  }
  return { ok: true, value: label };
}

const SHARING_WORDS = {
  off: message("caseload-sharing-off"),
  on: message("caseload-sharing-on"),
  ended: message("caseload-sharing-ended"),
} as const satisfies Record<SharingState, string>;

/** A case's sharing in words: "Not paired yet", "Sharing on" or "Sharing ended". */
export function caseSharingText(state: SharingState): string {
  return t(SHARING_WORDS[state]);
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
  return label.trim() === "" ? t("caseload-banner-open") : t("caseload-banner", { label });
}

/** Why a case cannot be removed while sharing is on (in the language in use). */
export function stopSharingFirst(): string {
  return t("caseload-stop-sharing-first");
}

/** Why a case cannot be removed yet (null: it can). Rust refuses it too while sharing is on. */
export function removeBlockedText(c: Pick<CaseSummary, "sharing">): string | null {
  return c.sharing === "on" ? stopSharingFirst() : null;
}

/** The question before removing a case. */
export function removeQuestion(label: string): string {
  return t("caseload-remove-question", { label });
}

/** What a saved backup holds of a caseload, after its size: "" when there are no cases. */
export function backupCasesText(cases: number, unreadable = 0): string {
  let text = "";
  if (cases > 0 && unreadable <= 0) {
    text = ` ${t("caseload-backup-all", { count: cases })}`;
  } else if (cases > 0) {
    text = ` ${t("caseload-backup-some", { count: cases })}`;
  }
  if (unreadable > 0) {
    text += ` ${t("caseload-backup-unreadable", { count: unreadable })}`;
  }
  return text;
}

/** What a restore did with a caseload: "" when there were no cases either way. */
export function restoreCasesText(restored: number, kept: number, leftOut = 0): string {
  const parts: string[] = [];
  if (restored > 0) parts.push(t("caseload-restore-came-back", { count: restored }));
  if (kept > 0) parts.push(t("caseload-restore-kept", { count: kept }));
  if (leftOut > 0) parts.push(t("caseload-restore-left-out", { count: leftOut }));
  return parts.length === 0 ? "" : ` ${t("caseload-restore-sentence", { parts: parts.join(t("caseload-restore-separator")) })}`;
}

// ---- Each case's risk picture, and sorting by it ----

/** How the caseload can be ordered. */
export type CaseOrder = "added" | "name" | "level" | "marac" | "review";

/** Each order and the message id of its words (shown with `t`). */
export const CASE_ORDERS: readonly (readonly [CaseOrder, string])[] = [
  ["added", message("caseload-order-added")],
  ["name", message("caseload-order-name")],
  ["level", message("caseload-order-level")],
  ["marac", message("caseload-order-marac")],
  ["review", message("caseload-order-review")],
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

/** The published screening a case's latest one follows. */
function publishedName(instrument: CaseRisk["instrument"]): string {
  if (instrument === "DomesticAbuse") return "DASH";
  if (instrument === "Stalking") return "S-DASH";
  return t("caseload-published-earlier");
}

/** "due", "overdue" or "" for a review date (YYYY-MM-DD) seen on `today`. */
function reviewState(review: string, today: string): "due" | "overdue" | "" {
  if (!ISO_DAY.test(review)) return "";
  if (review === today) return "due";
  return review < today ? "overdue" : "";
}


/**
 * A case's risk line, e.g. "Latest risk level: High (DASH, Fri 4 Dec 2026) · MARAC referral:
 * Fri 4 Dec 2026 · Next review: Fri 15 Jan 2027 (due)". `today` is YYYY-MM-DD.
 */
export function caseRiskText(risk: CaseRisk | null, today: string): string {
  if (!risk) return t("caseload-risk-none");
  const parts = [
    t("caseload-risk-latest", {
      level: levelLabel(risk.level, risk.instrument),
      published: publishedName(risk.instrument),
      date: formatDay(risk.screened_on),
    }),
  ];
  if (risk.marac_referred_on) parts.push(t("caseload-risk-marac", { date: formatDay(risk.marac_referred_on) }));
  if (risk.review_on) {
    const date = formatDay(risk.review_on);
    const state = reviewState(risk.review_on, today);
    parts.push(
      state === "due"
        ? t("caseload-risk-review-due", { date })
        : state === "overdue"
          ? t("caseload-risk-review-overdue", { date })
          : t("caseload-risk-review", { date }),
    );
  }
  return parts.join(" · ");
}
