import { describe, expect, it } from "vitest";
import type { CaseRisk, CaseSummary, Caseload } from "../src/api";
import {
  CASE_LABEL_MAX,
  stopSharingFirst,
  backupCasesText,
  caseBannerText,
  caseSharingText,
  checkCaseLabel,
  openCaseOf,
  removeBlockedText,
  removeQuestion,
  restoreCasesText,
  sortCases,
  caseRiskText,
  type CaseOrder,
} from "../src/screens/caseload-logic";

function summary(id: string, label: string, over: Partial<CaseSummary> = {}): CaseSummary {
  return {
    id,
    label,
    created_at: "2025-07-05T13:05:00Z",
    notes: "",
    sharing: "off",
    last_synced: null,
    risk: null,
    ...over,
  };
}

/** Words that must not be on screen, in case someone looks over the shoulder. */
const AVOIDED = /abuse|victim|domestic/i;

describe("checkCaseLabel", () => {
  it("trims and accepts 1 to 60 characters", () => {
    expect(checkCaseLabel("  AB ")).toEqual({ ok: true, value: "AB" });
    expect(checkCaseLabel("J")).toEqual({ ok: true, value: "J" });
    const longest = "x".repeat(CASE_LABEL_MAX);
    expect(checkCaseLabel(` ${longest}\t`)).toEqual({ ok: true, value: longest });
  });

  it("asks for a name when nothing but spaces is typed", () => {
    for (const text of ["", "   ", "\t\n"]) {
      const r = checkCaseLabel(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/initials/);
    }
  });

  it("refuses more than 60 characters, saying how many", () => {
    const r = checkCaseLabel("x".repeat(CASE_LABEL_MAX + 1));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/60 characters or fewer \(this is 61\)/);
  });

  it("counts characters as Rust does, not UTF-16 units", () => {
    // Each of these is one char in Rust and two UTF-16 units in JavaScript.
    const sixty = "😀".repeat(CASE_LABEL_MAX);
    expect(sixty.length).toBe(120);
    expect(checkCaseLabel(sixty)).toEqual({ ok: true, value: sixty });
    expect(checkCaseLabel(`${sixty}😀`).ok).toBe(false);
  });
});

describe("caseSharingText", () => {
  it("says each sharing state in plain words", () => {
    expect(caseSharingText("off")).toBe("Not paired yet");
    expect(caseSharingText("on")).toBe("Sharing on");
    expect(caseSharingText("ended")).toBe("Sharing ended");
  });
});

describe("openCaseOf", () => {
  const load: Caseload = { cases: [summary("a", "AB"), summary("b", "CD")], open: null };

  it("is null in the own space", () => {
    expect(openCaseOf(load)).toBeNull();
    expect(openCaseOf({ cases: [], open: null })).toBeNull();
  });

  it("names the open case", () => {
    expect(openCaseOf({ ...load, open: "b" })).toEqual({ id: "b", label: "CD" });
  });

  it("still counts a case as open if the list lacks it", () => {
    expect(openCaseOf({ ...load, open: "zz" })).toEqual({ id: "zz", label: "" });
  });
});

describe("caseBannerText", () => {
  it("names the case, or says only that one is open", () => {
    expect(caseBannerText("AB")).toBe("Case: AB");
    expect(caseBannerText("")).toBe("Case open");
  });
});

