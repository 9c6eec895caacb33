import { describe, expect, it } from "vitest";
import { isPinLike, lineAt, linesToKeep, ordinaryLines, pinCandidateAtEnter } from "../src/disguise/notes-engine";

/** "|" marks the caret; returns the candidate for Enter pressed there. */
function at(textWithCaret: string): string | null {
  const caret = textWithCaret.indexOf("|");
  return pinCandidateAtEnter(textWithCaret.replace("|", ""), caret);
}

describe("isPinLike", () => {
  it.each([
    ["1234", true],
    ["123456789012", true],
    ["0000", true],
    ["123", false],
    ["1234567890123", false],
    ["", false],
    ["12 34", false],
    [" 1234", false],
    ["1234 ", false],
    ["12a4", false],
    ["-1234", false],
    ["12.34", false],
    ["١٢٣٤", false], // Arabic-Indic digits are not ASCII digits
    ["１２３４", false], // full-width digits
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

describe("pinCandidateAtEnter", () => {
  it("a lone PIN with the caret at its end is a candidate", () => {
    expect(at("1234|")).toBe("1234");
    expect(at("shopping\nmilk\n1234|")).toBe("1234");
    expect(at("shopping\n987654|\nmilk")).toBe("987654");
    expect(at("123456789012|")).toBe("123456789012");
    expect(at("0042|")).toBe("0042");
  });

  it("needs 4 to 12 digits", () => {
    expect(at("123|")).toBeNull();
    expect(at("1234567890123|")).toBeNull();
  });

  it("the line must hold only the digits", () => {
    expect(at("call 1234|")).toBeNull();
    expect(at(" 1234|")).toBeNull();
    expect(at("1234 |")).toBeNull();
    expect(at("12-34|")).toBeNull();
    expect(at("£1234|")).toBeNull();
    expect(at("1234.|")).toBeNull();
  });

  it("the caret must be at the end of the line", () => {
    expect(at("12|34")).toBeNull();
    expect(at("|1234")).toBeNull();
    expect(at("1234|5")).toBeNull();
    expect(at("notes\n12|34\nmore")).toBeNull();
  });

  it("only the caret's line counts", () => {
    expect(at("1234\n|")).toBeNull();
    expect(at("1234\nabc|")).toBeNull();
    expect(at("abc|\n1234")).toBeNull();
    expect(at("|")).toBeNull();
  });

  it("tolerates a CRLF line ending", () => {
    expect(pinCandidateAtEnter("1234\r\nmore", 4)).toBe("1234");
  });

  it("a selection is not a candidate (Enter replaces it)", () => {
    expect(pinCandidateAtEnter("1234", 0, 4)).toBeNull();
    expect(pinCandidateAtEnter("1234", 4, 4)).toBe("1234");
  });

  it("is robust to out-of-range carets", () => {
    expect(pinCandidateAtEnter("1234", 99)).toBe("1234");
    expect(pinCandidateAtEnter("1234", -1)).toBeNull();
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
