// Pure helpers for the risk picture screen: turning the form into answers, the words shown for a
// level or a trend, and comparing two screenings (dates come from ../dates). No DOM here, so all of it is unit-tested.
// The wording is deliberately calm: this is a prompt to talk to someone, never a verdict.

import type {
  Escalation,
  Instrument,
  Judgement,
  Patterns,
  RiskAnswer,
  RiskAnswered,
  RiskLevel,
  RiskQuestion,
  RiskScreening,
  SignOff,
} from "../api";
import { formatDate, formatDay, formatTime, plural } from "../dates";

/** The three answers, in the order they are offered, with their words. */
/** In the order of the published forms (Yes, No, then not known), so copying across is easy. */
export const RISK_ANSWERS: readonly (readonly [RiskAnswer, string])[] = [
  ["Yes", "Yes"],
  ["No", "No"],
  ["NotSure", "Not known"],
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

// ---- Screenings ----

/** The two screenings offered, in the order they are offered. */
export const INSTRUMENTS: readonly Exclude<Instrument, "Earlier">[] = ["DomesticAbuse", "Stalking"];

const INSTRUMENT_WORDS: Record<Instrument, { name: string; choice: string; published: string }> = {
  DomesticAbuse: {
    name: "Domestic abuse screening",
    choice: "Abuse by a partner, ex-partner or family member (24 questions)",
    published: "DASH",
  },
  Stalking: {
    name: "Stalking screening",
    choice: "Stalking or harassment, by anyone (11 questions)",
    published: "S-DASH",
  },
  Earlier: { name: "Risk screening (earlier questions)", choice: "", published: "" },
};

export function instrumentName(instrument: Instrument): string {
  return INSTRUMENT_WORDS[instrument].name;
}

export function instrumentChoice(instrument: Instrument): string {
  return INSTRUMENT_WORDS[instrument].choice;
}

/** "DASH 15": which question of the published checklist a question covers ("" for the earlier set). */
export function publishedNumber(q: Pick<RiskQuestion, "instrument" | "number">): string {
  const name = INSTRUMENT_WORDS[q.instrument].published;
  return name && q.number > 0 ? `${name} ${q.number}` : "";
}

export function questionsOf(questions: readonly RiskQuestion[], instrument: Instrument): RiskQuestion[] {
  return questions.filter((q) => q.instrument === instrument);
}

// ---- Levels ----

const EARLIER_WORDS: Record<RiskLevel, string> = {
  Ungraded: "Not graded",
  Lower: "Fewer concerns",
  Raised: "Some concerns",
  High: "Serious concerns",
};

/** Practice's words for the DASH and S-DASH screenings. */
const PRACTICE_WORDS: Record<RiskLevel, string> = {
  Ungraded: "Not graded",
  Lower: "Standard",
  Raised: "Medium",
  High: "High",
};

const LEVEL_ORDER: Record<RiskLevel, number> = { Ungraded: 0, Lower: 1, Raised: 2, High: 3 };

/** The level in words: soft ones for the earlier questions, practice's for the others. */
export function levelLabel(level: RiskLevel, instrument: Instrument = "Earlier"): string {
  return (instrument === "Earlier" ? EARLIER_WORDS : PRACTICE_WORDS)[level];
}

const HELPLINE =
  "The National Stalking Helpline (0808 802 0300, weekdays 09:30–16:00, Wednesdays 13:00–16:00)";
const DA_HELPLINE = "The National Domestic Abuse Helpline (0808 2000 247, any time)";
const IN_DANGER =
  "If you are in danger now, call 999. If you can't speak, call 999 from a mobile and press 55 when asked.";

/** What is said after a set of the earlier questions; `offerHelp` shows the "Get help" button with it. */
export function levelMessage(level: RiskLevel): { text: string; offerHelp: boolean } {
  switch (level) {
    case "High":
      return {
        text:
          "Some of your answers are ones advocates take very seriously. You do not have to deal " +
          `with this alone. ${HELPLINE} or your IDVA can talk it through with you and help you ` +
          `plan. ${IN_DANGER}`,
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
    case "Ungraded":
      return {
        text: "Thank you. Things can change, so it can help to come back to this now and then.",
        offerHelp: false,
      };
  }
}

/** Whether any "yes" answer is to a question advocates treat as serious on its own. */
export function seriousYes(s: Pick<RiskScreening, "answers">, questions: readonly RiskQuestion[]): boolean {
  return s.answers.some((a) => a.answer === "Yes" && questions.some((q) => q.code === a.code && q.serious));
}

/**
 * What is said after a screening. For the DASH and S-DASH screenings it says the count against
 * the threshold, the advocate's judgement if there is one, and where to turn; never a verdict
 * of its own.
 */
export function screeningMessage(
  s: RiskScreening,
  questions: readonly RiskQuestion[],
): { text: string; offerHelp: boolean } {
  if (s.instrument === "Earlier") return levelMessage(s.level);
  const helpline = s.instrument === "Stalking" ? HELPLINE : DA_HELPLINE;
  const parts: string[] = [];
  const judgement = s.sign_off.judgement;
  const counted = s.threshold !== null && s.yes_count >= s.threshold;
  const serious = counted || judgement?.level === "High" || seriousYes(s, questions);
  if (counted) {
    parts.push(
      `${s.yes_count} of ${s.question_count} answers are yes. ${s.threshold} or more is the count ` +
        "at which advocates refer someone to a MARAC: a meeting where local services plan " +
        "together to keep people safe.",
    );
  }
  if (judgement) {
    parts.push(`The advocate's judgement: ${levelLabel(judgement.level, s.instrument).toLowerCase()}.`);
  } else if (!counted && seriousYes(s, questions)) {
    parts.push("Some of your answers are ones advocates take very seriously.");
  } else if (!counted && s.yes_count > 0) {
    parts.push("Some of your answers are things an advocate would want to know about.");
  }
  if (parts.length === 0) {
    return {
      text: "Thank you. Things can change, so it can help to come back to this now and then.",
      offerHelp: false,
    };
  }
  const referred = s.sign_off.marac_referred_on;
  if (referred) parts.push(`Referred to a MARAC on ${formatDay(referred)}.`);
  else if (s.marac_reasons.length > 0) parts.push("This meets the criteria for a MARAC referral.");
  if (s.sign_off.completed_by === "Alone" && s.marac_reasons.length > 0) {
    parts.push(
      "An advocate (IDVA) can explain what a referral means and talk it through with you. " +
        `${helpline} can put you in touch with one.`,
    );
  } else {
    parts.push(`You do not have to deal with this alone. ${helpline} or your IDVA can talk it through with you.`);
  }
  // When it reads as serious, what to do in danger comes first.
  if (serious) parts.unshift(IN_DANGER);
  else parts.push(IN_DANGER);
  return { text: parts.join(" "), offerHelp: true };
}

/** What an advocate sees after keeping a screening in a case: the facts, without the helpline pitch. */
export function screeningFacts(s: RiskScreening): string {
  if (s.instrument === "Earlier") return `${levelLabel(s.level)}. ${yesCountText(s.yes_count)}.`;
  return [`${levelLabel(s.level, s.instrument)}, ${yesOfText(s)}.`, ...signOffLines(s, "their")].join(" ");
}

/** "5 of 24 yes" for the DASH and S-DASH screenings; the earlier set says its count in words. */
export function yesOfText(s: Pick<RiskScreening, "instrument" | "yes_count" | "question_count">): string {
  if (s.instrument === "Earlier" || s.question_count === 0) return yesCountText(s.yes_count);
  return `${s.yes_count} of ${s.question_count} yes`;
}

const MARAC_WORDS = { Count: "the count", Judgement: "professional judgement", Escalation: "escalation" } as const;

/** The lines about who did a screening and what the advocate decided, in the order shown. */
export function signOffLines(s: RiskScreening, whose: "your" | "their" = "your"): string[] {
  if (s.instrument === "Earlier") return [];
  const o = s.sign_off;
  const lines: string[] = [];
  const doneOn = formatDay(s.completed_on);
  if (o.completed_by === "Alone") {
    lines.push(whose === "your" ? `Done on ${doneOn}, on your own.` : `Done on ${doneOn}, on their own.`);
  } else {
    const who = o.advocate ? `with ${whose} advocate, ${o.advocate}` : `with ${whose} advocate`;
    lines.push(`Done on ${doneOn}, ${who}.`);
  }
  if (s.threshold !== null) {
    const reached = s.yes_count >= s.threshold ? "reached" : "not reached";
    lines.push(`Count for a MARAC referral (${s.threshold} or more yes): ${reached}.`);
  }
  if (o.judgement) {
    const refer = o.judgement.refer_to_marac ? ", referring to a MARAC" : "";
    lines.push(`Advocate's judgement: ${levelLabel(o.judgement.level, s.instrument).toLowerCase()}${refer}. Reason: ${o.judgement.reason}`);
  }
  if (o.escalation) lines.push("Three or more incidents in the past 12 months (escalation).");
  if (s.marac_reasons.length > 0) {
    const words = s.marac_reasons.map((r) => MARAC_WORDS[r]).join(", ");
    lines.push(`MARAC criteria met: ${words}.`);
  }
  if (o.marac_referred_on) lines.push(`Referred to a MARAC on ${formatDay(o.marac_referred_on)}.`);
  if (o.review_on) lines.push(`Next review: ${formatDay(o.review_on)}.`);
  return lines;
}

/** What the sign-off part of the form holds, as typed (dates YYYY-MM-DD or ""). */
export interface SignOffInput {
  withAdvocate: boolean;
  advocate: string;
  /** "" when no judgement is given. */
  judgement: "" | Exclude<RiskLevel, "Ungraded">;
  referToMarac: boolean;
  reason: string;
  escalation: boolean;
  maracOn: string;
  reviewOn: string;
}

/** Which control a sign-off problem is about, so the screen can put focus there. */
export type SignOffProblemAt = "completed" | "judgement" | "reason" | "marac" | "review";

/**
 * The sign-off to send, or the first problem with it (Rust checks the same and has the last
 * word). `doneOn` is the day the screening was done, `today` the computer's date (YYYY-MM-DD).
 */
export function buildSignOff(
  input: SignOffInput,
  doneOn: string,
  today: string,
): { signOff: SignOff } | { problem: string; at: SignOffProblemAt } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(doneOn)) {
    return { problem: "Please give the day the screening was done.", at: "completed" };
  }
  if (doneOn > today) return { problem: "The day it was done is in the future. Please check the date.", at: "completed" };
  if (!input.withAdvocate) {
    return {
      signOff: { completed_by: "Alone", advocate: "", judgement: null, escalation: false, marac_referred_on: null, review_on: null },
    };
  }
  let judgement: Judgement | null = null;
  if (input.judgement) {
    if (!input.reason.trim()) {
      return { problem: "Please give the reason for the judgement: it goes with the screening.", at: "reason" };
    }
    judgement = { level: input.judgement, refer_to_marac: input.referToMarac, reason: input.reason.trim() };
  } else if (input.referToMarac) {
    return { problem: "Choose standard, medium or high for the judgement before referring on it.", at: "judgement" };
  }
  if (input.maracOn && input.maracOn < doneOn) {
    return { problem: "The MARAC referral date is before the screening. Please check it.", at: "marac" };
  }
  if (input.maracOn && input.maracOn > today) {
    return { problem: "The MARAC referral date is in the future. Record it once the referral is made.", at: "marac" };
  }
  if (input.reviewOn && input.reviewOn <= doneOn) {
    return { problem: "The next review should be after the day of the screening.", at: "review" };
  }
  return {
    signOff: {
      completed_by: "WithAdvocate",
      advocate: input.advocate.trim(),
      judgement,
      escalation: input.escalation,
      marac_referred_on: input.maracOn || null,
      review_on: input.reviewOn || null,
    },
  };
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
      `the overall picture has moved from ${levelLabel(previous.level, previous.instrument).toLowerCase()} to ` +
        `${levelLabel(current.level, current.instrument).toLowerCase()}`,
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
