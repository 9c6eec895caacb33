// The calculator disguise's brain: a pure state machine with no DOM, no storage and no logging.
//
// It behaves like an ordinary pocket / desktop calculator ("immediate execution"):
// - Operators apply left to right as they are pressed: 2 + 3 × 4 = gives 20, not 14. Pocket
//   calculators and the standard mode of desktop calculators work this way, and people who use
//   the disguise expect it.
// - Pressing an operator twice replaces it (2 + × 3 = gives 6).
// - "=" with no second operand reuses the first (5 + = gives 10).
// - Repeated "=" repeats the last operation with the same operand (2 + 3 = = gives 8;
//   2 × 3 = = gives 18). Typing a digit after "=" starts a new calculation and forgets that
//   operation.
// - "%" completes the pending operation, pocket-calculator style:
//     a + b %  → a + a×b/100  (200 + 10 % → 220)      a − b % → a − a×b/100 (200 − 10 % → 180)
//     a × b %  → a × b/100    (200 × 10 % → 20)       a ÷ b % → a ÷ (b/100) (50 ÷ 25 % → 200)
//     b % alone → b/100 (50 % → 0.5)
//   and then behaves like "=" (the next digit starts a new calculation); it sets no repeat.
// - "±" toggles the sign of the entry; on a result it negates the result. Right after an operator
//   it negates the first operand and uses that as the second (5 + ± = gives 0), as desktop
//   calculators do.
// - "C" clears everything, "CE" clears the current entry only, backspace deletes the last typed
//   character (it does nothing to a computed result).
// - An entry holds at most MAX_ENTRY_DIGITS digits; further digits are ignored.
// - Errors ("Cannot divide by zero", "Overflow", and the plain "Error" the host can ask for with
//   `hostError()`) are shown in the display; the next key starts a fresh calculation and is then
//   processed normally.
// - Arithmetic is exact decimal (see decimal.ts); the display shows 12 significant digits.
//
// PIN gesture (the only non-calculator behaviour, and it changes nothing visible):
// A "candidate" is the sequence of keys since the last reset point. Reset points are: a fresh
// state (start, `initialState()`, the host's reset), "C", an error, and every "=". When "=" is
// pressed, `pinAttempt` is reported iff since the last reset point
//   - only digit keys were pressed, plus optionally backspace (which removes the last recorded
//     digit) and CE (which discards the recorded digits) — no operator, ".", "%" or "±"; and
//   - the recorded digits are a PIN, 6 to 16 digits long, or a recovery key, exactly 40 digits.
//     All typed digits count, including leading zeros ("004217" is a valid PIN though the display
//     shows 4217) and those past the 12 the display takes (a recovery key is typed on the same
//     keys); a 41st digit makes the candidate too long for either.
// Fewer than 6 digits then "=" is just a calculation, with one exception for the host: exactly
// "0000" is reported as `setupCode` (before anything is set up, it opens the first-run setup; it
// can never be a PIN or a key).
// So "123456 =" is an attempt, "2 + 3 = 123456 =" is an attempt (the first "=" is a reset point),
// but "2 + 123456 =" is not (it is a calculation, 123458), nor is "1234 =", "12 + 3 =", "0.5 =" or
// "123456 ± =". The calculator still shows the result as usual; the host decides what to do with
// the attempt (and may then show "Error", as a calculator does, with `hostError()`).

import {
  type Decimal,
  ZERO,
  add,
  divide,
  formatDecimal,
  isZero,
  multiply,
  negate,
  parseDecimal,
  roundSignificant,
  scientificExponent,
  subtract,
  DISPLAY_DIGITS,
} from "./decimal";

export type Digit = "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9";
export type Operator = "+" | "-" | "*" | "/";
export type CalculatorKey =
  | Digit
  | Operator
  | "."
  | "="
  | "%"
  | "negate"
  | "clear"
  | "clearEntry"
  | "backspace";

export const MAX_ENTRY_DIGITS = 12;
/**
 * The fewest digits tried as a PIN: new PINs have 6 or more, but vaults set up when 4 were
 * allowed still open with theirs ("0000" is never tried: see `SETUP_CODE`).
 */
export const PIN_MIN_DIGITS = 4;
export const PIN_MAX_DIGITS = 16;
/** A recovery key is typed where a PIN is: its 40 digits, then "=". */
export const RECOVERY_KEY_DIGITS = 40;
/** Before anything is set up, "0000 =" opens the first-run setup (never a PIN: all one digit). */
export const SETUP_CODE = "0000";

export const DIVIDE_BY_ZERO_MESSAGE = "Cannot divide by zero";
export const OVERFLOW_MESSAGE = "Overflow";
/** What the display shows when the host says the attempt went wrong (`hostError()`). */
export const ERROR_MESSAGE = "Error";

