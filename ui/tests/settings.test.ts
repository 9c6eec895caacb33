import { describe, expect, it } from "vitest";
import {
  MINUTES_MESSAGE,
  PIN_FIELD_HINT,
  PIN_MAX_DIGITS,
  PIN_MIN_DIGITS,
  PIN_PATTERN,
  PIN_RULE_MESSAGE,
  PIN_TOO_EASY_MESSAGE,
  PINS_DIFFER_MESSAGE,
  isEasyPattern,
  isRefusedPin,
  parseMinutes,
  pinPairProblem,
  pinStrength,
  pinStrengthText,
  validatePinPair,
  validateShortcutText,
} from "../src/screens/settings-rules";

describe("validatePinPair", () => {
  it("accepts 6 to 16 matching digits", () => {
    expect(validatePinPair("258014", "258014")).toBeNull();
    expect(validatePinPair("1234567890123455", "1234567890123455")).toBeNull();
    expect(validatePinPair("000731", "000731")).toBeNull();
  });

  it.each([
    "123",
    "1234",
    "12345",
    "12345678901234567",
    "1".repeat(40),
    "12a456",
    "123 456",
    " 123456",
    "123456 ",
    "-123456",
    "123.456",
    "١٢٣٤٥٦",
    "１２３４５６",
  ])("rejects %j (same rule as setup)", (pin) => {
    expect(validatePinPair(pin, pin)).toBe(PIN_RULE_MESSAGE);
    expect(PIN_RULE_MESSAGE).toMatch(/6 to 16 digits/);
  });

  it("asks for a PIN when none is typed", () => {
    expect(validatePinPair("", "")).toBe("Please type a PIN.");
  });

  it("asks for the confirmation when it is missing", () => {
    expect(validatePinPair("258014", "")).toMatch(/second time/);
  });

  it("says when the two do not match", () => {
    expect(validatePinPair("258014", "258015")).toMatch(/not the same/);
  });

  it("checks the PIN itself before the match", () => {
    expect(validatePinPair("12", "13")).toMatch(/6 to 16 digits/);
    expect(validatePinPair("123456", "654321")).toBe(PIN_TOO_EASY_MESSAGE);
  });

  it("refuses what Rust refuses, before sending it", () => {
    for (const pin of ["111111", "123456", "987654", "121212", "123123", "12341234"]) {
      expect(validatePinPair(pin, pin)).toBe(PIN_TOO_EASY_MESSAGE);
    }
    // Easy-looking but taken by Rust: advice only, never a refusal.
    for (const pin of ["135790", "112211", "1231231"]) expect(validatePinPair(pin, pin)).toBeNull();
  });

  it("the rule is the same as Rust's: 6 to 16 ASCII digits", () => {
    expect([PIN_MIN_DIGITS, PIN_MAX_DIGITS]).toEqual([6, 16]);
    expect(PIN_PATTERN.test("123456")).toBe(true);
    expect(PIN_PATTERN.test("12345")).toBe(false);
    expect(PIN_PATTERN.test("12345678901234567")).toBe(false);
    expect(PIN_FIELD_HINT).toMatch(/^6 to 16 digits/);
  });
});

describe("pinPairProblem (where a PIN form's problem is shown)", () => {
  it("puts each problem under its box", () => {
    expect(pinPairProblem("", "")).toEqual({ message: "Please type a PIN.", field: "pin", clearBoth: false });
    expect(pinPairProblem("12", "")?.field).toBe("pin");
    expect(pinPairProblem("111111", "111111")).toEqual({ message: PIN_TOO_EASY_MESSAGE, field: "pin", clearBoth: false });
    expect(pinPairProblem("258014", "")?.field).toBe("confirm");
    expect(pinPairProblem("258014", "258014")).toBeNull();
  });

  it("two that differ: both emptied, from the first", () => {
    expect(pinPairProblem("258014", "258015")).toEqual({ message: PINS_DIFFER_MESSAGE, field: "pin", clearBoth: true });
  });
});

/**
 * crates/vault `check_new_pin` as written there, byte by byte (windows, the next digit round the
 * dial, chunks), so the page's `isRefusedPin` is checked against Rust's own steps.
 */
function rustRefuses(pin: string): boolean {
  const bytes = [...pin].map((c) => c.charCodeAt(0));
  if (!(bytes.length >= 6 && bytes.length <= 16 && bytes.every((b) => b >= 48 && b <= 57))) return true;
  const next = (d: number) => 48 + ((d - 48 + 1) % 10);
  const windows = bytes.slice(1).map((b, i) => [bytes[i], b] as const);
  const allSame = bytes.every((b) => b === bytes[0]);
  const ascending = windows.every(([a, b]) => b === next(a));
  const descending = windows.every(([a, b]) => a === next(b));
  let repeated = false;
  for (let n = 2; n <= Math.floor(bytes.length / 2); n++) {
    if (bytes.length % n !== 0) continue;
    let all = true;
    for (let at = 0; at < bytes.length; at += n) {
      for (let i = 0; i < n; i++) if (bytes[at + i] !== bytes[i]) all = false;
    }
    if (all) repeated = true;
  }
  return allSame || ascending || descending || repeated;
}

