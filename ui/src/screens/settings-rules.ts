// Checks for the settings screen, kept apart from the DOM so they can be unit-tested. Messages are
// written for the person using the app: plain, calm, and saying what to do next.

/** Same rule as first-run setup: digits only, so the PIN can be typed on the calculator. */
export const PIN_PATTERN = /^\d{4,12}$/;

export const MIN_AUTO_LOCK_MINUTES = 1;
export const MAX_AUTO_LOCK_MINUTES = 240;
export const DEFAULT_AUTO_LOCK_MINUTES = 5;

/** Null if the PIN and its confirmation are usable; otherwise what to tell the person. */
export function validatePinPair(pin: string, confirm: string): string | null {
  if (pin === "") return "Please type a PIN.";
  if (!PIN_PATTERN.test(pin)) return "Please use 4 to 12 digits, with no spaces or letters.";
  if (confirm === "") return "Please type the PIN a second time, to be sure it is right.";
  if (pin !== confirm) return "The two PINs are not the same. Please type them again.";
  return null;
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
