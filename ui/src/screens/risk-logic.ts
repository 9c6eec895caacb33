// Pure helpers for the risk picture screen: turning the form into answers, the words shown for a
// level or a trend, and comparing two screenings (dates come from ../dates). No DOM here, so all of it is unit-tested.
// The wording is deliberately calm: this is a prompt to talk to someone, never a verdict.

import type {
  Escalation,
  Patterns,
  RiskAnswer,
  RiskAnswered,
  RiskLevel,
  RiskQuestion,
  RiskScreening,
} from "../api";
import { formatDate, formatTime, plural } from "../dates";

/** The three answers, in the order they are offered, with their words. */
export const RISK_ANSWERS: readonly (readonly [RiskAnswer, string])[] = [
  ["No", "No"],
  ["NotSure", "Not sure"],
  ["Yes", "Yes"],
];

export function answerLabel(answer: RiskAnswer): string {
  return RISK_ANSWERS.find(([a]) => a === answer)?.[1] ?? answer;
}

function isRiskAnswer(value: unknown): value is RiskAnswer {
  return RISK_ANSWERS.some(([a]) => a === value);
}

/** The radio group's name for a question; also the prefix of its radios' ids. */
export function radioName(code: string): string {
  return `risk-q-${code}`;
}

/** The id of one radio, e.g. `risk-q-threats-NotSure`. */
export function radioId(code: string, answer: RiskAnswer): string {
  return `${radioName(code)}-${answer}`;
}

/**
 * The answers chosen in the form, in question order. `entries` are name/value pairs as a FormData
 * gives them; questions left unanswered (and anything that is not one of our radios) are left out.
 */
export function collectAnswers(
  questions: readonly RiskQuestion[],
  entries: Iterable<readonly [string, unknown]>,
): RiskAnswered[] {
  const chosen = new Map<string, RiskAnswer>();
  for (const [name, value] of entries) {
    if (isRiskAnswer(value)) chosen.set(name, value);
  }
  const out: RiskAnswered[] = [];
  for (const q of questions) {
    const answer = chosen.get(radioName(q.code));
    if (answer) out.push({ code: q.code, answer });
  }
  return out;
}

/** Questions grouped under their area, keeping the order they are asked in. */
export function groupByArea(questions: readonly RiskQuestion[]): { area: string; questions: RiskQuestion[] }[] {
  const groups: { area: string; questions: RiskQuestion[] }[] = [];
  for (const q of questions) {
    const group = groups.find((g) => g.area === q.area);
    if (group) group.questions.push(q);
    else groups.push({ area: q.area, questions: [q] });
  }
  return groups;
}

// ---- Levels ----

const LEVEL_WORDS: Record<RiskLevel, string> = {
  Lower: "Fewer concerns",
  Raised: "Some concerns",
  High: "Serious concerns",
};

const LEVEL_ORDER: Record<RiskLevel, number> = { Lower: 0, Raised: 1, High: 2 };

/** Softer words for the level than the raw "Lower / Raised / High". */
export function levelLabel(level: RiskLevel): string {
  return LEVEL_WORDS[level];
}

const HELPLINE =
  "The National Stalking Helpline (0808 802 0300, weekdays 09:30–16:00, Wednesdays 13:00–16:00)";

/** What is said after a set of answers; `offerHelp` shows the "Get help" button with it. */
export function levelMessage(level: RiskLevel): { text: string; offerHelp: boolean } {
  switch (level) {
    case "High":
      return {
        text:
          "Some of your answers are ones advocates take very seriously. You do not have to deal " +
          `with this alone. ${HELPLINE} or your IDVA can talk it through with you and help you ` +
          "plan. If you are in danger now, call 999. If you can't speak, call 999 from a mobile " +
          "and press 55 when asked.",
        offerHelp: true,
      };
    case "Raised":
      return {
        text:
          "Some of your answers are things an advocate would want to know about. You do not " +
          `have to deal with this alone. ${HELPLINE} or your IDVA can talk it through with you. ` +
          "If you are in danger now, call 999.",
        offerHelp: true,
      };
    case "Lower":
      return {
        text: "Thank you. Things can change, so it can help to come back to this now and then.",
        offerHelp: false,
      };
  }
}

export function yesCountText(n: number): string {
  return n === 0 ? "No yes answers" : plural(n, "yes answer", "yes answers");
}

// ---- Change since last time ----

export interface ScreeningChange {
  level: "up" | "down" | "same";
  /** Codes answered "yes" now that were not "yes" last time (in question order). */
  nowYes: string[];
  /** Codes that were "yes" last time and are not now. */
  noLongerYes: string[];
  /** Any answer differs (including answered / left out). */
  anyDifference: boolean;
}