/** Results with |x| >= 10^100 are an overflow; results with |x| < 10^-99 become 0. */
const MAX_EXPONENT = 99;
const MIN_EXPONENT = -99;

/** Opaque calculator state. Treat as immutable; create with `initialState()`. */
export interface CalculatorState {
  /** Text being typed ("12.", "-0.5"), or null when the display shows `value` (a result). */
  readonly entry: string | null;
  /** The current value (always in sync with `entry` while typing). */
  readonly value: Decimal;
  /** First operand while an operator is pending. */
  readonly accumulator: Decimal | null;
  readonly operator: Operator | null;
  /** True once a second operand has been typed (or set with ±) after the pending operator. */
  readonly operandReady: boolean;
  /** The last "=" operation, repeated by further "=". */
  readonly repeat: { readonly operator: Operator; readonly operand: Decimal } | null;
  /** A result of "=" or "%" is shown: the next digit starts a new calculation. */
  readonly afterResult: boolean;
  readonly error: string | null;
  /** Digits typed since the last reset point (capped just past a recovery key's length). */
  readonly pinDigits: string;
  /** False once any key other than a digit, backspace or CE was pressed since the reset point. */
  readonly pinClean: boolean;
}

export interface PressResult {
  readonly state: CalculatorState;
  /** The main display text. */
  readonly display: string;
  /** The small line above the display, e.g. "200 +" while an operator is pending, else "". */
  readonly expression: string;
  readonly isError: boolean;
  /**
   * Present only when this key was "=" and the keys since the last reset point form a PIN (6 to
   * 16 digits) or a recovery key (40 digits).
   */
  readonly pinAttempt?: string;
  /** True only when this key was "=" and the keys since the last reset point were `SETUP_CODE`. */
  readonly setupCode?: true;
}

const INITIAL: CalculatorState = Object.freeze({
  entry: null,
  value: ZERO,
  accumulator: null,
  operator: null,
  operandReady: false,
  repeat: null,
  afterResult: false,
  error: null,
  pinDigits: "",
  pinClean: true,
});

export function initialState(): CalculatorState {
  return INITIAL;
}

const OPERATOR_SYMBOL: Record<Operator, string> = { "+": "+", "-": "−", "*": "×", "/": "÷" };

export function displayOf(state: CalculatorState): string {
  if (state.error !== null) return state.error;
  if (state.entry !== null) return state.entry;
  return formatDecimal(state.value);
}

export function expressionOf(state: CalculatorState): string {
  if (state.error !== null || state.operator === null || state.accumulator === null) return "";
  return `${formatDecimal(state.accumulator)} ${OPERATOR_SYMBOL[state.operator]}`;
}

/** What "=" reports about the keys since the last reset point. */
interface Gesture {
  readonly pinAttempt?: string;
  readonly setupCode?: true;
}

function result(state: CalculatorState, gesture: Gesture = {}): PressResult {
  return {
    state,
    display: displayOf(state),
    expression: expressionOf(state),
    isError: state.error !== null,
    ...gesture,
  };
}

function errorState(message: string): CalculatorState {
  return { ...INITIAL, error: message };
}

/**
 * The display showing exactly "Error", as a calculator does when it cannot go on: the host's way
 * of saying an attempt went wrong without a word of its own. Like any error, the next key starts
 * a fresh calculation; it is a reset point for the PIN gesture.
 */
export function hostError(): PressResult {
  return result(errorState(ERROR_MESSAGE));
}

/** True for a clean candidate's digits that may be sent: a PIN's length or a recovery key's. */
export function isAttemptLength(digits: number): boolean {
  return (digits >= PIN_MIN_DIGITS && digits <= PIN_MAX_DIGITS) || digits === RECOVERY_KEY_DIGITS;
}

function gestureOf(s: CalculatorState): Gesture {
  if (!s.pinClean) return {};
  // Before the length: "0000" is the host's, never a PIN (all one digit is never one).
  if (s.pinDigits === SETUP_CODE) return { setupCode: true };
  if (isAttemptLength(s.pinDigits.length)) return { pinAttempt: s.pinDigits };
  return {};
}

/** Applies a binary operation with range checks; returns an error message on failure. */
function apply(a: Decimal, op: Operator, b: Decimal): Decimal | string {
  let r: Decimal | null;
  switch (op) {
    case "+":
      r = add(a, b);
      break;
    case "-":
      r = subtract(a, b);
      break;
    case "*":
      r = multiply(a, b);
      break;
    case "/":
      r = divide(a, b);
      break;
  }
  if (r === null) return DIVIDE_BY_ZERO_MESSAGE;
  return checkRange(r);
}

