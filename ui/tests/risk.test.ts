import { describe, expect, it } from "vitest";
import type { RiskAnswered, RiskLevel, RiskQuestion, RiskScreening, SignOff } from "../src/api";
import {
  type SignOffInput,
  answerLabel,
  buildSignOff,
  publishedNumber,
  screeningMessage,
  signOffLines,
  yesOfText,
  collectAnswers,
  compareScreenings,
  describeChange,
  escalationNote,
  groupByArea,
  levelLabel,
  levelMessage,
  patternSummary,
  radioId,
  radioName,
  yesCountText,
} from "../src/screens/risk-logic";

const earlier = (code: string, area: string, text: string, serious: boolean): RiskQuestion => ({
  code,
  instrument: "Earlier",
  number: 0,
  area,
  text,
  serious,
});

const QUESTIONS: RiskQuestion[] = [
  earlier("weekly", "How often", "Every week?", false),
  earlier("worse", "How often", "Getting worse?", true),
  earlier("threats", "Threats", "Threatened you?", false),
  earlier("threat-to-kill", "Threats", "Threatened to kill?", true),
  earlier("fear", "How you feel", "Frightened?", true),
];

/** An ISO instant for a local date and time, so the tests pass in any time zone. */
function local(y: number, m: number, d: number, hh = 12, mm = 0): string {
  return new Date(y, m - 1, d, hh, mm).toISOString();
}

function screening(
  answers: [string, RiskAnswered["answer"]][],
  level: RiskLevel,
  takenAt = local(2026, 11, 23),
): RiskScreening {
  return {
    id: `s-${takenAt}`,
    taken_at: takenAt,
    answers: answers.map(([code, answer]) => ({ code, answer })),
    note: "",
    level,
    yes_count: answers.filter(([, a]) => a === "Yes").length,
    instrument: "Earlier",
    completed_on: takenAt.slice(0, 10),
    sign_off: NO_SIGN_OFF,
    question_count: 15,
    threshold: null,
    marac_reasons: [],
    signed_off_at: null,
  };
}

const NO_SIGN_OFF: SignOff = {
  completed_by: "Alone",
  advocate: "",
  judgement: null,
  escalation: false,
  marac_referred_on: null,
  review_on: null,
};

describe("radio names and ids", () => {
  it("are stable and say which question and answer they are", () => {
    expect(radioName("threat-to-kill")).toBe("risk-q-threat-to-kill");
    expect(radioId("threat-to-kill", "NotSure")).toBe("risk-q-threat-to-kill-NotSure");
  });
});

describe("collectAnswers", () => {
  it("keeps question order and leaves unanswered questions out", () => {
    const entries: [string, unknown][] = [
      [radioName("fear"), "Yes"],
      [radioName("weekly"), "NotSure"],
      ["risk-note", "some note text"],
      [radioName("threats"), "No"],
    ];
    expect(collectAnswers(QUESTIONS, entries)).toEqual([
      { code: "weekly", answer: "NotSure" },
      { code: "threats", answer: "No" },
      { code: "fear", answer: "Yes" },
    ]);
  });

  it("gives nothing for an untouched form", () => {
    expect(collectAnswers(QUESTIONS, [["risk-note", ""]])).toEqual([]);
  });

  it("ignores values that are not answers and names that are not questions", () => {
    const entries: [string, unknown][] = [
      [radioName("weekly"), "Maybe"],
      [radioName("unknown-code"), "Yes"],
      ["weekly", "Yes"],
      [radioName("worse"), "Yes"],
    ];
    expect(collectAnswers(QUESTIONS, entries)).toEqual([{ code: "worse", answer: "Yes" }]);
  });

  it("accepts a Map's entries too", () => {
    const chosen = new Map([[radioName("threat-to-kill"), "No"]]);
    expect(collectAnswers(QUESTIONS, chosen)).toEqual([{ code: "threat-to-kill", answer: "No" }]);
  });
});

describe("groupByArea", () => {
  it("groups in asking order", () => {
    const groups = groupByArea(QUESTIONS);
    expect(groups.map((g) => g.area)).toEqual(["How often", "Threats", "How you feel"]);
    expect(groups[1]?.questions.map((q) => q.code)).toEqual(["threats", "threat-to-kill"]);
  });

  it("keeps one group per area even if an area comes back later", () => {
    const qs = [QUESTIONS[0]!, QUESTIONS[2]!, QUESTIONS[1]!];
    expect(groupByArea(qs).map((g) => [g.area, g.questions.length])).toEqual([
      ["How often", 2],
      ["Threats", 1],
    ]);
  });
});