describe("isRefusedPin (what Rust refuses as too easy)", () => {
  it.each([
    "111111",
    "0000000000",
    "123456",
    "012345",
    "0123456789",
    "345678",
    "987654",
    "9876543210",
    "543210",
    "121212",
    "100100",
    "123123",
    "12341234",
    "20242024",
    "123412341234",
    "9090909090909090",
    "890123",
    "210987",
    "1234567890",
    "0987654321",
  ])("%j is refused", (pin) => {
    expect(isRefusedPin(pin)).toBe(true);
    expect(rustRefuses(pin)).toBe(true);
  });

  it.each(["112211", "1231231", "1212121", "135790", "482913", "1234567890123455", "12345687"])(
    "%j is taken",
    (pin) => {
      expect(isRefusedPin(pin)).toBe(false);
      expect(rustRefuses(pin)).toBe(false);
    },
  );

  it("agrees with Rust on every 6-digit PIN and on many longer ones", () => {
    for (let n = 0; n < 1_000_000; n++) {
      const pin = String(n).padStart(6, "0");
      if (isRefusedPin(pin) !== rustRefuses(pin)) expect.fail(pin);
    }
    // Longer ones built from short groups (where repeats and runs hide), and some at random.
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 20000; i++) {
      const length = 7 + Math.floor(random() * 10);
      const group = String(Math.floor(random() * 10000)).slice(0, 1 + Math.floor(random() * 4));
      const pin = (random() < 0.5 ? group.repeat(16) : String(random()).slice(2) + "0123456789").slice(0, length);
      if (pin.length === length && isRefusedPin(pin) !== rustRefuses(pin)) expect.fail(pin);
    }
  });

  it("is not about length or letters (those have their own messages)", () => {
    expect(isRefusedPin("11111")).toBe(false);
    expect(isRefusedPin("1".repeat(17))).toBe(false);
    expect(isRefusedPin("12345a")).toBe(false);
  });
});

describe("pinStrength (the hint under a new PIN as it is typed)", () => {
  it.each([
    ["", "empty"],
    ["12a", "not-digits"],
    ["482 913", "not-digits"],
    ["4", "short"],
    ["48291", "short"],
    ["482913", "ok"],
    ["4829137", "ok"],
    ["48291375", "good"],
    ["482913750", "good"],
    ["4829137502", "strong"],
    ["4829137502661409", "strong"],
    ["48291375026614093", "long"],
    ["111111", "refused"],
    ["0000000000", "refused"],
    ["121212", "refused"],
    ["100100", "refused"],
    ["123123", "refused"],
    ["20242024", "refused"],
    ["123456", "refused"],
    ["12345678", "refused"],
    ["1234567890", "refused"], // round the dial: 9 then 0 is a step
    ["987654", "refused"],
    ["890123", "refused"],
    ["210987", "refused"],
    ["112211", "easy"],
    ["1231231", "easy"],
    ["135790", "ok"],
    ["482910", "ok"],
    ["12345687", "good"],
  ] as const)("%j → %s", (pin, expected) => {
    expect(pinStrength(pin)).toBe(expected);
  });

  it("says it in plain words", () => {
    expect(pinStrengthText("")).toBe("");
    expect(pinStrengthText("482913")).toBe("OK. Longer is harder to guess: 8 or more digits is better.");
    expect(pinStrengthText("48291375")).toBe("Good.");
    expect(pinStrengthText("4829137502")).toBe("Strong.");
    expect(pinStrengthText("111111")).toBe("This PIN can't be used: it's too easy to guess.");
    expect(pinStrengthText("123456")).toBe("This PIN can't be used: it's too easy to guess.");
    expect(pinStrengthText("112211")).toBe("Easy to guess. Digits with no pattern are stronger.");
    expect(pinStrengthText("48291375026614093")).toMatch(/more than 16 digits/);
    expect(pinStrengthText("48a")).toMatch(/Only digits/);
  });

  it("says nothing until there are 6 digits: the first digit is no telling-off", () => {
    for (const typed of ["1", "11", "111", "1111", "11111", "4829"]) expect(pinStrengthText(typed)).toBe("");
    expect(pinStrengthText("111111")).not.toBe("");
  });

  it("isEasyPattern needs the whole PIN to repeat or count", () => {
    expect(isEasyPattern("1231231")).toBe(true); // 123 said again, then cut short
    expect(isEasyPattern("12341235")).toBe(false);
    expect(isEasyPattern("1234568")).toBe(false);
  });
});

describe("parseMinutes", () => {
  it.each([
    ["1", 1],
    ["5", 5],
    ["240", 240],
    [" 30 ", 30],
    ["007", 7],
  ])("%j → %d", (text, minutes) => {
    expect(parseMinutes(text)).toBe(minutes);
  });

  it.each(["", "0", "241", "1000", "-5", "2.5", "5e1", "abc", "1 0", "0x10", "+5"])("rejects %j", (text) => {
    expect(parseMinutes(text)).toBeNull();
  });

  it("has a message naming the range", () => {
    expect(MINUTES_MESSAGE).toContain("1 to 240");
  });
});

describe("validateShortcutText", () => {
  it("accepts a modifier and a key", () => {
    expect(validateShortcutText("CommandOrControl+Shift+H")).toBeNull();
    expect(validateShortcutText("  Alt+F5 ")).toBeNull();
  });

  it.each(["", "   ", "H", "Ctrl+", "+H", "Ctrl++H"])("rejects %j", (text) => {
    expect(validateShortcutText(text)).not.toBeNull();
  });
});