function checkRange(r: Decimal): Decimal | string {
  if (isZero(r)) return r;
  // Judge by the displayed rounding, so 9.9999999999999e99 (shown as 1e+100) is an overflow too.
  const x = scientificExponent(roundSignificant(r, DISPLAY_DIGITS));
  if (x > MAX_EXPONENT) return OVERFLOW_MESSAGE;
  if (x < MIN_EXPONENT) return ZERO;
  return r;
}

const HUNDRED: Decimal = { c: 1n, e: 2 };

function percentOf(a: Decimal, op: Operator, b: Decimal): Decimal | string {
  const fraction = divide(b, HUNDRED) as Decimal; // never null: 100 is not zero
  switch (op) {
    case "+":
    case "-":
      return apply(a, op, multiply(a, fraction));
    case "*":
      return apply(a, "*", fraction);
    case "/":
      return apply(a, "/", fraction);
  }
}

function countDigits(entry: string): number {
  return entry.replace(/[^0-9]/g, "").length;
}

function isDigit(key: CalculatorKey): key is Digit {
  return key.length === 1 && key >= "0" && key <= "9";
}

function isOperator(key: CalculatorKey): key is Operator {
  return key === "+" || key === "-" || key === "*" || key === "/";
}

/** Leaves a result shown by "=" or "%" and starts a new calculation (before typing). */
function startNewCalculation(s: CalculatorState): CalculatorState {
  return s.afterResult
    ? { ...s, accumulator: null, operator: null, repeat: null, afterResult: false, entry: null }
    : s;
}

function withEntry(s: CalculatorState, entry: string): CalculatorState {
  return {
    ...s,
    entry,
    value: parseDecimal(entry),
    operandReady: s.operator !== null ? true : s.operandReady,
  };
}

function taint(s: CalculatorState): CalculatorState {
  return s.pinClean ? { ...s, pinClean: false } : s;
}

/** Feeds one key to the calculator. Pure: never mutates `state`. */
export function press(state: CalculatorState, key: CalculatorKey): PressResult {
  // After an error the next key starts afresh, then is processed normally.
  let s = state.error !== null ? INITIAL : state;

  if (isDigit(key)) {
    // Recorded past the display's 12 digits (a recovery key has 40), and one past the key's
    // length, so that a 41st digit makes the candidate too long.
    if (s.pinClean && s.pinDigits.length <= RECOVERY_KEY_DIGITS) {
      s = { ...s, pinDigits: s.pinDigits + key };
    }
    s = startNewCalculation(s);
    if (s.entry === null) return result(withEntry(s, key));
    if (countDigits(s.entry) >= MAX_ENTRY_DIGITS) return result(s);
    if (s.entry === "0") return result(withEntry(s, key));
    if (s.entry === "-0") return result(withEntry(s, `-${key}`));
    return result(withEntry(s, s.entry + key));
  }

  if (isOperator(key)) {
    s = taint(s);
    let accumulator: Decimal;
    if (s.operator !== null && s.accumulator !== null && s.operandReady) {
      const r = apply(s.accumulator, s.operator, s.value);
      if (typeof r === "string") return result(errorState(r));
      accumulator = r;
    } else if (s.operator !== null && s.accumulator !== null) {
      accumulator = s.accumulator; // operator pressed twice: replace it
    } else {
      accumulator = s.value;
    }
    return result({
      ...s,
      entry: null,
      value: accumulator,
      accumulator,
      operator: key,
      operandReady: false,
      repeat: null,
      afterResult: false,
    });
  }

  switch (key) {
    case ".": {
      s = startNewCalculation(taint(s));
      if (s.entry === null) return result(withEntry(s, "0."));
      if (s.entry.includes(".") || countDigits(s.entry) >= MAX_ENTRY_DIGITS) return result(s);
      return result(withEntry(s, `${s.entry}.`));
    }

    case "=": {
      const attempt = gestureOf(s);
      // "=" is a reset point for the PIN gesture.
      s = { ...s, pinDigits: "", pinClean: true };
      let value = s.value;
      let repeat = s.repeat;
      if (s.operator !== null && s.accumulator !== null) {
        const operand = s.operandReady ? s.value : s.accumulator;
        const r = apply(s.accumulator, s.operator, operand);
        if (typeof r === "string") return result(errorState(r), attempt);
        value = r;
        repeat = { operator: s.operator, operand };
      } else if (repeat !== null) {
        const r = apply(s.value, repeat.operator, repeat.operand);
        if (typeof r === "string") return result(errorState(r), attempt);
        value = r;
      }
      return result(
        {
          ...s,
          entry: null,
          value,
          accumulator: null,
          operator: null,
          operandReady: false,
          repeat,
          afterResult: true,
        },
        attempt,
      );
    }

    case "%": {
      s = taint(s);
      let r: Decimal | string;
      if (s.operator !== null && s.accumulator !== null) {
        const operand = s.operandReady ? s.value : s.accumulator;
        r = percentOf(s.accumulator, s.operator, operand);
      } else {
        r = checkRange(divide(s.value, HUNDRED) as Decimal);
      }
      if (typeof r === "string") return result(errorState(r));
      return result({
        ...s,
        entry: null,
        value: r,
        accumulator: null,
        operator: null,
        operandReady: false,
        repeat: null,
        afterResult: true,
      });
    }

    case "negate": {
      s = taint(s);
      if (s.entry !== null) {
        if (s.entry.startsWith("-")) return result(withEntry(s, s.entry.slice(1)));
        if (s.entry === "0") return result(s);
        return result(withEntry(s, `-${s.entry}`));
      }
      const operandReady = s.operator !== null ? true : s.operandReady;
      return result({ ...s, value: negate(s.value), operandReady });
    }

    case "clear":
      return result(INITIAL);

    case "clearEntry": {
      s = { ...s, pinDigits: "" };
      if (s.afterResult) s = { ...s, afterResult: false, repeat: null };
      return result(withEntry(s, "0"));
    }

    case "backspace": {
      if (s.pinDigits.length > 0) s = { ...s, pinDigits: s.pinDigits.slice(0, -1) };
      if (s.entry === null) return result(s);
      const shorter = s.entry.slice(0, -1);
      const next = shorter === "" || shorter === "-" || shorter === "-0" ? "0" : shorter;
      return result(withEntry(s, next));
    }
  }
}

