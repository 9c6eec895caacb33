// Charts for the risk picture, built without a chart library: an SVG bar chart of incidents per
// week (with a table of the same numbers for screen readers) and plain bars by kind.
//
// The geometry is worked out by pure functions returning plain data (tested without a DOM); the
// builders only turn that data into elements. Nothing here is ever put into markup as a string,
// and nothing uses inline style attributes (the page's CSP forbids them): sizes are SVG
// attributes, or set through the CSSOM.

import type { IncidentKind, KindCount, WeekCount } from "../api";
import { h } from "../dom";
import { MONTHS } from "../dates";
import { locale, t } from "../i18n";

const SVG_NS = "http://www.w3.org/2000/svg";

export interface ChartSize {
  width: number;
  height: number;
}

export interface WeekBar {
  x: number;
  y: number;
  width: number;
  height: number;
  count: number;
  weekStart: string;
}

export interface WeekChartLayout {
  width: number;
  height: number;
  /** The plotting area inside the axis labels, in viewBox units. */
  plot: { left: number; top: number; right: number; bottom: number };
  bars: WeekBar[];
  yTicks: { value: number; y: number }[];
  xLabels: { x: number; text: string }[];
  summary: string;
}

const DEFAULT_SIZE: ChartSize = { width: 640, height: 220 };
// Room for the tick numbers on the left and the dates underneath.
const MARGIN = { left: 36, right: 24, top: 12, bottom: 28 };

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * The day and month of a calendar date in the language in use, read in UTC so no time zone can
 * shift it; null when Intl cannot say it.
 */
function intlDayMonth(y: number, month: number, day: number, withYear: boolean): string | null {
  try {
    const d = new Date(Date.UTC(2000, 0, 1));
    d.setUTCFullYear(y, month - 1, day);
    return new Intl.DateTimeFormat(locale(), {
      day: "numeric",
      month: "short",
      year: withYear ? "numeric" : undefined,
      timeZone: "UTC",
    }).format(d);
  } catch {
    return null;
  }
}

