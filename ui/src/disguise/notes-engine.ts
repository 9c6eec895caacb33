// The notes-pad disguise's logic, with no DOM: finding the unlock gesture in the text.
//
// Gesture: on a line that contains nothing but a PIN (6 to 16 ASCII digits, no spaces or other
// characters) or a recovery key (its 40 digits, either run together or in the eight groups of five
// it was shown in, with one space between groups), with the caret at the end of that line, the
// user presses Enter. The line stays in the text exactly as typed, so a wrong PIN looks like any
// other note (and, like every line that could hold one, it is never kept: `couldHoldPin`).
// What is reported is the digits alone (a key's spaces removed); Rust tells a PIN from a key.
// Before anything is set up, "0000" on a line of its own (`SETUP_CODE`) opens the first-run setup
// instead (it is never tried as a PIN: all one digit is never one).

/**
 * The fewest digits tried as a PIN: new PINs have 6 or more, but vaults set up when 4 were
 * allowed still open with theirs ("0000" is never tried: see `SETUP_CODE`).
 */
export const PIN_MIN_DIGITS = 4;
export const PIN_MAX_DIGITS = 16;
export const RECOVERY_KEY_DIGITS = 40;
/** Before anything is set up, this on a line of its own then Enter opens the first-run setup. */
export const SETUP_CODE = "0000";

const PIN_LINE = new RegExp(`^[0-9]{${PIN_MIN_DIGITS},${PIN_MAX_DIGITS}}$`);
/** The key run together, or as shown: eight groups of five digits with one space between. */
const KEY_LINE = /^(?:[0-9]{40}|[0-9]{5}(?: [0-9]{5}){7})$/;

/** True if `text` is exactly 4 to 16 ASCII digits (and not the setup code). */
export function isPinLike(text: string): boolean {
  return PIN_LINE.test(text) && text !== SETUP_CODE;
}

/** The 40 digits if `text` is a recovery key as it may be typed on a line; otherwise null. */
export function recoveryKeyOf(text: string): string | null {
  return KEY_LINE.test(text) ? text.replace(/ /g, "") : null;
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
 * The line Enter ends, without a trailing "\r": null when there is selected text (Enter would
 * replace it) or the caret is not at the end of its line.
 */
function lineEndedByEnter(value: string, selectionStart: number, selectionEnd: number): string | null {
  if (selectionStart !== selectionEnd) return null;
  const caret = clamp(value, selectionStart);
  const line = lineAt(value, caret);
  const rest = value.slice(caret, line.end);
  if (rest !== "" && rest !== "\r") return null;
  return line.text.endsWith("\r") ? line.text.slice(0, -1) : line.text;
}

/**
 * Given the textarea's value and selection at the moment Enter is pressed (before the newline is
 * inserted), returns what to try (a PIN, or a recovery key's 40 digits with its spaces removed),
 * or null when this Enter is an ordinary line break.
 *
 * A candidate needs: no selected text (Enter would replace it), the caret at the end of its line,
 * and that line (minus a trailing "\r") being exactly 4 to 16 digits (not the setup code), or a recovery key.
 */
export function pinCandidateAtEnter(
  value: string,
  selectionStart: number,
  selectionEnd: number = selectionStart,
): string | null {
  const text = lineEndedByEnter(value, selectionStart, selectionEnd);
  if (text === null) return null;
  return isPinLike(text) ? text : recoveryKeyOf(text);
}

/** True when this Enter ends a line holding exactly `SETUP_CODE` (the caret at its end). */
export function isSetupCodeAtEnter(
  value: string,
  selectionStart: number,
  selectionEnd: number = selectionStart,
): boolean {
  return lineEndedByEnter(value, selectionStart, selectionEnd) === SETUP_CODE;
}

/** Signs a calculator (or a slip beside the digits) puts around a number. */
const CALCULATOR_SIGNS = new Set(["=", "+", "-", "*", "/", "×", "÷", ".", ",", "#", "%", "(", ")", "−"]);

/**
 * True for a line that could hold a PIN: four digits in a row (any script's; spaces between them
 * do not count), or nothing but digits and calculator signs. The pad is where a PIN is typed, so
 * such a line is never kept, whether it is the PIN, a wrong guess, half of one, or one with a slip
 * ("482913=", "4829o", "#750316"). A recovery key, whole or in part, spaced or not, goes the
 * same way. A phone number, a year or a time makes its line go too. Mirrors harbour_vault's notes_pad.rs, which filters again before anything reaches the disk.
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
