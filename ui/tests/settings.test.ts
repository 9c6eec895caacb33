import { describe, expect, it } from "vitest";
import {
  MINUTES_MESSAGE,
  PIN_FIELD_HINT,
  PIN_MAX_DIGITS,
  PIN_MIN_DIGITS,
  PIN_PATTERN,
  PIN_RULE_MESSAGE,
  isEasyPattern,
  parseMinutes,
  pinStrength,
  pinStrengthText,
  validatePinPair,
  validateShortcutText,
} from "../src/screens/settings-rules";

describe("validatePinPair", () => {
  it("accepts 6 to 16 matching digits", () => {
    expect(validatePinPair("258014", "258014")).toBeNull();
    expect(validatePinPair("1234567890123456", "1234567890123456")).toBeNull();
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
  });

  it("the rule is the same as Rust's: 6 to 16 ASCII digits", () => {
    expect([PIN_MIN_DIGITS, PIN_MAX_DIGITS]).toEqual([6, 16]);
    expect(PIN_PATTERN.test("123456")).toBe(true);
    expect(PIN_PATTERN.test("12345")).toBe(false);
    expect(PIN_PATTERN.test("12345678901234567")).toBe(false);
    expect(PIN_FIELD_HINT).toMatch(/^6 to 16 digits/);
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
    ["111111", "easy"],
    ["0000000000", "easy"],
    ["121212", "easy"],
    ["100100", "easy"],
    ["123123", "easy"],
    ["20242024", "easy"],
    ["123456", "easy"],
    ["12345678", "easy"],
    ["1234567890", "easy"],
    ["987654", "easy"],
    ["890123", "easy"],
    ["210987", "easy"],
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
    expect(pinStrengthText("111111")).toBe("Easy to guess: please avoid repeated or counting digits.");
    expect(pinStrengthText("4829")).toMatch(/at least 6 digits/);
    expect(pinStrengthText("48291375026614093")).toMatch(/more than 16 digits/);
    expect(pinStrengthText("48a")).toMatch(/Only digits/);
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