/** "3 Nov" from "2026-11-03"; read as a calendar date so no time zone can shift it. */
export function weekLabel(ymd: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) return ymd;
  // English keeps the app's own short month names ("Sep", where Intl says "Sept").
  if (locale() !== "en-GB") {
    const said = intlDayMonth(Number(m[1]), Number(m[2]), Number(m[3]), false);
    if (said) return said;
  }
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]}`;
}

/** "3 Nov 2026" from "2026-11-03". */
export function weekLabelLong(ymd: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (m && locale() !== "en-GB") {
    const said = intlDayMonth(Number(m[1]), Number(m[2]), Number(m[3]), true);
    if (said) return said;
  }
  const y = /^(\d{4})-/.exec(ymd);
  return y ? `${weekLabel(ymd)} ${y[1]}` : ymd;
}

/** A count as the language in use writes numbers. */
function numberText(n: number): string {
  return new Intl.NumberFormat(locale()).format(n);
}

/**
 * Whole-number ticks from 0 up to at least `max`, at most `maxTicks` steps, on a step of 1, 2 or 5
 * times a power of ten. The top tick is where the bars are scaled to.
 */
export function niceTicks(max: number, maxTicks = 5): number[] {
  const top = Math.max(1, Math.ceil(max));
  let step = 1;
  for (let power = 1; ; power *= 10) {
    const found = [1, 2, 5].map((m) => m * power).find((s) => Math.ceil(top / s) <= maxTicks);
    if (found !== undefined) {
      step = found;
      break;
    }
  }
  const ticks: number[] = [];
  for (let v = 0; v < top + step; v += step) {
    ticks.push(v);
    if (v >= top) break;
  }
  return ticks;
}

/** The chart's accessible name: what a sighted person would take from it at a glance. */
export function weekChartSummary(weeks: readonly WeekCount[]): string {
  if (weeks.length === 0) return t("patterns-summary-empty");
  const total = weeks.reduce((sum, w) => sum + w.count, 0);
  if (total === 0) return t("patterns-summary-none", { weeks: weeks.length });
  const max = Math.max(...weeks.map((w) => w.count));
  const busiest = weeks.filter((w) => w.count === max);
  const latest = busiest[busiest.length - 1];
  const week = latest ? weekLabel(latest.week_start) : "";
  if (busiest.length === 1 && latest) return t("patterns-summary-busiest", { weeks: weeks.length, total, week, max });
  return t("patterns-summary-busiest-several", { weeks: weeks.length, total, max, busiest: busiest.length, week });
}

/** Where every bar, tick and label goes, in viewBox units. */
export function weekChartLayout(weeks: readonly WeekCount[], size: ChartSize = DEFAULT_SIZE): WeekChartLayout {
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    right: size.width - MARGIN.right,
    bottom: size.height - MARGIN.bottom,
  };
  const plotWidth = plot.right - plot.left;
  const plotHeight = plot.bottom - plot.top;
  const ticks = niceTicks(Math.max(0, ...weeks.map((w) => w.count)));
  const top = ticks[ticks.length - 1] ?? 1;
  const yOf = (value: number) => round(plot.bottom - (value / top) * plotHeight);

  const n = weeks.length;
  const slot = n > 0 ? plotWidth / n : plotWidth;
  // Bars with a gap between them, and never wider than looks sensible for a few weeks.
  const barWidth = Math.min(slot * 0.7, 48);
  const bars = weeks.map((w, i) => {
    const height = round((w.count / top) * plotHeight);
    return {
      x: round(plot.left + i * slot + (slot - barWidth) / 2),
      y: round(plot.bottom - height),
      width: round(barWidth),
      height,
      count: w.count,
      weekStart: w.week_start,
    };
  });

  // About seven dates at most, counted back from the latest week so that it is always labelled.
  const every = Math.max(1, Math.ceil(n / 7));
  const xLabels = weeks
    .map((w, i) => ({ i, w }))
    .filter(({ i }) => (n - 1 - i) % every === 0)
    .map(({ i, w }) => ({ x: round(plot.left + i * slot + slot / 2), text: weekLabel(w.week_start) }));

  return {
    width: size.width,
    height: size.height,
    plot,
    bars,
    yTicks: ticks.map((value) => ({ value, y: yOf(value) })),
    xLabels,
    summary: weekChartSummary(weeks),
  };
}

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  ...children: (Node | string)[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  for (const child of children) el.append(child);
  return el;
}

/** The incidents-per-week chart as one SVG image, named by its summary. */
export function buildWeekChart(weeks: readonly WeekCount[], size: ChartSize = DEFAULT_SIZE): SVGSVGElement {
  const layout = weekChartLayout(weeks, size);
  const { plot } = layout;
  const grid = layout.yTicks.map((tick) =>
    svg(
      "g",
      { class: "tick" },
      svg("line", { class: "gridline", x1: plot.left, x2: plot.right, y1: tick.y, y2: tick.y }),
      svg("text", { class: "axis-label", x: plot.left - 6, y: tick.y, "text-anchor": "end", "dominant-baseline": "middle" }, numberText(tick.value)),
    ),
  );
  const bars = layout.bars.map((b) =>
    svg(
      "rect",
      { class: "bar", x: b.x, y: b.y, width: b.width, height: b.height, "data-count": b.count, "data-week": b.weekStart },
      // A tooltip for pointer users; screen readers get the table instead.
      svg("title", {}, t("patterns-bar-title", { week: weekLabel(b.weekStart), count: b.count })),
    ),
  );
  const labels = layout.xLabels.map((l) =>
    svg("text", { class: "axis-label", x: l.x, y: plot.bottom + 18, "text-anchor": "middle" }, l.text),
  );
  return svg(
    "svg",
    {
      class: "week-chart",
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      role: "img",
      "aria-label": layout.summary,
      focusable: "false",
    },
    ...grid,
    svg("line", { class: "baseline", x1: plot.left, x2: plot.right, y1: plot.bottom, y2: plot.bottom }),
    ...bars,
    ...labels,
  );
}

/** The same numbers as the chart, as a table, folded away under a summary. */
export function weekTable(weeks: readonly WeekCount[]): HTMLDetailsElement {
  return h(
    "details",
    { class: "chart-table" },
    h("summary", {}, t("patterns-table-show")),
    h(
      "table",
      {},
      h("caption", {}, t("patterns-table-caption")),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("patterns-table-week-starting")), h("th", { scope: "col" }, t("patterns-table-incidents")))),
      h(
        "tbody",
        {},
        ...weeks.map((w) =>
          h("tr", {}, h("th", { scope: "row" }, weekLabelLong(w.week_start)), h("td", {}, numberText(w.count))),
        ),
      ),
    ),
  );
}

export interface KindRow {
  kind: IncidentKind;
  label: string;
  count: number;
  /** Bar length as a share of the most frequent kind's, 0–100. */
  percent: number;
}

/** Rows for the by-kind bars, in the order given (most frequent first). */
export function kindRows(byKind: readonly KindCount[], labelOf: (kind: IncidentKind) => string): KindRow[] {
  const max = Math.max(0, ...byKind.map((k) => k.count));
  return byKind.map((k) => ({
    kind: k.kind,
    label: labelOf(k.kind),
    count: k.count,
    percent: max > 0 ? round((k.count / max) * 100) : 0,
  }));
}

/** Horizontal bars by kind: real text for the label and count, the bar itself only decoration. */
export function buildKindBars(rows: readonly KindRow[]): HTMLUListElement {
  return h(
    "ul",
    { class: "kind-bars", "aria-label": t("patterns-by-type-label") },
    ...rows.map((r) => {
      const fill = h("span", { class: "kind-fill" });
      // The CSSOM, not a style attribute: the CSP refuses inline styles.
      fill.style.width = `${Math.max(r.percent, r.count > 0 ? 2 : 0)}%`;
      return h(
        "li",
        { class: "kind-row", "data-kind": r.kind },
        h("span", { class: "kind-label" }, r.label),
        h("span", { class: "kind-track", "aria-hidden": "true" }, fill),
        h("span", { class: "kind-count" }, t("patterns-times", { count: r.count })),
      );
    }),
  );
}
