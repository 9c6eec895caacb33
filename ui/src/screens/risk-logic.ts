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
import { formatDate, formatDay, formatTime } from "../dates";
import { locale, message, t } from "../i18n";

/** The three answers, in the order they are offered, with the message id of their words (shown with `answerLabel`). */
/** In the order of the published forms (Yes, No, then not known), so copying across is easy. */
export const RISK_ANSWERS: readonly (readonly [RiskAnswer, string])[] = [
  ["Yes", message("risk-answer-yes")],
  ["No", message("risk-answer-no")],
  ["NotSure", message("risk-answer-not-known")],
];

export function answerLabel(answer: RiskAnswer): string {
  const id = RISK_ANSWERS.find(([a]) => a === answer)?.[1];
  return id ? t(id) : answer;
}

// ---- The questions' words ----
// Rust sends each question with its English wording; the words shown come from the messages,
// found by the question's stable code (and an area by its English heading). Anything not known
// here (a question added later) shows as Rust sends it.

const QUESTION_TEXT: Readonly<Record<string, string>> = {
  // Domestic abuse (the areas of the DASH checklist, questions 1 to 24).
  "da-injury": message("risk-q-da-injury"),
  "da-frightened": message("risk-q-da-frightened"),
  "da-afraid-of": message("risk-q-da-afraid-of"),
  "da-isolated": message("risk-q-da-isolated"),
  "da-low-mood": message("risk-q-da-low-mood"),
  "da-separation": message("risk-q-da-separation"),
  "da-child-contact": message("risk-q-da-child-contact"),
  "da-stalking": message("risk-q-da-stalking"),
  "da-pregnancy": message("risk-q-da-pregnancy"),
  "da-more-often": message("risk-q-da-more-often"),
  "da-worse": message("risk-q-da-worse"),
  "da-control": message("risk-q-da-control"),
  "da-weapon": message("risk-q-da-weapon"),
  "da-threat-to-kill": message("risk-q-da-threat-to-kill"),
  "da-strangling": message("risk-q-da-strangling"),
  "da-sexual": message("risk-q-da-sexual"),
  "da-other-threat": message("risk-q-da-other-threat"),
  "da-hurt-others": message("risk-q-da-hurt-others"),
  "da-animals": message("risk-q-da-animals"),
  "da-money": message("risk-q-da-money"),
  "da-their-problems": message("risk-q-da-their-problems"),
  "da-their-suicide": message("risk-q-da-their-suicide"),
  "da-broken-terms": message("risk-q-da-broken-terms"),
  "da-police": message("risk-q-da-police"),
  // Stalking and harassment (the areas of the S-DASH, questions 1 to 11).
  "st-frightened": message("risk-q-st-frightened"),
  "st-history": message("risk-q-st-history"),
  "st-damage": message("risk-q-st-damage"),
  "st-turns-up": message("risk-q-st-turns-up"),
  "st-follows": message("risk-q-st-follows"),
  "st-threats": message("risk-q-st-threats"),
  "st-third-parties": message("risk-q-st-third-parties"),
  "st-violent-to-others": message("risk-q-st-violent-to-others"),
  "st-helpers": message("risk-q-st-helpers"),
  "st-drink-drugs": message("risk-q-st-drink-drugs"),
  "st-violent-before": message("risk-q-st-violent-before"),
  // The earlier questions: no longer asked, but their answers are still shown.
  weekly: message("risk-q-weekly"),
  worse: message("risk-q-worse"),
  "long-running": message("risk-q-long-running"),
  threats: message("risk-q-threats"),
  "threat-to-kill": message("risk-q-threat-to-kill"),
  violence: message("risk-q-violence"),
  weapon: message("risk-q-weapon"),
  "third-parties": message("risk-q-third-parties"),
  "turns-up": message("risk-q-turns-up"),
  damage: message("risk-q-damage"),
  tracking: message("risk-q-tracking"),
  fear: message("risk-q-fear"),
  "changed-life": message("risk-q-changed-life"),
  "order-breach": message("risk-q-order-breach"),
  "former-partner": message("risk-q-former-partner"),
};

