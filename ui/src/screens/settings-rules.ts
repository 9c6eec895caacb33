// Checks for the settings screen, kept apart from the DOM so they can be unit-tested. Messages are
// written for the person using the app: plain, calm, and saying what to do next. Their words are in
// locales/<language>/settings.ftl. The UPPER_CASE messages below are the English wording, kept for
// the tests (which check the shown words against them) and for callers not yet translated: what
// is shown comes from the function next to each one, in the language in use.

import { message, t } from "../i18n";

/** How long a PIN being chosen may be (Rust refuses others). */
export const PIN_MIN_DIGITS = 6;
export const PIN_MAX_DIGITS = 16;

/**
 * Every PIN being chosen (setup, a change, the second PIN, a new one after the recovery key):
 * ASCII digits only, so it can be typed on the calculator or a line of the notes pad.
 */
export const PIN_PATTERN = new RegExp(`^[0-9]{${PIN_MIN_DIGITS},${PIN_MAX_DIGITS}}$`);

/** The hint above a "choose a PIN" box, in the language in use. */
export function pinFieldHint(): string {
  return t("settings-pin-field-hint", { min: PIN_MIN_DIGITS, max: PIN_MAX_DIGITS });
}

/** `pinFieldHint()` in English. */
export const PIN_FIELD_HINT =
  `${PIN_MIN_DIGITS} to ${PIN_MAX_DIGITS} digits, so it can be typed on the calculator or the notes pad. ` +
  "Avoid dates or numbers others could guess.";

/** What the person is told when a PIN is not 6 to 16 digits. */
export function pinRuleMessage(): string {
  return t("settings-pin-rule", { min: PIN_MIN_DIGITS, max: PIN_MAX_DIGITS });
}

/** `pinRuleMessage()` in English. */
export const PIN_RULE_MESSAGE = `Please use ${PIN_MIN_DIGITS} to ${PIN_MAX_DIGITS} digits, with no spaces or letters.`;

export const MIN_AUTO_LOCK_MINUTES = 1;
export const MAX_AUTO_LOCK_MINUTES = 240;
export const DEFAULT_AUTO_LOCK_MINUTES = 5;

/** Said when a PIN being chosen is one Rust refuses as too easy to guess (`isRefusedPin`). */
export function pinTooEasyMessage(): string {
  return t("settings-pin-too-easy");
}

/** `pinTooEasyMessage()` in English. */
export const PIN_TOO_EASY_MESSAGE = "This PIN can't be used: it's too easy to guess. Please choose another.";

/** Said when the two boxes for a new PIN differ (both are emptied, to be typed again). */
export function pinsDifferMessage(): string {
  return t("settings-pins-differ");
}

/** `pinsDifferMessage()` in English. */
export const PINS_DIFFER_MESSAGE = "The two PINs are not the same. Please type them again.";

/**
 * Said in the real app only (after unlock, and in Settings), when the second PIN was changed from
 * inside the space it opens: the person's own second PIN no longer opens it.
 */
export function secondPinChangedMessage(where: "settings" | "after-unlock"): string {
  return where === "settings" ? t("settings-second-pin-changed-below") : t("settings-second-pin-changed-in-settings");
}

/** Said when the second PIN is the main PIN (Rust refuses it too). */
export function secondPinSameMessage(): string {
  return t("settings-second-pin-same");
}

/** `secondPinSameMessage()` in English. */
export const SECOND_PIN_SAME_MESSAGE = "Your second PIN must be different from your main PIN.";

/** Said when Rust answers that the current PIN typed is not the current PIN. */
export function wrongCurrentPinMessage(): string {
  return t("settings-wrong-current-pin");
}

/** `wrongCurrentPinMessage()` in English. */
export const WRONG_CURRENT_PIN_MESSAGE = "That isn't your current PIN. Please type it again.";

/**
 * What is wrong with a new PIN and its confirmation: the message, the box to put it under and
 * focus (`pin` or `confirm`), and whether both boxes are emptied first (they differ: typing both
 * again is easier than finding which is wrong). Null if they are usable.
 */
export interface PinPairProblem {
  readonly message: string;
  readonly field: "pin" | "confirm";
  readonly clearBoth: boolean;
}

export function pinPairProblem(pin: string, confirm: string): PinPairProblem | null {
  const at = (field: "pin" | "confirm", message: string, clearBoth = false) => ({ message, field, clearBoth });
  if (pin === "") return at("pin", t("settings-pin-empty"));
  if (!PIN_PATTERN.test(pin)) return at("pin", pinRuleMessage());
  if (isRefusedPin(pin)) return at("pin", pinTooEasyMessage());
  if (confirm === "") return at("confirm", t("settings-pin-confirm-empty"));
  if (pin !== confirm) return at("pin", pinsDifferMessage(), true);
  return null;
}

/** Null if the PIN and its confirmation are usable; otherwise what to tell the person. */
export function validatePinPair(pin: string, confirm: string): string | null {
  return pinPairProblem(pin, confirm)?.message ?? null;
}

