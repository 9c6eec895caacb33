import { describe, expect, it } from "vitest";
import type { ExportDone } from "../src/api";
import {
  MIN_PASSPHRASE_CHARS,
  buildRequest,
  choicesProblem,
  chosenCountText,
  exportResultText,
  formatHappened,
  normaliseDate,
  openPassphraseProblem,
  openResultText,
  passphraseProblem,
  periodProblem,
  PICTURES_LEFT_OUT_TEXT,
  reportResultText,
  shorten,
  tickedAfterLoad,
  type EvidenceChoices,
} from "../src/screens/evidence-logic";
import { formatLocalDateTime } from "../src/dates";

function choices(over: Partial<EvidenceChoices> = {}): EvidenceChoices {
  return {
    from: "",
    until: "",
    shown: { from: null, until: null },
    listedCount: 3,
    incidentIds: ["a", "b"],
    name: "",
    embedImages: true,
    planItemIds: [],
    contactIds: [],
    screeningIds: [],
    profileIds: [],
    orderIds: [],
    ...over,
  };
}

const done = (over: Partial<ExportDone> = {}): ExportDone => ({
  done: true,
  incidents: 0,
  pages: 0,
  files: 0,
  pictures_left_out: false,
  ...over,
});

describe("normaliseDate", () => {
  it("keeps a real YYYY-MM-DD date", () => {
    expect(normaliseDate("2025-07-05")).toBe("2025-07-05");
    expect(normaliseDate(" 2024-02-29 ")).toBe("2024-02-29");
  });
  it.each(["", "   ", "2025-02-30", "2023-02-29", "2025-13-01", "2025-7-5", "05/07/2025", "0000-01-01", "2025-07-05T10:00"])(
    "gives null for %j",
    (text) => {
      expect(normaliseDate(text)).toBeNull();
    },
  );
});

describe("buildRequest", () => {
  it("sends only what was chosen, with a trimmed name", () => {
    expect(
      buildRequest(
        choices({
          from: "2025-01-01",
          until: "2025-03-31",
          incidentIds: ["i2", "i1"],
          name: "  Sam Smith \n",
          embedImages: false,
          planItemIds: ["p1"],
          contactIds: ["c1"],
          screeningIds: ["s1", "s1"],
          profileIds: ["p9"],
          orderIds: ["o1", "o2"],
        }),
      ),
    ).toEqual({
      incident_ids: ["i2", "i1"],
      from: "2025-01-01",
      until: "2025-03-31",
      name: "Sam Smith",
      embed_images: false,
      plan_item_ids: ["p1"],
      contact_ids: ["c1"],
      screening_ids: ["s1"],
      profile_ids: ["p9"],
      order_ids: ["o1", "o2"],
      languages: [],
    });
  });

  it("leaves the period open when the dates are empty", () => {
    const r = buildRequest(choices({ from: "", until: "  " }));
    expect(r.from).toBeNull();
    expect(r.until).toBeNull();
    const onlyStart = buildRequest(choices({ from: "2025-05-01" }));
    expect(onlyStart.from).toBe("2025-05-01");
    expect(onlyStart.until).toBeNull();
  });

  it("never adds plan items or contacts on its own", () => {
    const r = buildRequest(choices());
    expect(r.plan_item_ids).toEqual([]);
    expect(r.contact_ids).toEqual([]);
    expect(r.name).toBe("");
  });

  it("drops repeated ids", () => {
    const r = buildRequest(choices({ incidentIds: ["a", "a", "b"], contactIds: ["c", "c"] }));
    expect(r.incident_ids).toEqual(["a", "b"]);
    expect(r.contact_ids).toEqual(["c"]);
  });
});

describe("periodProblem", () => {
  it("accepts empty, one-sided and ordered periods, and a single day", () => {
    expect(periodProblem("", "")).toBeNull();
    expect(periodProblem("2025-01-01", "")).toBeNull();
    expect(periodProblem("", "2025-01-01")).toBeNull();
    expect(periodProblem("2025-01-01", "2025-01-01")).toBeNull();
    expect(periodProblem("2024-12-31", "2025-01-01")).toBeNull();
  });
  it("says when the end is before the start", () => {
    const p = periodProblem("2025-02-01", "2025-01-31");
    expect(p?.at).toBe("until");
    expect(p?.message).toMatch(/before the “From” date/);
  });
  it("points at a date that is not a real date", () => {
    expect(periodProblem("2025-02-30", "")?.at).toBe("from");
    expect(periodProblem("", "nonsense")?.at).toBe("until");
  });
});

