import { describe, expect, it } from "vitest";
import { isReviewDue, localDateString } from "../src/screens/plan-dates";

describe("localDateString", () => {
  it("formats the local calendar day with leading zeros", () => {
    expect(localDateString(new Date(2025, 0, 5, 23, 59))).toBe("2025-01-05");
    expect(localDateString(new Date(2024, 11, 31, 0, 0))).toBe("2024-12-31");
  });
});

describe("isReviewDue", () => {
  const today = "2025-06-15";
  it("is due today and on any earlier day", () => {
    expect(isReviewDue("2025-06-15", today)).toBe(true);
    expect(isReviewDue("2025-06-14", today)).toBe(true);
    expect(isReviewDue("2024-12-31", today)).toBe(true);
  });
  it("is not due on a later day, or when no date is set", () => {
    expect(isReviewDue("2025-06-16", today)).toBe(false);
    expect(isReviewDue("2026-01-01", today)).toBe(false);
    expect(isReviewDue(null, today)).toBe(false);
    expect(isReviewDue("", today)).toBe(false);
  });
  it("ignores anything that is not YYYY-MM-DD", () => {
    expect(isReviewDue("15/06/2025", today)).toBe(false);
    expect(isReviewDue("2025-6-1", today)).toBe(false);
  });
});