/** The area headings of the two screenings offered, by the English heading Rust sends. */
const AREA_WORDS: Readonly<Record<string, string>> = {
  "You, and how you are": message("risk-area-you"),
  "Your situation": message("risk-area-situation"),
  "What they do": message("risk-area-what-they-do"),
  "Other people, animals and money": message("risk-area-others-animals-money"),
  "About them": message("risk-area-about-them"),
  "How you feel": message("risk-area-how-you-feel"),
  "What has happened": message("risk-area-what-has-happened"),
  "Other people": message("risk-area-other-people"),
};

/** A question's words in the language in use (by its code), or as Rust sent them. */
export function questionText(q: Pick<RiskQuestion, "code" | "text">): string {
  const id = Object.hasOwn(QUESTION_TEXT, q.code) ? QUESTION_TEXT[q.code] : undefined;
  return id ? t(id) : q.text;
}

/** An area heading in the language in use, or as Rust sent it. */
export function areaLabel(area: string): string {
  const id = Object.hasOwn(AREA_WORDS, area) ? AREA_WORDS[area] : undefined;
  return id ? t(id) : area;
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

/** Message ids of each screening's name and of its choice (with how many questions it asks). */
const INSTRUMENT_WORDS: Record<Instrument, { name: string; choice: string; questions: number; published: string }> = {
  DomesticAbuse: {
    name: message("risk-instrument-domestic-abuse"),
    choice: message("risk-instrument-domestic-abuse-choice"),
    questions: 24,
    published: "DASH",
  },
  Stalking: {
    name: message("risk-instrument-stalking"),
    choice: message("risk-instrument-stalking-choice"),
    questions: 11,
    published: "S-DASH",
  },
  Earlier: { name: message("risk-instrument-earlier"), choice: "", questions: 0, published: "" },
};

export function instrumentName(instrument: Instrument): string {
  return t(INSTRUMENT_WORDS[instrument].name);
}

export function instrumentChoice(instrument: Instrument): string {
  const words = INSTRUMENT_WORDS[instrument];
  return words.choice ? t(words.choice, { count: words.questions }) : "";
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
  Ungraded: message("risk-level-not-graded"),
  Lower: message("risk-level-fewer-concerns"),
  Raised: message("risk-level-some-concerns"),
  High: message("risk-level-serious-concerns"),
};

/** Practice's words for the DASH and S-DASH screenings. */
const PRACTICE_WORDS: Record<RiskLevel, string> = {
  Ungraded: message("risk-level-not-graded"),
  Lower: message("risk-level-standard"),
  Raised: message("risk-level-medium"),
  High: message("risk-level-high"),
};

const LEVEL_ORDER: Record<RiskLevel, number> = { Ungraded: 0, Lower: 1, Raised: 2, High: 3 };

/** The level in words: soft ones for the earlier questions, practice's for the others. */
export function levelLabel(level: RiskLevel, instrument: Instrument = "Earlier"): string {
  return t((instrument === "Earlier" ? EARLIER_WORDS : PRACTICE_WORDS)[level]);
}

/** The level in words inside a sentence ("The advocate's judgement: high."). */
function levelInSentence(level: RiskLevel, instrument: Instrument = "Earlier"): string {
  return levelLabel(level, instrument).toLocaleLowerCase(locale());
}

// Phone numbers and hours go into the sentences as they are (kept in their own order in a
// right-to-left language).
function stalkingHelpline(): string {
  return t("risk-helpline-stalking", { phone: "0808 802 0300", weekdays: "09:30–16:00", wednesdays: "13:00–16:00" });
}

function domesticAbuseHelpline(): string {
  return t("risk-helpline-domestic-abuse", { phone: "0808 2000 247" });
}

/** What is said after a set of the earlier questions; `offerHelp` shows the "Get help" button with it. */
export function levelMessage(level: RiskLevel): { text: string; offerHelp: boolean } {
  switch (level) {
    case "High":
      return {
        text: `${t("risk-level-high-message", { helpline: stalkingHelpline() })} ${t("risk-in-danger")}`,
        offerHelp: true,
      };
    case "Raised":
      return {
        text: t("risk-level-raised-message", { helpline: stalkingHelpline() }),
        offerHelp: true,
      };
    case "Lower":
    case "Ungraded":
      return {
        text: t("risk-thanks"),
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
  const helpline = s.instrument === "Stalking" ? stalkingHelpline() : domesticAbuseHelpline();
  const parts: string[] = [];
  const judgement = s.sign_off.judgement;
  const counted = s.threshold !== null && s.yes_count >= s.threshold;
  const serious = counted || judgement?.level === "High" || seriousYes(s, questions);
  if (counted) {
    parts.push(
      t("risk-screening-count-reached", { yes: s.yes_count, total: s.question_count, threshold: s.threshold ?? 0 }),
    );
  }
  if (judgement) {
    parts.push(t("risk-screening-judgement", { level: levelInSentence(judgement.level, s.instrument) }));
  } else if (!counted && seriousYes(s, questions)) {
    parts.push(t("risk-screening-serious"));
  } else if (!counted && s.yes_count > 0) {
    parts.push(t("risk-screening-some"));
  }
  if (parts.length === 0) {
    return {
      text: t("risk-thanks"),
      offerHelp: false,
    };
  }
  const referred = s.sign_off.marac_referred_on;
  if (referred) parts.push(t("risk-referred-on", { date: formatDay(referred) }));
  else if (s.marac_reasons.length > 0) parts.push(t("risk-screening-meets-criteria"));
  if (s.sign_off.completed_by === "Alone" && s.marac_reasons.length > 0) {
    parts.push(t("risk-screening-explain-referral", { helpline }));
  } else {
    parts.push(t("risk-screening-not-alone", { helpline }));
  }
  // When it reads as serious, what to do in danger comes first.
  const inDanger = t("risk-in-danger");
  if (serious) parts.unshift(inDanger);
  else parts.push(inDanger);
  return { text: parts.join(" "), offerHelp: true };
}

/** What an advocate sees after keeping a screening in a case: the facts, without the helpline pitch. */
export function screeningFacts(s: RiskScreening): string {
  if (s.instrument === "Earlier") return t("risk-facts-earlier", { level: levelLabel(s.level), yes: yesCountText(s.yes_count) });
  return [t("risk-facts", { level: levelLabel(s.level, s.instrument), yes: yesOfText(s) }), ...signOffLines(s, "their")].join(" ");
}

/** "5 of 24 yes" for the DASH and S-DASH screenings; the earlier set says its count in words. */
export function yesOfText(s: Pick<RiskScreening, "instrument" | "yes_count" | "question_count">): string {
  if (s.instrument === "Earlier" || s.question_count === 0) return yesCountText(s.yes_count);
  return t("risk-yes-of", { yes: s.yes_count, total: s.question_count });
}

const MARAC_WORDS = {
  Count: message("risk-marac-reason-count"),
  Judgement: message("risk-marac-reason-judgement"),
  Escalation: message("risk-marac-reason-escalation"),
} as const;

/** The lines about who did a screening and what the advocate decided, in the order shown. */
export function signOffLines(s: RiskScreening, whose: "your" | "their" = "your"): string[] {
  if (s.instrument === "Earlier") return [];
  const o = s.sign_off;
  const lines: string[] = [];
  const doneOn = formatDay(s.completed_on);
  if (o.completed_by === "Alone") {
    lines.push(whose === "your" ? t("risk-done-alone-your", { date: doneOn }) : t("risk-done-alone-their", { date: doneOn }));
  } else if (o.advocate) {
    lines.push(
      whose === "your"
        ? t("risk-done-with-your-advocate-named", { date: doneOn, advocate: o.advocate })
        : t("risk-done-with-their-advocate-named", { date: doneOn, advocate: o.advocate }),
    );
  } else {
    lines.push(
      whose === "your" ? t("risk-done-with-your-advocate", { date: doneOn }) : t("risk-done-with-their-advocate", { date: doneOn }),
    );
  }
  if (s.threshold !== null) {
    lines.push(
      s.yes_count >= s.threshold
        ? t("risk-count-line-reached", { threshold: s.threshold })
        : t("risk-count-line-not-reached", { threshold: s.threshold }),
    );
  }
  if (o.judgement) {
    const level = levelInSentence(o.judgement.level, s.instrument);
    lines.push(
      o.judgement.refer_to_marac
        ? t("risk-judgement-line-referring", { level, reason: o.judgement.reason })
        : t("risk-judgement-line", { level, reason: o.judgement.reason }),
    );
  }
  if (o.escalation) lines.push(t("risk-escalation-line"));
  if (s.marac_reasons.length > 0) {
    const words = joinList(s.marac_reasons.map((r) => t(MARAC_WORDS[r])));
    lines.push(t("risk-marac-criteria-met", { criteria: words }));
  }
  if (o.marac_referred_on) lines.push(t("risk-referred-on", { date: formatDay(o.marac_referred_on) }));
  if (o.review_on) lines.push(t("risk-next-review-line", { date: formatDay(o.review_on) }));
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
    return { problem: t("risk-problem-done-on-missing"), at: "completed" };
  }
  if (doneOn > today) return { problem: t("risk-problem-done-on-future"), at: "completed" };
  if (!input.withAdvocate) {
    return {
      signOff: { completed_by: "Alone", advocate: "", judgement: null, escalation: false, marac_referred_on: null, review_on: null },
    };
  }
  let judgement: Judgement | null = null;
  if (input.judgement) {
    if (!input.reason.trim()) {
      return { problem: t("risk-problem-reason-missing"), at: "reason" };
    }
    judgement = { level: input.judgement, refer_to_marac: input.referToMarac, reason: input.reason.trim() };
  } else if (input.referToMarac) {
    return { problem: t("risk-problem-judgement-missing"), at: "judgement" };
  }
  if (input.maracOn && input.maracOn < doneOn) {
    return { problem: t("risk-problem-marac-before-screening"), at: "marac" };
  }
  if (input.maracOn && input.maracOn > today) {
    return { problem: t("risk-problem-marac-future"), at: "marac" };
  }
  if (input.reviewOn && input.reviewOn <= doneOn) {
    return { problem: t("risk-problem-review-too-early"), at: "review" };
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
  return t("risk-yes-count", { count: n });
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
    day === formatDate(current.taken_at)
      ? t("risk-change-since-time", { date: day, time: formatTime(previous.taken_at) })
      : t("risk-change-since", { date: day });
  if (!change.anyDifference) {
    return whose === "your" ? t("risk-change-same-your", { since }) : t("risk-change-same-their", { since });
  }
  const parts: string[] = [];
  if (change.level !== "same") {
    parts.push(
      t("risk-change-level", {
        from: levelInSentence(previous.level, previous.instrument),
        to: levelInSentence(current.level, current.instrument),
      }),
    );
  }
  if (change.nowYes.length > 0) {
    parts.push(t("risk-change-now-yes", { count: change.nowYes.length }));
  }
  if (change.noLongerYes.length > 0) {
    parts.push(t("risk-change-no-longer-yes", { count: change.noLongerYes.length }));
  }
  if (parts.length === 0) parts.push(t("risk-change-other"));
  return t("risk-change", { since, changes: joinWords(parts) });
}

/** "a, b and c" in the language in use. */
function joinWords(parts: string[]): string {
  const last = parts[parts.length - 1];
  if (parts.length <= 1 || last === undefined) return parts.join("");
  return t("risk-join-and", { first: joinList(parts.slice(0, -1)), last });
}

/** "a, b, c" in the language in use. */
function joinList(parts: string[]): string {
  return parts.reduce((first, next) => t("risk-join-comma", { first, next }));
}

// ---- Patterns ----

/** "12 incidents over 9 weeks", or null when there are none yet (the screen shows its empty state). */
export function patternSummary(p: Pick<Patterns, "total" | "span_weeks" | "first">): string | null {
  if (p.total === 0) return null;
  if (p.total === 1) return p.first ? t("risk-pattern-one-on", { date: formatDate(p.first) }) : t("risk-pattern-one");
  const weeks = Math.max(1, p.span_weeks);
  return p.first
    ? t("risk-pattern-summary-first", { count: p.total, weeks, date: formatDate(p.first) })
    : t("risk-pattern-summary", { count: p.total, weeks });
}

export type Trend = "rising" | "steady" | "falling" | "unknown";

/** The escalation line, or null when there is nothing to say. Only "rising" offers next steps. */
export function escalationNote(escalation: Escalation, total: number): { trend: Trend; text: string | null } {
  if (escalation === "TooFewToSay") {
    return {
      trend: "unknown",
      text: total > 0 ? t("risk-trend-too-few") : null,
    };
  }
  if ("Rising" in escalation) {
    const { recent, before } = escalation.Rising;
    return {
      trend: "rising",
      text: t("risk-trend-rising", { recent, before }),
    };
  }
  if ("Falling" in escalation) {
    const { recent, before } = escalation.Falling;
    return {
      trend: "falling",
      text: t("risk-trend-falling", { recent, before }),
    };
  }
  const { recent, before } = escalation.Steady;
  return {
    trend: "steady",
    text: t("risk-trend-steady", { recent, before }),
  };
}
