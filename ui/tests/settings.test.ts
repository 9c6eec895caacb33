import { describe, expect, it } from "vitest";
import {
  MINUTES_MESSAGE,
  parseMinutes,
  validatePinPair,
  validateShortcutText,
} from "../src/screens/settings-rules";

describe("validatePinPair", () => {
  it("accepts 4 to 12 matching digits", () => {
    expect(validatePinPair("2580", "2580")).toBeNull();
    expect(validatePinPair("123456789012", "123456789012")).toBeNull();
    expect(validatePinPair("0007", "0007")).toBeNull();
  });

  it.each(["123", "1234567890123", "12a4", "12 34", " 1234", "1234 ", "-1234", "12.34", "١٢٣٤", "１２３４"])(
    "rejects %j (same rule as setup)",
    (pin) => {
      expect(validatePinPair(pin, pin)).toMatch(/4 to 12 digits/);
    },
  );

  it("asks for a PIN when none is typed", () => {
    expect(validatePinPair("", "")).toBe("Please type a PIN.");
  });

  it("asks for the confirmation when it is missing", () => {
    expect(validatePinPair("2580", "")).toMatch(/second time/);
  });

  it("says when the two do not match", () => {
    expect(validatePinPair("2580", "2581")).toMatch(/not the same/);
  });

  it("checks the PIN itself before the match", () => {
    expect(validatePinPair("12", "13")).toMatch(/4 to 12 digits/);
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
