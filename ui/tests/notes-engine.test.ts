import { describe, expect, it } from "vitest";
import {
  PIN_MAX_DIGITS,
  PIN_MIN_DIGITS,
  RECOVERY_KEY_DIGITS,
  couldHoldPin,
  isPinLike,
  isSetupCodeAtEnter,
  lineAt,
  linesToKeep,
  ordinaryLines,
  pinCandidateAtEnter,
  recoveryKeyOf,
} from "../src/disguise/notes-engine";

/** A recovery key as shown: eight groups of five digits. */
const KEY_SHOWN = "48291 37502 66140 93857 22004 81937 50617 28394";
const KEY = KEY_SHOWN.replace(/ /g, "");

/** "|" marks the caret; returns the candidate for Enter pressed there. */
function at(textWithCaret: string): string | null {
  const caret = textWithCaret.indexOf("|");
  return pinCandidateAtEnter(textWithCaret.replace("|", ""), caret);
}

describe("isPinLike", () => {
  it("takes 4 to 16 digits (new PINs have 6 or more; older vaults' 4 or 5 still open)", () => {
    expect([PIN_MIN_DIGITS, PIN_MAX_DIGITS, RECOVERY_KEY_DIGITS]).toEqual([4, 16, 40]);
  });

  it.each([
    ["123456", true],
    ["123456789012", true],
    ["1234567890123456", true],
    ["000000", true],
    ["0000", false], // the setup code, never tried
    ["1234", true],
    ["12345", true],
    ["123", false],
    ["12345678901234567", false],
    ["", false],
    ["123 456", false],
    [" 123456", false],
    ["123456 ", false],
    ["12a456", false],
    ["-123456", false],
    ["123.456", false],
    ["١٢٣٤٥٦", false], // Arabic-Indic digits are not ASCII digits
    ["１２３４５６", false], // full-width digits
  ])("%j → %s", (text, expected) => {
    expect(isPinLike(text)).toBe(expected);
  });
});

describe("lineAt", () => {
  it("finds the line around a position", () => {
    const v = "one\ntwo\nthree";
    expect(lineAt(v, 0)).toEqual({ start: 0, end: 3, text: "one" });
    expect(lineAt(v, 3)).toEqual({ start: 0, end: 3, text: "one" });
    expect(lineAt(v, 4)).toEqual({ start: 4, end: 7, text: "two" });
    expect(lineAt(v, 13)).toEqual({ start: 8, end: 13, text: "three" });
  });

  it("clamps out-of-range positions and handles empty text", () => {
    expect(lineAt("abc", 99)).toEqual({ start: 0, end: 3, text: "abc" });
    expect(lineAt("abc", -5)).toEqual({ start: 0, end: 3, text: "abc" });
    expect(lineAt("", 0)).toEqual({ start: 0, end: 0, text: "" });
    expect(lineAt("a\n", 2)).toEqual({ start: 2, end: 2, text: "" });
  });
});

describe("recoveryKeyOf", () => {
  it("takes the 40 digits run together or in the groups shown, and gives the digits alone", () => {
    expect(recoveryKeyOf(KEY)).toBe(KEY);
    expect(recoveryKeyOf(KEY_SHOWN)).toBe(KEY);
  });

  it.each([
    ["39 digits", KEY.slice(1)],
    ["41 digits", `${KEY}1`],
    ["a group short", KEY_SHOWN.slice(0, -1)],
    ["two spaces between groups", KEY_SHOWN.replace(" ", "  ")],
    ["a leading space", ` ${KEY_SHOWN}`],
    ["a trailing space", `${KEY_SHOWN} `],
    ["groups of four", KEY.replace(/(\d{4})(?=\d)/g, "$1 ")],
    ["dashes", KEY_SHOWN.replace(/ /g, "-")],
    ["a tab", KEY_SHOWN.replace(" ", "\t")],
    ["a letter", `${KEY.slice(0, 39)}O`],
    ["full-width digits", "４".repeat(40)],
  ])("refuses %s", (_what, text) => {
    expect(recoveryKeyOf(text)).toBeNull();
  });
});

