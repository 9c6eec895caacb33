// Checks for the settings screen, kept apart from the DOM so they can be unit-tested. Messages are
// written for the person using the app: plain, calm, and saying what to do next.

/** How long a PIN being chosen may be (Rust refuses others). */
export const PIN_MIN_DIGITS = 6;
export const PIN_MAX_DIGITS = 16;

/**
 * Every PIN being chosen (setup, a change, the second PIN, a new one after the recovery key):
 * ASCII digits only, so it can be typed on the calculator or a line of the notes pad.
 */
export const PIN_PATTERN = new RegExp(`^[0-9]{${PIN_MIN_DIGITS},${PIN_MAX_DIGITS}}$`);

/** The hint above a "choose a PIN" box. */
export const PIN_FIELD_HINT =
  `${PIN_MIN_DIGITS} to ${PIN_MAX_DIGITS} digits, so it can be typed on the calculator or the notes pad. ` +
  "Avoid dates or numbers others could guess.";

/** What the person is told when a PIN is not 6 to 16 digits. */
export const PIN_RULE_MESSAGE = `Please use ${PIN_MIN_DIGITS} to ${PIN_MAX_DIGITS} digits, with no spaces or letters.`;

export const MIN_AUTO_LOCK_MINUTES = 1;
export const MAX_AUTO_LOCK_MINUTES = 240;
export const DEFAULT_AUTO_LOCK_MINUTES = 5;

/** Null if the PIN and its confirmation are usable; otherwise what to tell the person. */
export function validatePinPair(pin: string, confirm: string): string | null {
  if (pin === "") return "Please type a PIN.";
  if (!PIN_PATTERN.test(pin)) return PIN_RULE_MESSAGE;
  if (confirm === "") return "Please type the PIN a second time, to be sure it is right.";
  if (pin !== confirm) return "The two PINs are not the same. Please type them again.";
  return null;
}

/** How a PIN being typed into a "choose a PIN" box stands, for the hint under it. */
export type PinStrength = "empty" | "not-digits" | "short" | "long" | "easy" | "ok" | "good" | "strong";

/**
 * Easy to guess: at most two different digits (111111, 121212, 100100), a block said again
 * (123123, 20242024), or counting up or down, going round after 9 or 0 (123456, 987654, 890123).
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
  if (isEasyPattern(pin)) return "easy";
  if (pin.length >= 10) return "strong";
  if (pin.length >= 8) return "good";
  return "ok";
}

const STRENGTH_TEXT: Record<PinStrength, string> = {
  empty: "",
  "not-digits": "Only digits, please, so it can be typed on the calculator.",
  short: `Please use at least ${PIN_MIN_DIGITS} digits.`,
  long: `That is more than ${PIN_MAX_DIGITS} digits. Please use fewer.`,
  easy: "Easy to guess: please avoid repeated or counting digits.",
  ok: "OK. Longer is harder to guess: 8 or more digits is better.",
  good: "Good.",
  strong: "Strong.",
};

/** The plain-words hint under a "choose a PIN" box, as the person types. */
export function pinStrengthText(pin: string): string {
  return STRENGTH_TEXT[pinStrength(pin)];
}

/** Whole minutes from 1 to 240 as typed in the box, or null if it is not that. */
export function parseMinutes(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const minutes = Number(trimmed);
  if (minutes < MIN_AUTO_LOCK_MINUTES || minutes > MAX_AUTO_LOCK_MINUTES) return null;
  return minutes;
}

export const MINUTES_MESSAGE =
  `Please choose a whole number of minutes ` +
  `from ${MIN_AUTO_LOCK_MINUTES} to ${MAX_AUTO_LOCK_MINUTES}.`;

/** Null if the shortcut text looks usable (the app checks it fully when saving). */
export function validateShortcutText(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === "") return "Please choose a quick-hide shortcut.";
  const parts = trimmed.split("+").map((p) => p.trim());
  if (parts.length < 2 || parts.some((p) => p === "")) {
    return "The shortcut needs at least one of Ctrl, Alt or Shift, and one other key, such as Ctrl+Shift+H.";
  }
  return null;
}