describe("choicesProblem", () => {
  it("is happy with a loaded list and something ticked", () => {
    expect(choicesProblem(choices())).toBeNull();
    expect(
      choicesProblem(choices({ from: "2025-01-01", until: "2025-02-01", shown: { from: "2025-01-01", until: "2025-02-01" } })),
    ).toBeNull();
  });
  it("asks for at least one entry", () => {
    const p = choicesProblem(choices({ incidentIds: [] }));
    expect(p?.at).toBe("entries");
    expect(p?.message).toMatch(/at least one entry/);
  });
  it("says so when the period holds no entries", () => {
    const p = choicesProblem(choices({ listedCount: 0, incidentIds: [] }));
    expect(p?.message).toMatch(/no entries in this period/);
  });
  it("checks the period first", () => {
    expect(choicesProblem(choices({ from: "2025-03-01", until: "2025-02-01", incidentIds: [] }))?.at).toBe("until");
  });
  it("refuses when the dates changed after the list was shown", () => {
    const p = choicesProblem(choices({ from: "2025-01-01", shown: { from: null, until: null } }));
    expect(p?.at).toBe("show");
    expect(p?.message).toMatch(/Show entries/);
  });
  it("refuses before the list has loaded", () => {
    expect(choicesProblem(choices({ shown: null }))?.at).toBe("show");
  });
});

describe("passphraseProblem", () => {
  const good = "correct horse battery";
  it("accepts a long enough passphrase typed twice", () => {
    expect(passphraseProblem(good, good)).toBeNull();
    expect(passphraseProblem("x".repeat(MIN_PASSPHRASE_CHARS), "x".repeat(MIN_PASSPHRASE_CHARS))).toBeNull();
  });
  it("asks for one when empty", () => {
    expect(passphraseProblem("", "")?.at).toBe("passphrase");
  });
  it("needs at least 12 characters", () => {
    const p = passphraseProblem("short words", "short words");
    expect(p?.at).toBe("passphrase");
    expect(p?.message).toMatch(/at least 12 characters/);
  });
  it("counts characters as a person does (an emoji is one)", () => {
    // 11 emoji are 22 UTF-16 code units but only 11 characters.
    const eleven = "🙂".repeat(11);
    expect(passphraseProblem(eleven, eleven)?.at).toBe("passphrase");
    const twelve = "🙂".repeat(12);
    expect(passphraseProblem(twelve, twelve)).toBeNull();
  });
  it("asks for the repeat, and says when the two differ", () => {
    expect(passphraseProblem(good, "")?.at).toBe("again");
    const p = passphraseProblem(good, `${good} `);
    expect(p?.at).toBe("again");
    expect(p?.message).toMatch(/not the same/);
  });
});

describe("openPassphraseProblem", () => {
  it("asks for the passphrase, and refuses one too short to be right", () => {
    expect(openPassphraseProblem("")).toMatch(/passphrase you were given/);
    expect(openPassphraseProblem("elevenchars")).toMatch(/at least 12 characters/);
    expect(openPassphraseProblem("twelve chars")).toBeNull();
  });
});

describe("shorten", () => {
  it("leaves short text alone, flattened onto one line", () => {
    expect(shorten("He was outside.")).toBe("He was outside.");
    expect(shorten("  He said:\n\n  “I know where you are.”  ")).toBe("He said: “I know where you are.”");
    expect(shorten("")).toBe("");
  });
  it("keeps text of exactly the limit", () => {
    const text = "a".repeat(80);
    expect(shorten(text)).toBe(text);
  });
  it("cuts at a word and adds an ellipsis", () => {
    const text =
      "He was waiting by the car park exit again when I left work, and followed me to the bus stop before driving off.";
    const out = shorten(text);
    expect(out.endsWith("…")).toBe(true);
    expect([...out].length).toBeLessThanOrEqual(81);
    expect(text.startsWith(out.slice(0, -1))).toBe(true);
    // Ends on a whole word.
    expect(out).toBe("He was waiting by the car park exit again when I left work, and followed me to…");
  });
  it("drops trailing punctuation before the ellipsis", () => {
    expect(shorten("one two three, four five", 14)).toBe("one two three…");
  });
  it("cuts a long unbroken word rather than showing almost nothing", () => {
    const out = shorten(`ab ${"x".repeat(100)}`, 20);
    expect(out).toBe(`ab ${"x".repeat(17)}…`);
  });
  it("never splits an emoji", () => {
    const out = shorten("😡".repeat(100), 10);
    expect(out).toBe(`${"😡".repeat(10)}…`);
  });
  it("takes a custom length", () => {
    expect(shorten("one two three four", 9)).toBe("one two…");
  });
});