describe("removing a case", () => {
  it("is blocked only while sharing is on, as Rust refuses it", () => {
    expect(removeBlockedText({ sharing: "on" })).toBe(stopSharingFirst());
    expect(removeBlockedText({ sharing: "off" })).toBeNull();
    expect(removeBlockedText({ sharing: "ended" })).toBeNull();
  });

  it("says it deletes this computer's copy, and names the case", () => {
    const q = removeQuestion("AB");
    expect(q).toMatch(/“AB”/);
    expect(q).toMatch(/deletes this case's copy from this computer/);
    expect(q).toMatch(/private notes/);
  });
});

describe("wording", () => {
  it("stays plain for anyone looking over the shoulder", () => {
    const texts = [
      stopSharingFirst(),
      removeQuestion("AB"),
      caseBannerText("AB"),
      ...(["off", "on", "ended"] as const).map(caseSharingText),
      ...["", "x".repeat(61)].map((t) => {
        const r = checkCaseLabel(t);
        return r.ok ? "" : r.message;
      }),
    ];
    for (const t of texts) expect(t).not.toMatch(AVOIDED);
  });
});

describe("backup and restore wording for a caseload", () => {
  it("says nothing about cases when there are none", () => {
    expect(backupCasesText(0)).toBe("");
    expect(restoreCasesText(0, 0)).toBe("");
  });
  it("counts the cases a backup holds", () => {
    expect(backupCasesText(1)).toBe(" It includes your 1 case.");
    expect(backupCasesText(12)).toBe(" It includes all 12 of your cases.");
  });
  it("says when a damaged case was left out", () => {
    expect(backupCasesText(11, 1)).toBe(" It includes 11 cases. 1 case could not be read (its file may be damaged) and is not in it.");
    expect(backupCasesText(0, 2)).toBe(" 2 cases could not be read (their files may be damaged) and are not in it.");
  });
  it("tells cases brought back apart from cases kept", () => {
    expect(restoreCasesText(3, 0)).toBe(" 3 cases came back from it.");
    expect(restoreCasesText(1, 1)).toBe(" 1 case came back from it; 1 case added since the backup was kept as it was.");
    expect(restoreCasesText(0, 2)).toBe(" 2 cases added since the backup were kept as they were.");
    expect(restoreCasesText(2, 0, 1)).toBe(
      " 2 cases came back from it; 1 case from it could not be put in place and is as it was before.",
    );
  });
});

describe("each case's risk picture", () => {
  const risk = (over: Partial<CaseRisk> = {}): CaseRisk => ({
    level: "High",
    instrument: "DomesticAbuse",
    screened_on: "2026-12-04",
    marac_referred_on: null,
    review_on: null,
    ...over,
  });

  it("says the latest level, the referral and the review, and when a review is due", () => {
    expect(caseRiskText(null, "2026-12-06")).toMatch(/^No risk screening seen yet/);
    expect(
      caseRiskText(risk({ marac_referred_on: "2026-12-04", review_on: "2027-01-15" }), "2026-12-06"),
    ).toBe("Latest risk level: High (DASH, Fri 4 Dec 2026) · MARAC referral: Fri 4 Dec 2026 · Next review: Fri 15 Jan 2027");
    expect(caseRiskText(risk({ instrument: "Stalking", level: "Ungraded", review_on: "2026-12-06" }), "2026-12-06")).toBe(
      "Latest risk level: Not graded (S-DASH, Fri 4 Dec 2026) · Next review: Sun 6 Dec 2026 (due today)",
    );
    expect(caseRiskText(risk({ review_on: "2026-12-01" }), "2026-12-06")).toMatch(/\(overdue\)$/);
    // A date that does not read as one is shown as written, never as due, and sorts last.
    expect(caseRiskText(risk({ review_on: "+262142-12-31" }), "2026-12-06")).toMatch(/\+262142-12-31$/);
    expect(caseRiskText(risk({ level: "Raised" }), "2026-12-06")).not.toMatch(AVOIDED);
  });

  it("sorts by each column, with cases lacking it last in the order they were added", () => {
    const a = summary("a", "Zed", { created_at: "2025-01-01T00:00:00Z", risk: risk({ level: "Raised", review_on: "2027-02-01" }) });
    const b = summary("b", "amy", { created_at: "2025-02-01T00:00:00Z", risk: null });
    const c = summary("c", "Bo", {
      created_at: "2025-03-01T00:00:00Z",
      risk: risk({ level: "High", marac_referred_on: "2026-11-01", review_on: "2026-12-20" }),
    });
    const d = summary("d", "Cy", { created_at: "2025-04-01T00:00:00Z", risk: risk({ level: "Ungraded", marac_referred_on: "2026-12-01" }) });
    const ids = (order: CaseOrder) => sortCases([d, c, b, a], order).map((x) => x.id);
    expect(ids("added")).toEqual(["a", "b", "c", "d"]);
    expect(ids("name")).toEqual(["b", "c", "d", "a"]);
    expect(ids("level")).toEqual(["c", "a", "d", "b"]);
    expect(ids("marac")).toEqual(["d", "c", "a", "b"]);
    expect(ids("review")).toEqual(["c", "a", "b", "d"]);
  });
});