/** Feeds several keys in order; convenient for tests and for replaying input. */
export function pressAll(
  keys: readonly CalculatorKey[],
  state: CalculatorState = initialState(),
): PressResult {
  let r = result(state);
  for (const k of keys) r = press(r.state, k);
  return r;
}

/** The fields of a KeyboardEvent that the key map reads (so it can be tested without a DOM). */
export interface KeyboardLike {
  readonly key: string;
  readonly code?: string;
  readonly ctrlKey?: boolean;
  readonly altKey?: boolean;
  readonly metaKey?: boolean;
}

/**
 * Maps a keyboard event to a calculator key, or null if the calculator should ignore it.
 *
 * Digits (top row and numpad), "." (and the numpad decimal key even when it types ","),
 * + - * / and x/X for multiply, Enter / numpad Enter / "=" for equals, "%", Backspace,
 * Delete = CE, Escape = C, F9 = ± (as in desktop calculators).
 * Keys with Ctrl, Alt or Meta are left alone (so Ctrl+C and app shortcuts still work), except
 * Ctrl+Alt together, which is how AltGr arrives on some layouts.
 */
export function keyFromKeyboard(e: KeyboardLike): CalculatorKey | null {
  if (e.metaKey) return null;
  if ((e.ctrlKey ?? false) !== (e.altKey ?? false)) return null;
  const k = e.key;
  if (k.length === 1 && k >= "0" && k <= "9") return k as Digit;
  switch (k) {
    case "+":
    case "-":
    case "*":
    case "/":
    case "%":
    case "=":
    case ".":
      return k;
    case ",":
    case "Decimal":
      return e.code === "NumpadDecimal" || k === "Decimal" ? "." : null;
    case "x":
    case "X":
    case "×":
      return "*";
    case "÷":
      return "/";
    case "Enter":
      return "=";
    case "Backspace":
      return "backspace";
    case "Delete":
      return "clearEntry";
    case "Escape":
      return "clear";
    case "F9":
      return "negate";
    default:
      return null;
  }
}

/**
 * What the calculator does with a key press, given whether keyboard focus is on one of its keys
 * (someone tabbed there) or anywhere else (its own area, where it keeps focus):
 * - `press`: the calculator key for it (and the browser's own action is stopped);
 * - `native`: Space or Enter on a key someone tabbed to clicks that key, as on any button;
 * - `swallow`: Space anywhere else does nothing at all (so typing the recovery key with its
 *   spaces never "clicks" a key that once had focus, and the page does not scroll);
 * - `ignore`: not the calculator's key; left alone.
 */
export type KeyRoute =
  | { readonly action: "press"; readonly key: CalculatorKey }
  | { readonly action: "native" }
  | { readonly action: "swallow" }
  | { readonly action: "ignore" };

export function routeKey(e: KeyboardLike, focusOnKey: boolean): KeyRoute {
  const plain = !e.ctrlKey && !e.altKey && !e.metaKey;
  const space = e.key === " " || e.key === "Spacebar";
  // The number pad's Enter is always "=", wherever focus is.
  const enter = e.key === "Enter" && e.code !== "NumpadEnter";
  if (focusOnKey && plain && (space || enter)) return { action: "native" };
  if (space && plain) return { action: "swallow" };
  const key = keyFromKeyboard(e);
  return key === null ? { action: "ignore" } : { action: "press", key };
}
