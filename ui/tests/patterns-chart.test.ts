// The chart's geometry and wording, as plain data (these tests run without a DOM).
import { describe, expect, it } from "vitest";
import type { WeekCount } from "../src/api";
import {
  kindRows,
  niceTicks,
  weekChartLayout,
  weekChartSummary,
  weekLabel,
  weekLabelLong,
} from "../src/screens/patterns-chart";

/** Consecutive Mondays from 2026-06-01 with the given counts. */
function weeks(counts: number[]): WeekCount[] {
  const start = Date.UTC(2026, 5, 1);
  return counts.map((count, i) => ({
    week_start: new Date(start + i * 7 * 86_400_000).toISOString().slice(0, 10),
    count,
  }));
}

describe("weekLabel", () => {
  it("reads the date as a calendar date", () => {
    expect(weekLabel("2026-11-03")).toBe("3 Nov");
    expect(weekLabel("2026-01-26")).toBe("26 Jan");
    expect(weekLabelLong("2026-11-03")).toBe("3 Nov 2026");
  });
});

describe("niceTicks", () => {
  it.each([0, 1, 3, 5, 6, 7, 11, 23, 99, 140])("gives whole-number ticks from 0 that cover %i", (max) => {
    const ticks = niceTicks(max);
    expect(ticks[0]).toBe(0);
    expect(ticks.every(Number.isInteger)).toBe(true);
    expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(Math.max(1, max));
    expect(ticks.length).toBeLessThanOrEqual(6);
    // Evenly spaced.
    const step = ticks[1]! - ticks[0]!;
    ticks.forEach((t, i) => expect(t).toBe(i * step));
  });

  it("counts in ones for small numbers", () => {
    expect(niceTicks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe("weekChartLayout", () => {
  const counts = [0, 2, 5, 1, 0, 3, 4, 0, 1, 2, 0, 0, 1, 5, 2, 0, 0, 1, 3, 0, 2, 1, 0, 0, 4, 1];
  const layout = weekChartLayout(weeks(counts));

  it("draws one bar per week, left to right", () => {
    expect(layout.bars).toHaveLength(26);
    const xs = layout.bars.map((b) => b.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(layout.bars.map((b) => b.count)).toEqual(counts);
  });

  it("makes bar heights proportional to the counts, standing on the baseline", () => {
    const perIncident = layout.bars.find((b) => b.count === 1)!.height;
    for (const b of layout.bars) {
      expect(b.height).toBeCloseTo(b.count * perIncident, 1);
      expect(b.y + b.height).toBeCloseTo(layout.plot.bottom, 1);
    }
    expect(layout.bars.filter((b) => b.count === 0).every((b) => b.height === 0)).toBe(true);
  });

  it("keeps every bar inside the plot", () => {
    for (const b of layout.bars) {
      expect(b.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(b.x + b.width).toBeLessThanOrEqual(layout.plot.right + 0.01);
      expect(b.y).toBeGreaterThanOrEqual(layout.plot.top - 0.01);
    }
  });

  it("has whole-number y ticks, the top one at the top of the plot", () => {
    expect(layout.yTicks.every((t) => Number.isInteger(t.value))).toBe(true);
    expect(layout.yTicks[0]).toEqual({ value: 0, y: layout.plot.bottom });
    const topTick = layout.yTicks[layout.yTicks.length - 1]!;
    expect(topTick.y).toBeCloseTo(layout.plot.top, 1);
    expect(topTick.value).toBeGreaterThanOrEqual(5);
    // A bar of the top tick's value would reach that tick's gridline.
    const five = layout.bars.find((b) => b.count === 5)!;
    const fiveTick = layout.yTicks.find((t) => t.value === topTick.value)!;
    expect(five.y).toBeGreaterThanOrEqual(fiveTick.y - 0.01);
  });

  it("labels a date every few weeks, always including this week", () => {
    expect(layout.xLabels.length).toBeGreaterThan(1);
    expect(layout.xLabels.length).toBeLessThanOrEqual(7);
    const last = layout.bars[layout.bars.length - 1]!;
    expect(layout.xLabels[layout.xLabels.length - 1]!.text).toBe(weekLabel(last.weekStart));
    expect(layout.xLabels[layout.xLabels.length - 1]!.x).toBeCloseTo(last.x + last.width / 2, 1);
  });

  it("labels every week when there are only a few", () => {
    const few = weekChartLayout(weeks([1, 0, 2]));
    expect(few.xLabels.map((l) => l.text)).toEqual(["1 Jun", "8 Jun", "15 Jun"]);
    expect(few.bars.every((b) => b.width <= 48)).toBe(true);
  });

  it("copes with no weeks at all", () => {
    const empty = weekChartLayout([]);
    expect(empty.bars).toEqual([]);
    expect(empty.xLabels).toEqual([]);
    expect(empty.yTicks.map((t) => t.value)).toEqual([0, 1]);
    expect(empty.summary).toBe("Incidents per week: nothing to show yet.");
  });

  it("copes with weeks that are all zero", () => {
    const zero = weekChartLayout(weeks([0, 0, 0]));
    expect(zero.bars.map((b) => b.height)).toEqual([0, 0, 0]);
    expect(zero.summary).toBe("Incidents per week over the last 3 weeks: none.");
  });
});

describe("weekChartSummary", () => {
  it("names the busiest week", () => {
    expect(weekChartSummary(weeks([1, 0, 5, 2]))).toBe(
      "Incidents per week over the last 4 weeks: 8 in all; most in the week of 15 Jun (5).",
    );
  });

  it("says how many weeks share the most, and the latest of them", () => {
    expect(weekChartSummary(weeks([3, 1, 3, 0]))).toBe(
      "Incidents per week over the last 4 weeks: 7 in all; the most in one week was 3, in 2 " +
        "weeks, most recently the week of 15 Jun.",
    );
  });

  it("reads naturally for a single week", () => {
    expect(weekChartSummary(weeks([2]))).toBe(
      "Incidents per week in the one week shown: 2 in all; most in the week of 1 Jun (2).",
    );
  });
});

describe("kindRows", () => {
  it("scales bars to the most frequent kind and uses the labels given", () => {
    const rows = kindRows(
      [
        { kind: "Calls", count: 8 },
        { kind: "Following", count: 2 },
        { kind: "Threats", count: 1 },
      ],
      (k) => `label:${k}`,
    );
    expect(rows).toEqual([
      { kind: "Calls", label: "label:Calls", count: 8, percent: 100 },
      { kind: "Following", label: "label:Following", count: 2, percent: 25 },
      { kind: "Threats", label: "label:Threats", count: 1, percent: 12.5 },
    ]);
  });

  it("is empty for no incidents", () => {
    expect(kindRows([], String)).toEqual([]);
  });
});