/** How a PIN being typed into a "choose a PIN" box stands, for the hint under it. */
export type PinStrength =
  | "empty"
  | "not-digits"
  | "short"
  | "long"
  | "refused"
  | "easy"
  | "ok"
  | "good"
  | "strong";

/**
 * A PIN Rust refuses as too easy to guess (crates/vault `check_new_pin`, kept in step with it):
 * all one digit (111111); each digit one more than the one before (123456, 0123456789) or one
 * less (987654), with no going round after 9 or 0; or a short group said again to fill the whole
 * PIN exactly (121212, 123123, 12341234). Only for 6 to 16 ASCII digits.
 */
export function isRefusedPin(pin: string): boolean {
  if (!PIN_PATTERN.test(pin)) return false;
  const codes = [...pin].map((c) => c.charCodeAt(0));
  const n = codes.length;
  const allSame = codes.every((c) => c === codes[0]);
  let ascending = true;
  let descending = true;
  for (let i = 1; i < n; i++) {
    // Round the dial: 890123 and 109876 count as runs too.
    if (codes[i] - 48 !== (codes[i - 1] - 48 + 1) % 10) ascending = false;
    if (codes[i - 1] - 48 !== (codes[i] - 48 + 1) % 10) descending = false;
  }
  let repeated = false;
  for (let size = 2; size <= n / 2 && !repeated; size++) {
    if (n % size !== 0) continue;
    repeated = true;
    for (let i = size; i < n && repeated; i++) repeated = pin[i] === pin[i - size];
  }
  return allSame || ascending || descending || repeated;
}

/**
 * Looks easy to guess, though Rust takes it: at most two different digits (112211), a block said
 * again and cut short (1231231), or counting that goes round after 9 or 0 (890123, 210987).
 */
export function isEasyPattern(pin: string): boolean {
  if (new Set(pin).size <= 2) return true;
  const n = pin.length;
  for (let period = 1; period <= n / 2; period++) {
    let repeats = true;
    for (let i = period; i < n && repeats; i++) repeats = pin[i] === pin[i - period];
    if (repeats) return true;
  }
  const steps = new Set<number>();
  for (let i = 1; i < n; i++) steps.add((Number(pin[i]) - Number(pin[i - 1]) + 10) % 10);
  return steps.size === 1 && (steps.has(1) || steps.has(9));
}

export function pinStrength(pin: string): PinStrength {
  if (pin === "") return "empty";
  if (!/^[0-9]*$/.test(pin)) return "not-digits";
  if (pin.length < PIN_MIN_DIGITS) return "short";
  if (pin.length > PIN_MAX_DIGITS) return "long";
  if (isRefusedPin(pin)) return "refused";
  if (isEasyPattern(pin)) return "easy";
  if (pin.length >= 10) return "strong";
  if (pin.length >= 8) return "good";
  return "ok";
}

/** The message id of each hint (null: nothing is said). */
const STRENGTH_TEXT: Record<PinStrength, string | null> = {
  empty: null,
  // Nothing about the calculator: the notebook shows these hints too.
  "not-digits": message("settings-strength-not-digits"),
  // Nothing until there are enough digits to judge: the first digit is not a telling-off.
  short: null,
  long: message("settings-strength-long"),
  refused: message("settings-strength-refused"),
  // Not "safer": the notebook (the second PIN's space) shows these hints too, and must not
  // sound like this app.
  easy: message("settings-strength-easy"),
  ok: message("settings-strength-ok"),
  good: message("settings-strength-good"),
  strong: message("settings-strength-strong"),
};

/** The plain-words hint under a "choose a PIN" box, as the person types. */
export function pinStrengthText(pin: string): string {
  const id = STRENGTH_TEXT[pinStrength(pin)];
  // `max` for "long", `digits` for "ok" (8 digits or more is "good"); the others take none.
  return id ? t(id, { max: PIN_MAX_DIGITS, digits: 8 }) : "";
}

/** Whole minutes from 1 to 240 as typed in the box, or null if it is not that. */
export function parseMinutes(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const minutes = Number(trimmed);
  if (minutes < MIN_AUTO_LOCK_MINUTES || minutes > MAX_AUTO_LOCK_MINUTES) return null;
  return minutes;
}

/** Said when the minutes typed are not a whole number in the range. */
export function minutesMessage(): string {
  return t("settings-minutes-rule", { min: MIN_AUTO_LOCK_MINUTES, max: MAX_AUTO_LOCK_MINUTES });
}

/** `minutesMessage()` in English. */
export const MINUTES_MESSAGE =
  `Please choose a whole number of minutes ` +
  `from ${MIN_AUTO_LOCK_MINUTES} to ${MAX_AUTO_LOCK_MINUTES}.`;

/** Null if the shortcut text looks usable (the app checks it fully when saving). */
export function validateShortcutText(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === "") return t("settings-shortcut-empty");
  const parts = trimmed.split("+").map((p) => p.trim());
  if (parts.length < 2 || parts.some((p) => p === "")) {
    return t("settings-shortcut-incomplete");
  }
  return null;
}