describe("formatLocalDateTime / formatHappened", () => {
  // Built from local wall-clock times, so the tests pass in any time zone.
  const at = new Date(2025, 6, 5, 14, 5).toISOString();
  it("shows the local day, date and time", () => {
    expect(formatLocalDateTime(at)).toBe("Sat 5 Jul 2025, 14:05");
    expect(formatLocalDateTime(new Date(2024, 11, 31, 0, 0).toISOString())).toBe("Tue 31 Dec 2024, 00:00");
  });
  it("returns anything that is not a date unchanged", () => {
    expect(formatLocalDateTime("not a date")).toBe("not a date");
  });
  it("adds the end time when it went on for a while", () => {
    expect(formatHappened(at, null)).toBe("Sat 5 Jul 2025, 14:05");
    expect(formatHappened(at, new Date(2025, 6, 5, 15, 40).toISOString())).toBe("Sat 5 Jul 2025, 14:05 to 15:40");
    expect(formatHappened(at, new Date(2025, 6, 6, 1, 0).toISOString())).toBe(
      "Sat 5 Jul 2025, 14:05 to Sun 6 Jul 2025, 01:00",
    );
  });
});

describe("wording", () => {
  it("counts what is chosen", () => {
    expect(chosenCountText(3, 12)).toBe("3 of 12 chosen");
    expect(chosenCountText(0, 1)).toBe("0 of 1 chosen");
  });
  it("reports a saved PDF", () => {
    expect(reportResultText(done({ incidents: 12, pages: 9 }))).toBe("Report saved: 12 entries, 9 pages.");
    expect(reportResultText(done({ incidents: 1, pages: 1 }))).toBe("Report saved: 1 entry, 1 page.");
  });
  it("says when some photos could not be put into the PDF", () => {
    expect(reportResultText(done({ incidents: 3, pages: 4, pictures_left_out: true }))).toBe(
      "Report saved: 3 entries, 4 pages. Some photos could not be put into the report; they are listed " +
        "with their fingerprints.",
    );
    expect(PICTURES_LEFT_OUT_TEXT).toMatch(/fingerprints\.$/);
    // Nothing about photos when the dialog was closed.
    expect(reportResultText(done({ done: false, pictures_left_out: true }))).toBe("Not saved.");
  });
  it("says only 'Not saved.' when the dialog was closed", () => {
    expect(reportResultText(done({ done: false }))).toBe("Not saved.");
    expect(exportResultText(done({ done: false }), true)).toBe("Not saved.");
  });
  it("reports a saved export", () => {
    expect(exportResultText(done({ incidents: 4, files: 2 }), false)).toBe("Export saved: 4 entries, 2 attached files.");
    expect(exportResultText(done({ incidents: 1, files: 1 }), true)).toBe("Locked export saved: 1 entry, 1 attached file.");
    expect(exportResultText(done({ incidents: 2 }), false)).toBe("Export saved: 2 entries, no attached files.");
  });
  it("reports an opened export", () => {
    expect(openResultText(done())).toBe("Opened and saved.");
    expect(openResultText(done({ done: false }))).toBe("Not opened.");
  });
});

describe("tickedAfterLoad", () => {
  it("ticks every listed entry except ones unticked before", () => {
    expect([...tickedAfterLoad(["a", "b", "c"], new Set())]).toEqual(["a", "b", "c"]);
    expect([...tickedAfterLoad(["a", "b", "c"], new Set(["b", "z"]))]).toEqual(["a", "c"]);
    expect(tickedAfterLoad([], new Set(["a"])).size).toBe(0);
  });
});