describe("level wording", () => {
  it("uses soft labels", () => {
    expect(levelLabel("Lower")).toBe("Fewer concerns");
    expect(levelLabel("Raised")).toBe("Some concerns");
    expect(levelLabel("High")).toBe("Serious concerns");
  });

  it("points to help, 999 and the Silent Solution for high", () => {
    const m = levelMessage("High");
    expect(m.offerHelp).toBe(true);
    expect(m.text).toMatch(/^Some of your answers are ones advocates take very seriously\./);
    expect(m.text).toContain("0808 802 0300");
    expect(m.text).toContain("call 999");
    expect(m.text).toContain("press 55");
  });

  it("is gentler for raised, and thanks the person for lower", () => {
    expect(levelMessage("Raised").offerHelp).toBe(true);
    expect(levelMessage("Raised").text).toContain("0808 802 0300");
    expect(levelMessage("Raised").text).not.toMatch(/very seriously/);
    expect(levelMessage("Lower")).toEqual({
      text: "Thank you. Things can change, so it can help to come back to this now and then.",
      offerHelp: false,
    });
  });

  it("never uses alarming words", () => {
    for (const level of ["Lower", "Raised", "High"] as const) {
      expect(levelMessage(level).text).not.toMatch(/danger level|high risk|warning|alert/i);
    }
  });

  it("counts yes answers in words", () => {
    expect(yesCountText(0)).toBe("No yes answers");
    expect(yesCountText(1)).toBe("1 yes answer");
    expect(yesCountText(4)).toBe("4 yes answers");
    expect(answerLabel("NotSure")).toBe("Not known");
  });
});

describe("compareScreenings / describeChange", () => {
  const before = screening(
    [
      ["weekly", "Yes"],
      ["threats", "No"],
      ["fear", "NotSure"],
    ],
    "Raised",
    local(2026, 11, 2),
  );

  it("finds answers that changed to yes and away from yes, and the level going up", () => {
    const after = screening(
      [
        ["weekly", "No"],
        ["threats", "Yes"],
        ["fear", "Yes"],
      ],
      "High",
    );
    expect(compareScreenings(before, after)).toEqual({
      level: "up",
      nowYes: ["threats", "fear"],
      noLongerYes: ["weekly"],
      anyDifference: true,
    });
    expect(describeChange(before, after)).toBe(
      "Since Mon 2 Nov 2026: the overall picture has moved from some concerns to serious " +
        "concerns, 2 answers have changed to yes and 1 answer is no longer yes.",
    );
  });

  it("counts a newly answered yes as a change to yes", () => {
    const after = screening(
      [
        ["weekly", "Yes"],
        ["worse", "Yes"],
        ["threats", "No"],
        ["fear", "NotSure"],
      ],
      "Raised",
    );
    const change = compareScreenings(before, after);
    expect(change.nowYes).toEqual(["worse"]);
    expect(change.level).toBe("same");
    expect(describeChange(before, after)).toBe("Since Mon 2 Nov 2026: 1 answer has changed to yes.");
  });

  it("says when the level went down", () => {
    const after = screening([["weekly", "No"]], "Lower");
    expect(compareScreenings(before, after).level).toBe("down");
    expect(describeChange(before, after)).toMatch(/moved from some concerns to fewer concerns/);
  });

  it("says when nothing changed", () => {
    const same = screening(
      before.answers.map((a) => [a.code, a.answer] as [string, RiskAnswered["answer"]]),
      "Raised",
    );
    expect(compareScreenings(before, same).anyDifference).toBe(false);
    expect(describeChange(before, same)).toBe("Since Mon 2 Nov 2026: your answers are the same.");
    // An advocate reading what the person shares.
    expect(describeChange(before, same, "their")).toBe("Since Mon 2 Nov 2026: their answers are the same.");
  });

  it("gives the time when both were on the same day", () => {
    const morning = screening([["weekly", "No"]], "Lower", local(2026, 11, 23, 9, 30));
    const evening = screening([["weekly", "Yes"]], "Lower", local(2026, 11, 23, 20, 0));
    expect(describeChange(morning, evening)).toBe(
      "Since Mon 23 Nov 2026 at 09:30: 1 answer has changed to yes.",
    );
  });

  it("notices changes that do not involve yes", () => {
    const after = screening(
      [
        ["weekly", "Yes"],
        ["threats", "NotSure"],
        ["fear", "NotSure"],
      ],
      "Raised",
    );
    expect(describeChange(before, after)).toBe(
      "Since Mon 2 Nov 2026: some answers changed, though none to or from yes.",
    );
  });
});

