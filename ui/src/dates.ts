// Dates and counts in the fixed English wording the whole app uses ("Mon 23 Nov 2026", "14:05",
// "3 entries"). Built by hand rather than with toLocaleString, so they read the same on every
// computer. In any other language the dates come from Intl, in that language (the time always on
// the 24-hour clock, as in English). Pure: no DOM, no Rust.

import { language, locale } from "./i18n";

export const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
export const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** "1 entry", "3 entries". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const pad = (n: number) => String(n).padStart(2, "0");

const DAY: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short", year: "numeric" };
const TIME: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
const formats = new Map<string, Intl.DateTimeFormat>();

/** In a language other than English: how it writes a day, a time or both (Intl); null in English. */
function localFormat(kind: "day" | "time" | "day-time"): Intl.DateTimeFormat | null {
  if (language() === "en-GB") return null;
  const key = `${locale()} ${kind}`;
  let format = formats.get(key);
  if (!format) {
    const options = kind === "day" ? DAY : kind === "time" ? TIME : { ...DAY, ...TIME };
    format = new Intl.DateTimeFormat(locale(), options);
    formats.set(key, format);
  }
  return format;
}

/** "Mon 23 Nov 2026" for a Date, in this computer's local time. */
export function dayText(d: Date): string {
  const local = localFormat("day");
  if (local) return local.format(d);
  return `${DAYS[d.getDay()]} ${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
}

/** "14:05" for a Date, in this computer's local time. */
export function timeText(d: Date): string {
  const local = localFormat("time");
  if (local) return local.format(d);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Whether two instants fall on the same local calendar day. */
export function sameLocalDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** "Mon 23 Nov 2026" in local time; anything that is not a date comes back unchanged. */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dayText(d);
}

/** "14:05" in local time; "" for anything that is not a date. */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? "" : timeText(d);
}

/** "Sat 5 Jul 2025, 14:05" in local time; anything that is not a date comes back unchanged. */
export function formatLocalDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const local = localFormat("day-time");
  return local ? local.format(d) : `${dayText(d)}, ${timeText(d)}`;
}

/** "Fri 4 Dec 2026" for a calendar day given as YYYY-MM-DD (no time zone involved); anything else comes back unchanged. */
export function formatDay(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  // setFullYear, not the constructor: the constructor reads years 0-99 as 1900-1999.
  const d = new Date(2000, 0, 1);
  d.setFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(d.getTime()) ? day : dayText(d);
}
