// Small exact decimal arithmetic for the calculator disguise.
//
// A value is `c × 10^e` with a BigInt coefficient, so 0.1 + 0.2 is exactly 0.3 and there is no
// binary floating-point noise to hide. Addition, subtraction and multiplication are exact before
// rounding; division is carried to a few digits beyond `INTERNAL_DIGITS` with a sticky digit so
// the final rounding is correct. Every result is rounded to `INTERNAL_DIGITS` significant digits
// (more than the display shows, as pocket calculators keep guard digits), and the display rounds
// again to `DISPLAY_DIGITS`.

/** An immutable decimal `c × 10^e`; always normalized (no trailing zeros in `c`; zero is 0×10^0). */
export interface Decimal {
  readonly c: bigint;
  readonly e: number;
}

/** Significant digits kept between operations. */
export const INTERNAL_DIGITS = 24;
/** Significant digits shown on the display. */
export const DISPLAY_DIGITS = 12;

export const ZERO: Decimal = { c: 0n, e: 0 };

function abs(c: bigint): bigint {
  return c < 0n ? -c : c;
}

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** Number of decimal digits of |c| (1 for zero). */
export function digitCount(c: bigint): number {
  return abs(c).toString().length;
}

function normalize(c: bigint, e: number): Decimal {
  if (c === 0n) return ZERO;
  while (c % 10n === 0n) {
    c /= 10n;
    e += 1;
  }
  return { c, e };
}

/** Rounds to `digits` significant digits, half away from zero (the pocket-calculator rule). */
export function roundSignificant(d: Decimal, digits: number): Decimal {
  const n = digitCount(d.c);
  if (n <= digits) return d;
  const drop = n - digits;
  const div = pow10(drop);
  let q = d.c / div; // truncates toward zero
  const r = abs(d.c % div);
  if (r * 2n >= div) q += d.c < 0n ? -1n : 1n;
  return normalize(q, d.e + drop);
}

/** Exponent of the leading digit: 1234 → 3, 0.05 → -2. Zero → 0. */
export function scientificExponent(d: Decimal): number {
  return d.c === 0n ? 0 : digitCount(d.c) - 1 + d.e;
}

export function isZero(d: Decimal): boolean {
  return d.c === 0n;
}

/**
 * Parses a plain decimal literal as typed on the keypad: optional "-", digits, optional "." and
 * digits ("12", "-0.50", "3."). Anything else throws; callers only pass entry text they built.
 */
export function parseDecimal(text: string): Decimal {
  const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) throw new RangeError("not a decimal literal");
  const frac = m[3] ?? "";
  const c = BigInt((m[2] || "0") + frac);
  return normalize(m[1] === "-" ? -c : c, frac.length === 0 ? 0 : -frac.length); // never -0
}

export function negate(d: Decimal): Decimal {
  return d.c === 0n ? ZERO : { c: -d.c, e: d.e };
}

export function add(a: Decimal, b: Decimal): Decimal {
  if (a.c === 0n) return roundSignificant(b, INTERNAL_DIGITS);
  if (b.c === 0n) return roundSignificant(a, INTERNAL_DIGITS);
  const e = Math.min(a.e, b.e);
  const c = a.c * pow10(a.e - e) + b.c * pow10(b.e - e);
  return roundSignificant(normalize(c, e), INTERNAL_DIGITS);
}

export function subtract(a: Decimal, b: Decimal): Decimal {
  return add(a, negate(b));
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return roundSignificant(normalize(a.c * b.c, a.e + b.e), INTERNAL_DIGITS);
}

/** Returns null when dividing by zero. */
export function divide(a: Decimal, b: Decimal): Decimal | null {
  if (b.c === 0n) return null;
  if (a.c === 0n) return ZERO;
  // Scale the dividend so the quotient has at least INTERNAL_DIGITS + 2 digits.
  const k = Math.max(0, INTERNAL_DIGITS + 2 + digitCount(b.c) - digitCount(a.c));
  const scaled = a.c * pow10(k);
  let q = scaled / b.c;
  // Sticky digit: makes "exactly half" distinguishable from "a little over half" when rounding.
  const sticky = scaled % b.c === 0n ? 0n : 1n;
  // q is never zero here (it has at least INTERNAL_DIGITS + 1 digits), so its sign is the result's.
  q = q * 10n + (q < 0n ? -sticky : sticky);
  return roundSignificant(normalize(q, a.e - b.e - k - 1), INTERNAL_DIGITS);
}

export interface FormatOptions {
  /** Significant digits to show. */
  digits: number;
  /** Values whose leading-digit exponent is >= this are shown in exponent form. */
  maxPlainExponent: number;
  /** Values whose leading-digit exponent is < this are shown in exponent form. */
  minPlainExponent: number;
}

const DEFAULT_FORMAT: FormatOptions = {
  digits: DISPLAY_DIGITS,
  maxPlainExponent: 12, // 1e12 (13 digits) no longer fits a 12-digit display
  minPlainExponent: -6, // 0.000001 is still plain, 0.0000001 becomes 1e-7
};

/**
 * Formats for the display: rounded to 12 significant digits, trailing zeros stripped, plain
 * notation for 0.000001 <= |x| < 1e12 and exponent form ("1.5e+15", "2e-7") outside that range.
 * Uses ASCII "-"; the view may swap in a typographic minus.
 */
export function formatDecimal(d: Decimal, options: FormatOptions = DEFAULT_FORMAT): string {
  const r = roundSignificant(d, options.digits);
  if (r.c === 0n) return "0";
  const sign = r.c < 0n ? "-" : "";
  const s = abs(r.c).toString();
  const x = scientificExponent(r);
  if (x >= options.maxPlainExponent || x < options.minPlainExponent) {
    const mantissa = s.length > 1 ? `${s[0]}.${s.slice(1)}` : s;
    return `${sign}${mantissa}e${x >= 0 ? "+" : "-"}${Math.abs(x)}`;
  }
  if (r.e >= 0) return sign + s + "0".repeat(r.e);
  const intLen = s.length + r.e;
  if (intLen > 0) return `${sign}${s.slice(0, intLen)}.${s.slice(intLen)}`;
  return `${sign}0.${"0".repeat(-intLen)}${s}`;
}
