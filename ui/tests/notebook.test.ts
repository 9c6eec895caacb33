// The everyday notebook the second PIN opens: its page names and dates, and that nothing it says
// hints at what the rest of the app is for.

import { describe, expect, it } from "vitest";
import {
  NOTEBOOK_LABELS,
  TITLE_FROM_BODY_MAX,
  hasChanges,
  pageTitle,
  shortDate,
} from "../src/screens/notebook-logic";
import {
  PIN_MAX_DIGITS,
  PIN_MIN_DIGITS,
  PIN_RULE_MESSAGE,
  PIN_TOO_EASY_MESSAGE,
  WRONG_CURRENT_PIN_MESSAGE,
  pinStrengthText,
  validatePinPair,
} from "../src/screens/settings-rules";

/** Words the notebook must never show, in any form (checked inside words too: "unsafe", "plans"). */
const GIVES_AWAY = [
  "safety",
  "safe",
  "abuse",
  "plan",
  "incident",
  "risk",
  "support",
  "advocate",
  "police",
  "evidence",
  "escape",
  "exit",
  "hide",
  "hidden",
  "hiding",
  "emergency",
  "help",
  "case",
  "report",
  "danger",
  "refuge",
  "court",
  "decoy",
  "duress",
  "second pin",
  "notes pad",
  "disguise",
  "calculator",
];

function givesAway(text: string): string[] {
  const lower = text.toLowerCase();
  return GIVES_AWAY.filter((word) => lower.includes(word));
}

describe("the notebook's words", () => {
  it.each(Object.entries(NOTEBOOK_LABELS))("%s says nothing about the app", (_name, text) => {
    expect(text.trim()).not.toBe("");
    expect(givesAway(text)).toEqual([]);
  });

  it("shares only harmless PIN hints and checks with the app", () => {
    const shared = [
      PIN_RULE_MESSAGE,
      ...["", "12a", "1 2", "123", "12345678901234567", "1234567890123456789", "111111", "121212", "112211", "12345678901234567", "111111", "890123", "258014", "25801473", "2580147369"].map(
        pinStrengthText,
      ),
      WRONG_CURRENT_PIN_MESSAGE,
      PIN_TOO_EASY_MESSAGE,
      validatePinPair("123456", "123456"),
      validatePinPair("", ""),
      validatePinPair("12", ""),
      validatePinPair("258014", ""),
      validatePinPair("258014", "258015"),
      validatePinPair("12a456", ""),
      validatePinPair("111111", ""),
    ];
    for (const text of shared) expect(givesAway(text ?? "")).toEqual([]);
  });

  it("its PIN hint states the app's PIN rule without the app's other looks", () => {
    expect(NOTEBOOK_LABELS.pinHint).toBe("6 to 16 digits. Avoid dates or numbers others could guess.");
    expect(NOTEBOOK_LABELS.pinHint.startsWith(`${PIN_MIN_DIGITS} to ${PIN_MAX_DIGITS} digits.`)).toBe(true);
  });

  it("the check itself catches a word hidden in another", () => {
    expect(givesAway("Your unsafe plans")).toEqual(["safe", "plan"]);
    expect(givesAway("Quick Exit")).toEqual(["exit"]);
  });
});

describe("pageTitle", () => {
  it("uses the title when there is one", () => {
    expect(pageTitle({ title: "  Shopping  ", body: "milk" })).toBe("Shopping");
  });

  it("otherwise uses the first line with something in it", () => {
    expect(pageTitle({ title: "", body: "\n   \n  Recipes to try \nflapjacks" })).toBe("Recipes to try");
    expect(pageTitle({ title: " ", body: "one\r\ntwo" })).toBe("one");
  });

  it("calls a page with nothing in it Untitled", () => {
    expect(pageTitle({ title: "", body: "" })).toBe("Untitled");
    expect(pageTitle({ title: "  ", body: " \n\t\n" })).toBe("Untitled");
  });

  it("cuts a long first line short, at a word where it can", () => {
    const line = "The quick brown fox jumps over the lazy dog and keeps running far into the hills";
    const title = pageTitle({ title: "", body: line });
    expect(title.endsWith("…")).toBe(true);
    expect([...title].length).toBeLessThanOrEqual(TITLE_FROM_BODY_MAX + 1);
    expect(line.startsWith(title.slice(0, -1))).toBe(true);
    expect(title).toBe("The quick brown fox jumps over the lazy dog and keeps…");
    // A word ending just at the limit is kept whole.
    const fits = `${"a".repeat(TITLE_FROM_BODY_MAX - 5)} word more`;
    expect(pageTitle({ title: "", body: fits })).toBe(`${"a".repeat(TITLE_FROM_BODY_MAX - 5)} word…`);
    // No space to cut at: cut anywhere.
    const word = "x".repeat(100);
    expect(pageTitle({ title: "", body: word })).toBe(`${"x".repeat(TITLE_FROM_BODY_MAX)}…`);
    // Just long enough: left as it is.
    const exact = "y".repeat(TITLE_FROM_BODY_MAX);
    expect(pageTitle({ title: "", body: exact })).toBe(exact);
  });

  it("never cuts a character in half", () => {
    const emoji = "🙂".repeat(TITLE_FROM_BODY_MAX + 5);
    const title = pageTitle({ title: "", body: emoji });
    expect(title).toBe(`${"🙂".repeat(TITLE_FROM_BODY_MAX)}…`);
  });
});

describe("shortDate", () => {
  // Local times, so the tests read the same in every time zone.
  const now = new Date(2026, 2, 15, 18, 30); // Sun 15 Mar 2026, 18:30

  it("shows the time for today", () => {
    expect(shortDate(new Date(2026, 2, 15, 9, 5).toISOString(), now)).toBe("09:05");
  });

  it("shows the day and month this year", () => {
    expect(shortDate(new Date(2026, 2, 3, 12, 0).toISOString(), now)).toBe("3 Mar");
    expect(shortDate(new Date(2026, 2, 14, 23, 59).toISOString(), now)).toBe("14 Mar");
    expect(shortDate(new Date(2026, 0, 1, 0, 0).toISOString(), now)).toBe("1 Jan");
  });

  it("adds the year for earlier years", () => {
    expect(shortDate(new Date(2025, 11, 31, 22, 0).toISOString(), now)).toBe("31 Dec 2025");
  });

  it("reads RFC 3339 with an offset", () => {
    const d = new Date("2024-07-05T10:00:00+01:00");
    expect(shortDate("2024-07-05T10:00:00+01:00", now)).toBe(
      `${d.getDate()} ${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.getMonth()]} ${d.getFullYear()}`,
    );
  });

  it("shows nothing for something that is not a date", () => {
    expect(shortDate("", now)).toBe("");
    expect(shortDate("yesterday", now)).toBe("");
  });
});

describe("hasChanges", () => {
  it("a new page has changes once something is written", () => {
    expect(hasChanges(null, "", "")).toBe(false);
    expect(hasChanges(null, "  ", "\n")).toBe(false);
    expect(hasChanges(null, "A", "")).toBe(true);
    expect(hasChanges(null, "", "b")).toBe(true);
  });

  it("a saved page has changes when either box differs", () => {
    const saved = { title: "A", body: "b" };
    expect(hasChanges(saved, "A", "b")).toBe(false);
    expect(hasChanges(saved, "A ", "b")).toBe(true);
    expect(hasChanges(saved, "A", "")).toBe(true);
  });
});
