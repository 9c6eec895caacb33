import { describe, expect, it } from "vitest";
import {
  type Decimal,
  INTERNAL_DIGITS,
  add,
  divide,
  formatDecimal,
  multiply,
  negate,
  parseDecimal,
  roundSignificant,
  scientificExponent,
  subtract,
} from "../src/disguise/decimal";

const d = parseDecimal;

/** Deterministic PRNG (mulberry32) so property tests are repeatable. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random keypad-style literal: up to 12 digits, maybe a point, maybe negative. */
function randomLiteral(next: () => number): string {
  const len = 1 + Math.floor(next() * 12);
  let digits = "";
  for (let i = 0; i < len; i++) digits += String(Math.floor(next() * 10));
  const point = Math.floor(next() * (len + 1));
  const body = point === len ? digits : `${digits.slice(0, point) || "0"}.${digits.slice(point)}`;
  return (next() < 0.3 ? "-" : "") + body;
}

/** Exact value as a BigInt scaled by 10^scale (the literal has at most 12 fraction digits). */
function scaled(x: Decimal, scale: number): bigint {
  if (x.e < -scale) throw new RangeError("scale too small");
  return x.c * 10n ** BigInt(x.e + scale);
}

describe("parse and format", () => {
  it.each([
    ["0", "0"],
    ["-0", "0"],
    ["0.", "0"],
    [".5", "0.5"],
    ["-1.50", "-1.5"],
    ["1200", "1200"],
    ["000123.4500", "123.45"],
    ["123456789012", "123456789012"],
    ["0.000001", "0.000001"],
    ["0.0000001", "1e-7"],
    ["1000000000000", "1e+12"],
    ["-1234567890123456", "-1.23456789012e+15"],
    ["0.1234567890125", "0.123456789013"],
    ["-0.1234567890125", "-0.123456789013"],
    ["9.999999999995", "10"],
  ])("%s → %s", (input, output) => {
    expect(formatDecimal(d(input))).toBe(output);
  });

  it("rejects things that are not keypad literals", () => {
    for (const bad of ["", "-", ".", "1e5", "1.2.3", "+1", " 1", "abc"]) {
      expect(() => d(bad)).toThrow();
    }
  });

  it("normalizes: equal values have equal representations", () => {
    expect(d("1.500")).toEqual(d("1.5"));
    expect(d("-0.0")).toEqual(d("0"));
    expect(d("100")).toEqual({ c: 1n, e: 2 });
  });

  it("rounds half away from zero", () => {
    expect(roundSignificant(d("2.5"), 1)).toEqual(d("3"));
    expect(roundSignificant(d("-2.5"), 1)).toEqual(d("-3"));
    expect(roundSignificant(d("2.49"), 1)).toEqual(d("2"));
    expect(roundSignificant(d("999.5"), 3)).toEqual(d("1000"));
  });

  it("round-trips every keypad literal in the plain range", () => {
    const next = rng(1);
    for (let i = 0; i < 2000; i++) {
      const lit = randomLiteral(next);
      const v = d(lit);
      const shown = formatDecimal(v);
      if (shown.includes("e")) continue;
      expect(d(shown)).toEqual(v);
    }
  });
});

describe("arithmetic is exact", () => {
  it("known float traps", () => {
    expect(formatDecimal(add(d("0.1"), d("0.2")))).toBe("0.3");
    expect(formatDecimal(subtract(d("0.3"), d("0.1")))).toBe("0.2");
    expect(formatDecimal(multiply(d("1.1"), d("1.1")))).toBe("1.21");
    expect(formatDecimal(multiply(d("0.07"), d("100")))).toBe("7");
    expect(formatDecimal(divide(d("0.3"), d("0.1")) as Decimal)).toBe("3");
    expect(formatDecimal(negate(d("0")))).toBe("0");
  });

  it("add, subtract and multiply of 12-digit literals match exact integer arithmetic", () => {
    const next = rng(2);
    const S = 24;
    for (let i = 0; i < 3000; i++) {
      const a = d(randomLiteral(next));
      const b = d(randomLiteral(next));
      // Sums of two literals have at most 24 significant digits, so no rounding happens.
      expect(scaled(add(a, b), S)).toBe(scaled(a, S) + scaled(b, S));
      expect(scaled(subtract(a, b), S)).toBe(scaled(a, S) - scaled(b, S));
      // Products of two 12-digit coefficients have at most 24 digits: exact too.
      expect(scaled(multiply(a, b), 2 * S)).toBe((scaled(a, S) * scaled(b, S)));
    }
  });

  it("division is correctly rounded to 24 significant digits", () => {
    const next = rng(3);
    for (let i = 0; i < 3000; i++) {
      const a = d(randomLiteral(next));
      const b = d(randomLiteral(next));
      const q = divide(a, b);
      if (b.c === 0n) {
        expect(q).toBeNull();
        continue;
      }
      if (a.c === 0n) {
        expect(q).toEqual(d("0"));
        continue;
      }
      const qq = q as Decimal;
      expect(qq.c.toString().replace("-", "").length).toBeLessThanOrEqual(INTERNAL_DIGITS);
      // |q − a/b| <= half a unit in the last kept place (ulp), i.e. |q·b − a| <= ulp·|b| / 2.
      // Work in integers: scale everything by 10^K.
      const K = 200;
      const pow = (n: number) => 10n ** BigInt(n + K);
      const ulpE = scientificExponent(qq) - (INTERNAL_DIGITS - 1); // place of the 24th digit
      const absB = b.c < 0n ? -b.c : b.c;
      const lhs = qq.c * b.c * pow(qq.e + b.e) - a.c * pow(a.e);
      const absLhs = lhs < 0n ? -lhs : lhs;
      const bound = absB * pow(ulpE + b.e); // ulp·|b|, compared doubled below
      expect(absLhs * 2n <= bound).toBe(true);
    }
  });

  it("1/3 and 2/3 carry 24 digits", () => {
    expect(divide(d("1"), d("3"))).toEqual({ c: 333333333333333333333333n, e: -24 });
    expect(divide(d("2"), d("3"))).toEqual({ c: 666666666666666666666667n, e: -24 });
    expect(divide(d("-2"), d("3"))).toEqual({ c: -666666666666666666666667n, e: -24 });
  });

  it("results are rounded to 24 significant digits", () => {
    const big = multiply(d("123456789012"), d("123456789012"));
    const bigger = multiply(big, d("123456789012"));
    expect(bigger.c.toString().length).toBeLessThanOrEqual(INTERNAL_DIGITS);
  });
});