describe("patternSummary", () => {
  it("is null when there is nothing yet (the screen shows its empty state)", () => {
    expect(patternSummary({ total: 0, span_weeks: 0, first: null })).toBeNull();
  });

  it("says how many over how many weeks", () => {
    expect(patternSummary({ total: 12, span_weeks: 9, first: local(2026, 9, 3) })).toBe(
      "12 incidents over 9 weeks, the first on Thu 3 Sep 2026.",
    );
    expect(patternSummary({ total: 2, span_weeks: 1, first: null })).toBe("2 incidents over 1 week.");
    expect(patternSummary({ total: 1, span_weeks: 1, first: local(2026, 11, 23) })).toBe(
      "1 incident so far, on Mon 23 Nov 2026.",
    );
  });
});

describe("escalationNote", () => {
  it("gives the calm rising note with the numbers", () => {
    const note = escalationNote({ Rising: { recent: 6, before: 2 } }, 8);
    expect(note.trend).toBe("rising");
    expect(note.text).toBe(
      "In the last four weeks there were 6 incidents, up from 2 in the four weeks before. " +
        "Things happening more often is something advocates take seriously. It may help to " +
        "look over your safety plan or talk to your advocate.",
    );
  });

  it("is neutral for steady and falling", () => {
    expect(escalationNote({ Steady: { recent: 1, before: 2 } }, 5)).toEqual({
      trend: "steady",
      text: "In the last four weeks there was 1 incident, about the same as the four weeks before (2).",
    });
    const falling = escalationNote({ Falling: { recent: 2, before: 6 } }, 8);
    expect(falling.trend).toBe("falling");
    expect(falling.text).toMatch(/^In the last four weeks there were 2 incidents, fewer than the 6/);
  });

  it("says little or nothing when there are too few", () => {
    expect(escalationNote("TooFewToSay", 0)).toEqual({ trend: "unknown", text: null });
    expect(escalationNote("TooFewToSay", 2).text).toMatch(/not enough entries yet/);
  });
});

// ---- The DASH and S-DASH screenings ----

const DA: RiskQuestion[] = [
  { code: "da-injury", instrument: "DomesticAbuse", number: 1, area: "You", text: "Hurt?", serious: false },
  { code: "da-strangling", instrument: "DomesticAbuse", number: 15, area: "What they do", text: "Strangle?", serious: true },
];

function practice(over: Partial<RiskScreening> = {}, signOff: Partial<SignOff> = {}): RiskScreening {
  return {
    id: "d1",
    taken_at: local(2026, 12, 4),
    instrument: "DomesticAbuse",
    completed_on: "2026-12-04",
    sign_off: { ...NO_SIGN_OFF, ...signOff },
    answers: [],
    note: "",
    level: "Ungraded",
    yes_count: 0,
    question_count: 24,
    threshold: 14,
    marac_reasons: [],
    signed_off_at: null,
    ...over,
  };
}