/** How `current` differs from the screening before it. */
export function compareScreenings(previous: RiskScreening, current: RiskScreening): ScreeningChange {
  const before = new Map(previous.answers.map((a) => [a.code, a.answer]));
  const now = new Map(current.answers.map((a) => [a.code, a.answer]));
  // Question order as the screenings hold it; codes only in the older one follow.
  const codes = [...new Set([...current.answers.map((a) => a.code), ...previous.answers.map((a) => a.code)])];
  const nowYes = codes.filter((c) => now.get(c) === "Yes" && before.get(c) !== "Yes");
  const noLongerYes = codes.filter((c) => before.get(c) === "Yes" && now.get(c) !== "Yes");
  const diff = LEVEL_ORDER[current.level] - LEVEL_ORDER[previous.level];
  return {
    level: diff > 0 ? "up" : diff < 0 ? "down" : "same",
    nowYes,
    noLongerYes,
    anyDifference: codes.some((c) => before.get(c) !== now.get(c)),
  };
}

/**
 * One plain sentence (or two) about what changed since the screening before. `whose` is "your"
 * for the person's own answers, "their" for an advocate reading what the person shares.
 */
export function describeChange(
  previous: RiskScreening,
  current: RiskScreening,
  whose: "your" | "their" = "your",
): string {
  const change = compareScreenings(previous, current);
  // Two on the same day are told apart by the time.
  const day = formatDate(previous.taken_at);
  const since =
    day === formatDate(current.taken_at) ? `Since ${day} at ${formatTime(previous.taken_at)}` : `Since ${day}`;
  if (!change.anyDifference) return `${since}: ${whose} answers are the same.`;
  const parts: string[] = [];
  if (change.level !== "same") {
    parts.push(
      `the overall picture has moved from ${levelLabel(previous.level).toLowerCase()} to ` +
        `${levelLabel(current.level).toLowerCase()}`,
    );
  }
  if (change.nowYes.length > 0) {
    parts.push(`${plural(change.nowYes.length, "answer has", "answers have")} changed to yes`);
  }
  if (change.noLongerYes.length > 0) {
    parts.push(`${plural(change.noLongerYes.length, "answer is", "answers are")} no longer yes`);
  }
  if (parts.length === 0) parts.push("some answers changed, though none to or from yes");
  return `${since}: ${joinWords(parts)}.`;
}

function joinWords(parts: string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

// ---- Patterns ----

/** "12 incidents over 9 weeks", or null when there are none yet (the screen shows its empty state). */
export function patternSummary(p: Pick<Patterns, "total" | "span_weeks" | "first">): string | null {
  if (p.total === 0) return null;
  if (p.total === 1) return p.first ? `1 incident so far, on ${formatDate(p.first)}.` : "1 incident so far.";
  const weeks = Math.max(1, p.span_weeks);
  const base = `${plural(p.total, "incident", "incidents")} over ${plural(weeks, "week", "weeks")}`;
  return p.first ? `${base}, the first on ${formatDate(p.first)}.` : `${base}.`;
}

export type Trend = "rising" | "steady" | "falling" | "unknown";

/** The escalation line, or null when there is nothing to say. Only "rising" offers next steps. */
export function escalationNote(escalation: Escalation, total: number): { trend: Trend; text: string | null } {
  if (escalation === "TooFewToSay") {
    return {
      trend: "unknown",
      text: total > 0 ? "There are not enough entries yet to say whether things are changing." : null,
    };
  }
  const incidents = (n: number) => plural(n, "incident", "incidents");
  if ("Rising" in escalation) {
    const { recent, before } = escalation.Rising;
    return {
      trend: "rising",
      text:
        `In the last four weeks there ${recent === 1 ? "was" : "were"} ${incidents(recent)}, up ` +
        `from ${before} in the four weeks before. Things happening more often is something ` +
        "advocates take seriously. It may help to look over your safety plan or talk to your advocate.",
    };
  }
  if ("Falling" in escalation) {
    const { recent, before } = escalation.Falling;
    return {
      trend: "falling",
      text:
        `In the last four weeks there ${recent === 1 ? "was" : "were"} ${incidents(recent)}, ` +
        `fewer than the ${before} in the four weeks before. Things can change, so it still helps ` +
        "to write things down when they happen.",
    };
  }
  const { recent, before } = escalation.Steady;
  return {
    trend: "steady",
    text:
      `In the last four weeks there ${recent === 1 ? "was" : "were"} ${incidents(recent)}, about ` +
      `the same as the four weeks before (${before}).`,
  };
}
