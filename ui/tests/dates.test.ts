// The shared date and count wording (src/dates.ts), used by the report and risk screens.
import { describe, expect, it } from "vitest";
import {
  DAYS,
  MONTHS,
  dayText,
  formatDate,
  formatLocalDateTime,
  formatTime,
  plural,
  sameLocalDay,
  timeText,
} from "../src/dates";

/** An ISO instant for a local date and time, so the tests pass in any time zone. */
function local(y: number, m: number, d: number, hh = 12, mm = 0): string {
  return new Date(y, m - 1, d, hh, mm).toISOString();
}

describe("names", () => {
  it("has seven days from Sunday and twelve months from January", () => {
    expect(DAYS).toHaveLength(7);
    expect(DAYS[0]).toBe("Sun");
    expect(MONTHS).toHaveLength(12);
    expect(MONTHS[0]).toBe("Jan");
    expect(MONTHS[11]).toBe("Dec");
  });
});

describe("plural", () => {
  it("uses the singular only for exactly one", () => {
    expect(plural(1, "entry", "entries")).toBe("1 entry");
    expect(plural(0, "entry", "entries")).toBe("0 entries");
    expect(plural(12, "page", "pages")).toBe("12 pages");
  });
});

describe("formatDate / formatTime", () => {
  it("formats a local date and time plainly", () => {
    expect(formatDate(local(2026, 11, 23, 9, 5))).toBe("Mon 23 Nov 2026");
    expect(formatDate(local(2027, 1, 1, 0, 0))).toBe("Fri 1 Jan 2027");
    expect(formatTime(local(2026, 11, 23, 9, 5))).toBe("09:05");
    expect(formatTime(local(2026, 11, 23, 14, 5))).toBe("14:05");
  });

  it("uses the local day, not the UTC one", () => {
    // Just before midnight locally is still that day, whatever UTC says.
    expect(formatDate(local(2026, 11, 23, 23, 59))).toBe("Mon 23 Nov 2026");
  });

  it("returns something readable for a bad value rather than 'Invalid Date'", () => {
    expect(formatDate("not a date")).toBe("not a date");
    expect(formatTime("not a date")).toBe("");
  });
});

describe("formatLocalDateTime", () => {
  it("shows the local day, date and time", () => {
    expect(formatLocalDateTime(local(2025, 7, 5, 14, 5))).toBe("Sat 5 Jul 2025, 14:05");
    expect(formatLocalDateTime(local(2024, 12, 31, 0, 0))).toBe("Tue 31 Dec 2024, 00:00");
  });
  it("returns anything that is not a date unchanged", () => {
    expect(formatLocalDateTime("not a date")).toBe("not a date");
  });
});

describe("Date helpers", () => {
  it("format a Date as the day and the time", () => {
    const d = new Date(2026, 10, 23, 9, 5);
    expect(dayText(d)).toBe("Mon 23 Nov 2026");
    expect(timeText(d)).toBe("09:05");
  });
  it("tell whether two instants are on the same local day", () => {
    expect(sameLocalDay(new Date(2026, 10, 23, 0, 0), new Date(2026, 10, 23, 23, 59))).toBe(true);
    expect(sameLocalDay(new Date(2026, 10, 23, 23, 59), new Date(2026, 10, 24, 0, 0))).toBe(false);
    expect(sameLocalDay(new Date(2025, 10, 23), new Date(2026, 10, 23))).toBe(false);
  });
});

describe("formatDay", () => {
  it("writes a calendar day out, with no time zone involved, and leaves anything else alone", async () => {
    const { formatDay } = await import("../src/dates");
    expect(formatDay("2026-12-04")).toBe("Fri 4 Dec 2026");
    // Years below 100 are not read as 19xx.
    expect(formatDay("0050-06-01")).toMatch(/ 50$/);
    expect(formatDay("+262142-12-31")).toBe("+262142-12-31");
    expect(formatDay("")).toBe("");
  });
});