describe("pinCandidateAtEnter", () => {
  it("a lone PIN with the caret at its end is a candidate", () => {
    expect(at("123456|")).toBe("123456");
    expect(at("shopping\nmilk\n123456|")).toBe("123456");
    expect(at("shopping\n987654|\nmilk")).toBe("987654");
    expect(at("1234567890123456|")).toBe("1234567890123456");
    expect(at("004217|")).toBe("004217");
  });

  it("needs 4 to 16 digits, and never the setup code", () => {
    expect(at("123|")).toBeNull();
    expect(at("1234|")).toBe("1234");
    expect(at("0000|")).toBeNull();
    expect(at("12345|")).toBe("12345");
    expect(at("12345678901234567|")).toBeNull();
    expect(at(`${KEY.slice(0, 39)}|`)).toBeNull();
  });

  it("a recovery key is a candidate, sent as its 40 digits", () => {
    expect(at(`${KEY}|`)).toBe(KEY);
    expect(at(`${KEY_SHOWN}|`)).toBe(KEY);
    expect(at(`milk\n${KEY_SHOWN}|\nbread`)).toBe(KEY);
    expect(pinCandidateAtEnter(`${KEY_SHOWN}\r\nmore`, KEY_SHOWN.length)).toBe(KEY);
    expect(at(`${KEY_SHOWN} |`)).toBeNull();
    expect(at(`key ${KEY_SHOWN}|`)).toBeNull();
    expect(at(`${KEY_SHOWN.slice(0, 20)}|${KEY_SHOWN.slice(20)}`)).toBeNull();
  });

  it("the line must hold only the digits", () => {
    expect(at("call 123456|")).toBeNull();
    expect(at(" 123456|")).toBeNull();
    expect(at("123456 |")).toBeNull();
    expect(at("123 456|")).toBeNull();
    expect(at("12-3456|")).toBeNull();
    expect(at("£123456|")).toBeNull();
    expect(at("123456.|")).toBeNull();
  });

  it("the caret must be at the end of the line", () => {
    expect(at("123|456")).toBeNull();
    expect(at("|123456")).toBeNull();
    expect(at("123456|7")).toBeNull();
    expect(at("notes\n123|456\nmore")).toBeNull();
  });

  it("only the caret's line counts", () => {
    expect(at("123456\n|")).toBeNull();
    expect(at("123456\nabc|")).toBeNull();
    expect(at("abc|\n123456")).toBeNull();
    expect(at("|")).toBeNull();
  });

  it("tolerates a CRLF line ending", () => {
    expect(pinCandidateAtEnter("123456\r\nmore", 6)).toBe("123456");
  });

  it("a selection is not a candidate (Enter replaces it)", () => {
    expect(pinCandidateAtEnter("123456", 0, 6)).toBeNull();
    expect(pinCandidateAtEnter("123456", 6, 6)).toBe("123456");
  });

  it("is robust to out-of-range carets", () => {
    expect(pinCandidateAtEnter("123456", 99)).toBe("123456");
    expect(pinCandidateAtEnter("123456", -1)).toBeNull();
  });
});

describe("isSetupCodeAtEnter", () => {
  it("is 0000 alone on its line, the caret at its end", () => {
    expect(isSetupCodeAtEnter("0000", 4)).toBe(true);
    expect(isSetupCodeAtEnter("milk\n0000", 9)).toBe(true);
    expect(isSetupCodeAtEnter("0000\r\nmilk", 4)).toBe(true);
    expect(isSetupCodeAtEnter("0000", 2)).toBe(false);
    expect(isSetupCodeAtEnter("0000", 0, 4)).toBe(false);
    expect(isSetupCodeAtEnter("00000", 5)).toBe(false);
    expect(isSetupCodeAtEnter(" 0000", 5)).toBe(false);
    expect(isSetupCodeAtEnter("000000", 6)).toBe(false);
  });
});

describe("ordinaryLines (what the pad keeps between hides)", () => {
  it("never keeps a line that could hold a PIN: right, wrong, half of one, with a slip, any digits", () => {
    expect(ordinaryLines("milk, bread\n111333\n482913\n")).toBe("milk, bread\n");
    expect(ordinaryLines("58")).toBe("");
    expect(ordinaryLines(" 58 20 47 \neggs")).toBe("eggs");
    expect(ordinaryLines("call at 3\n0000\r\nbus 42")).toBe("call at 3\nbus 42");
    for (const slip of ["482913=", "4829o", "#750316", "٤٨٢٩١٣", "４８２９１３", "58=", "(12)", "call 07700 900123"]) {
      expect(ordinaryLines(`a\n${slip}\nb`)).toBe("a\nb");
    }
  });

  it("never keeps a recovery key, whole or in part, spaced or not", () => {
    for (const line of [KEY, KEY_SHOWN, KEY_SHOWN.slice(0, 5), KEY_SHOWN.slice(0, 11), ` ${KEY_SHOWN} `, `key ${KEY_SHOWN}`]) {
      expect(couldHoldPin(line)).toBe(true);
      expect(ordinaryLines(`milk\n${line}\nbread`)).toBe("milk\nbread");
    }
    const typed = `milk\n${KEY_SHOWN}\n`;
    expect(linesToKeep(typed, typed.length)).toBe("milk\n");
    expect(linesToKeep(`milk\n${KEY_SHOWN}`, 2)).toBe("milk");
  });

  it("keeps every other line as typed, empty ones included", () => {
    expect(ordinaryLines("a\n\n  b\r\n12 eggs\nbus 42 at 9:15")).toBe("a\n\n  b\n12 eggs\nbus 42 at 9:15");
    expect(ordinaryLines("")).toBe("");
  });
});

describe("linesToKeep (what the pad sends while typing goes on)", () => {
  it("leaves out the line being typed while it holds a digit", () => {
    const text = "milk\n58";
    expect(linesToKeep(text, text.length)).toBe("milk\n");
    expect(linesToKeep("milk\neg", 7)).toBe("milk\neg");
    // The caret moved up to another line: the finished one is judged as a whole.
    expect(linesToKeep("bus 42\nmilk", 2)).toBe("\nmilk");
    expect(linesToKeep("bus 42\nmilk", 10)).toBe("bus 42\nmilk");
  });
});
