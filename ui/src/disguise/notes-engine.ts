// The notes-pad disguise's logic, with no DOM: finding the unlock gesture in the text.
//
// Gesture: on a line that contains nothing but the PIN (4 to 12 ASCII digits, no spaces or other
// characters), with the caret at the end of that line, the user presses Enter. The line stays in
// the text exactly as typed, so a wrong PIN looks like any other note.

export const PIN_MIN_DIGITS = 4;
export const PIN_MAX_DIGITS = 12;

const PIN_LINE = new RegExp(`^[0-9]{${PIN_MIN_DIGITS},${PIN_MAX_DIGITS}}$`);

/** True if `text` is exactly 4 to 12 ASCII digits. */
export function isPinLike(text: string): boolean {
  return PIN_LINE.test(text);
}

export interface LineSpan {
  /** Index of the first character of the line. */
  readonly start: number;
  /** Index just past the last character of the line (before its "\n", if any). */
  readonly end: number;
  readonly text: string;
}

function clamp(value: string, position: number): number {
  return Math.min(Math.max(0, Math.trunc(position) || 0), value.length);
}

/** The line containing `position` (clamped to the text). Lines are split on "\n". */
export function lineAt(value: string, position: number): LineSpan {
  const p = clamp(value, position);
  const start = value.lastIndexOf("\n", p - 1) + 1;
  const nl = value.indexOf("\n", p);
  const end = nl === -1 ? value.length : nl;
  return { start, end, text: value.slice(start, end) };
}

/**
 * Given the textarea's value and selection at the moment Enter is pressed (before the newline is
 * inserted), returns the PIN candidate, or null when this Enter is an ordinary line break.
 *
 * A candidate needs: no selected text (Enter would replace it), the caret at the end of its line,
 * and that line (minus a trailing "\r") being exactly 4 to 12 digits.
 */
export function pinCandidateAtEnter(
  value: string,
  selectionStart: number,
  selectionEnd: number = selectionStart,
): string | null {
  if (selectionStart !== selectionEnd) return null;
  const caret = clamp(value, selectionStart);
  const line = lineAt(value, caret);
  const rest = value.slice(caret, line.end);
  if (rest !== "" && rest !== "\r") return null;
  const text = line.text.endsWith("\r") ? line.text.slice(0, -1) : line.text;
  return isPinLike(text) ? text : null;
}

/** Signs a calculator (or a slip beside the digits) puts around a number. */
const CALCULATOR_SIGNS = new Set(["=", "+", "-", "*", "/", "×", "÷", ".", ",", "#", "%", "(", ")", "−"]);

/**
 * True for a line that could hold a PIN: four digits in a row (any script's; spaces between them
 * do not count), or nothing but digits and calculator signs. The pad is where a PIN is typed, so
 * such a line is never kept, whether it is the PIN, a wrong guess, half of one, or one with a slip
 * ("482913=", "4829o", "#750316"). A phone number, a year or a time makes its line go too.
 * Mirrors harbour_vault's notes_pad.rs, which filters again before anything reaches the disk.
 */
export function couldHoldPin(line: string): boolean {
  let run = 0;
  let digits = false;
  let onlyDigitsAndSigns = true;
  for (const c of line) {
    if (/\p{N}/u.test(c)) {
      digits = true;
      if (++run >= 4) return true;
    } else if (/\s/u.test(c)) {
      // "58 20 47" is still a run.
    } else {
      run = 0;
      if (!CALCULATOR_SIGNS.has(c)) onlyDigitsAndSigns = false;
    }
  }
  return digits && onlyDigitsAndSigns;
}

/** The lines a notes pad keeps between hides and restarts: all but those that could hold a PIN. */
export function ordinaryLines(text: string): string {
  return text
    .split("\n")
    .map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line))
    .filter((line) => !couldHoldPin(line))
    .join("\n");
}

/**
 * What the pad hands over to be kept: its ordinary lines, leaving out the line the caret is on
 * while it holds a digit (a PIN being typed is never sent, not even half of it).
 */
export function linesToKeep(value: string, caret: number): string {
  const line = lineAt(value, caret);
  const typing = /\p{N}/u.test(line.text);
  const text = typing ? value.slice(0, line.start) + value.slice(line.end) : value;
  return ordinaryLines(text);
}