describe("practice screenings", () => {
  it("show which published question each covers", () => {
    expect(publishedNumber(DA[1]!)).toBe("DASH 15");
    expect(publishedNumber({ instrument: "Stalking", number: 4 })).toBe("S-DASH 4");
    expect(publishedNumber(QUESTIONS[0]!)).toBe("");
  });

  it("use practice's level words, the earlier set keeps its soft ones", () => {
    expect(levelLabel("Lower", "DomesticAbuse")).toBe("Standard");
    expect(levelLabel("Raised", "Stalking")).toBe("Medium");
    expect(levelLabel("Ungraded", "DomesticAbuse")).toBe("Not graded");
    expect(levelLabel("Lower")).toBe("Fewer concerns");
  });

  it("count yes out of the questions asked", () => {
    expect(yesOfText(practice({ yes_count: 5 }))).toBe("5 of 24 yes");
  });

  it("say the count reached the MARAC threshold, with help and 999", () => {
    const m = screeningMessage(
      practice({ yes_count: 14, level: "High", marac_reasons: ["Count"] }),
      DA,
    );
    expect(m.offerHelp).toBe(true);
    expect(m.text).toMatch(/^If you are in danger now, call 999\./);
    expect(m.text).toContain("14 of 24 answers are yes. 14 or more is the count at which advocates refer");
    expect(m.text).toContain("This meets the criteria for a MARAC referral.");
    // Alone: who can explain a referral, and how to reach one.
    expect(m.text).toContain("An advocate (IDVA) can explain what a referral means");
    expect(m.text).toContain("0808 2000 247");
    expect(m.text).toContain("press 55");
  });

  it("take a serious yes seriously below the count, and never grade it alone", () => {
    const s = practice({ yes_count: 1, answers: [{ code: "da-strangling", answer: "Yes" }] });
    expect(screeningMessage(s, DA).text).toMatch(/^If you are in danger now, call 999\..*Some of your answers are ones advocates take very seriously\./);
    const mild = practice({ yes_count: 1, answers: [{ code: "da-injury", answer: "Yes" }] });
    expect(screeningMessage(mild, DA).text).toMatch(/^Some of your answers are things an advocate/);
    expect(screeningMessage(practice(), DA).offerHelp).toBe(false);
    for (const text of [screeningMessage(s, DA).text, screeningMessage(mild, DA).text]) {
      expect(text).not.toMatch(/danger level|high risk|warning|alert/i);
    }
  });

  it("give the advocate's judgement and the referral date", () => {
    const s = practice(
      { yes_count: 3, level: "High", marac_reasons: ["Judgement"] },
      {
        completed_by: "WithAdvocate",
        advocate: "Sam (IDVA)",
        judgement: { level: "High", refer_to_marac: true, reason: "Strangled after she left." },
        marac_referred_on: "2026-12-04",
        review_on: "2027-01-15",
      },
    );
    expect(screeningMessage(s, DA).text).toMatch(/^If you are in danger now.*The advocate's judgement: high\. Referred to a MARAC on Fri 4 Dec 2026\./);
    // The count reached and a judgement: both said.
    const both = practice({ ...s, yes_count: 14, marac_reasons: ["Count", "Judgement"] }, s.sign_off);
    expect(screeningMessage(both, DA).text).toContain("14 of 24 answers are yes.");
    expect(screeningMessage(both, DA).text).toContain("The advocate's judgement: high.");
    expect(signOffLines(s, "their")).toEqual([
      "Done on Fri 4 Dec 2026, with their advocate, Sam (IDVA).",
      "Count for a MARAC referral (14 or more yes): not reached.",
      "Advocate's judgement: high, referring to a MARAC. Reason: Strangled after she left.",
      "MARAC criteria met: professional judgement.",
      "Referred to a MARAC on Fri 4 Dec 2026.",
      "Next review: Fri 15 Jan 2027.",
    ]);
    expect(signOffLines(practice({ instrument: "Stalking", threshold: null }))).toEqual([
      "Done on Fri 4 Dec 2026, on your own.",
    ]);
  });
});

describe("buildSignOff", () => {
  const input = (over: Partial<SignOffInput> = {}): SignOffInput => ({
    withAdvocate: true,
    advocate: "  Sam ",
    judgement: "High",
    referToMarac: true,
    reason: " strangled ",
    escalation: true,
    maracOn: "2026-12-04",
    reviewOn: "2027-01-15",
    ...over,
  });

  it("builds the advocate's sign-off, trimmed", () => {
    expect(buildSignOff(input(), "2026-12-04", "2026-12-06")).toEqual({
      signOff: {
        completed_by: "WithAdvocate",
        advocate: "Sam",
        judgement: { level: "High", refer_to_marac: true, reason: "strangled" },
        escalation: true,
        marac_referred_on: "2026-12-04",
        review_on: "2027-01-15",
      },
    });
  });

  it("drops everything an advocate gives when the person answered alone", () => {
    expect(buildSignOff(input({ withAdvocate: false }), "2026-12-04", "2026-12-06")).toEqual({ signOff: NO_SIGN_OFF });
  });

  it("says the first problem and where it is", () => {
    const at = (over: Partial<SignOffInput>, done = "2026-12-04") => {
      const r = buildSignOff(input(over), done, "2026-12-06");
      return "problem" in r ? r.at : null;
    };
    expect(at({}, "")).toBe("completed");
    expect(at({}, "2026-12-07")).toBe("completed");
    expect(at({ reason: "  " })).toBe("reason");
    expect(at({ judgement: "" })).toBe("judgement");
    expect(at({ judgement: "", referToMarac: false })).toBeNull();
    expect(at({ maracOn: "2026-12-03" })).toBe("marac");
    expect(at({ maracOn: "2026-12-07" })).toBe("marac");
    expect(at({ reviewOn: "2026-12-04" })).toBe("review");
  });
});
