// Turns a pressed key combination into a quick-hide shortcut in Tauri's accelerator syntax
// ("CommandOrControl+Shift+H"). Pure: no DOM, so it can be unit-tested. The physical key comes from
// KeyboardEvent.code, so the result does not depend on the keyboard layout ("KeyH" -> "H" on
// QWERTY, AZERTY and Dvorak alike, matching how the global shortcut is registered).

import { message, t } from "../i18n";

/** The parts of a KeyboardEvent this needs. */
export interface KeyPress {
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

export type AcceleratorResult =
  | { ok: true; accelerator: string }
  | {
      ok: false;
      /**
       * no-modifier: a key on its own (it would stop that key working everywhere);
       * modifier-only: only Ctrl/Alt/Shift/Meta so far (wait for the next key);
       * shift-types-text: Shift plus a key that types a character (capital letters, "!"...);
       * unsupported: a key the shortcut system cannot use (or Tab/Esc, kept for moving around).
       */
      reason: "no-modifier" | "modifier-only" | "shift-types-text" | "unsupported";
    };

const MODIFIER_CODES = new Set([
  "ShiftLeft",
  "ShiftRight",
  "ControlLeft",
  "ControlRight",
  "AltLeft",
  "AltRight",
  "AltGraph",
  "MetaLeft",
  "MetaRight",
  "OSLeft",
  "OSRight",
  "Fn",
  "FnLock",
  "CapsLock",
  "NumLock",
]);

/** Codes whose name the shortcut parser (global-hotkey) accepts as they are. */
const NAMED_CODES = new Set([
  "Backquote",
  "Backslash",
  "BracketLeft",
  "BracketRight",
  "Comma",
  "Equal",
  "Minus",
  "Period",
  "Quote",
  "Semicolon",
  "Slash",
  "Space",
  "Enter",
  "Backspace",
  "Delete",
  "Insert",
  "Home",
  "End",
  "PageUp",
  "PageDown",
  "ArrowUp",
  "ArrowDown",
  "ArrowLeft",
  "ArrowRight",
  "PrintScreen",
  "ScrollLock",
  "Pause",
  "NumpadAdd",
  "NumpadDecimal",
  "NumpadDivide",
  "NumpadEnter",
  "NumpadEqual",
  "NumpadMultiply",
  "NumpadSubtract",
]);

/** Keys that type a character, so Shift + one of them is how ordinary text is typed. */
function typesText(key: string): boolean {
  return (
    /^[A-Z0-9]$/.test(key) ||
    /^Numpad\d$/.test(key) ||
    [
      "Backquote",
      "Backslash",
      "BracketLeft",
      "BracketRight",
      "Comma",
      "Equal",
      "Minus",
      "Period",
      "Quote",
      "Semicolon",
      "Slash",
      "Space",
      "Enter",
    ].includes(key)
  );
}

/** The accelerator name of a non-modifier key, or null if it cannot be used. */
export function keyName(code: string): string | null {
  let m: RegExpExecArray | null;
  if ((m = /^Key([A-Z])$/.exec(code))) return m[1];
  if ((m = /^Digit([0-9])$/.exec(code))) return m[1];
  if ((m = /^F([1-9]|1[0-9]|2[0-4])$/.exec(code))) return `F${m[1]}`;
  if (/^Numpad[0-9]$/.test(code)) return code;
  if (NAMED_CODES.has(code)) return code;
  return null;
}

/**
 * The accelerator for a key press, or why it cannot be one.
 *
 * Ctrl becomes "CommandOrControl" and Meta (the Windows/Super key) becomes "Super". On a Mac
 * (`mac: true`) "CommandOrControl" means Command, so there Meta (Command) becomes
 * "CommandOrControl" and Ctrl becomes "Control": the shortcut is then the keys actually pressed.
 */
export function acceleratorFromKey(press: KeyPress, opts: { mac?: boolean } = {}): AcceleratorResult {
  const mac = opts.mac ?? false;
  const { code } = press;
  const anyModifier = press.ctrlKey || press.altKey || press.shiftKey || press.metaKey;
  if (MODIFIER_CODES.has(code)) return { ok: false, reason: anyModifier ? "modifier-only" : "no-modifier" };
  // Tab and Esc stay free for moving around the screen and for cancelling.
  if (code === "Tab" || code === "Escape") return { ok: false, reason: "unsupported" };
  const key = keyName(code);
  if (key === null) return { ok: false, reason: "unsupported" };
  if (!anyModifier) return { ok: false, reason: "no-modifier" };
  const onlyShift = press.shiftKey && !press.ctrlKey && !press.altKey && !press.metaKey;
  if (onlyShift && typesText(key)) return { ok: false, reason: "shift-types-text" };

  const parts: string[] = [];
  if (mac) {
    if (press.metaKey) parts.push("CommandOrControl");
    if (press.ctrlKey) parts.push("Control");
    if (press.altKey) parts.push("Alt");
    if (press.shiftKey) parts.push("Shift");
  } else {
    if (press.ctrlKey) parts.push("CommandOrControl");
    if (press.altKey) parts.push("Alt");
    if (press.shiftKey) parts.push("Shift");
    if (press.metaKey) parts.push("Super");
  }
  parts.push(key);
  return { ok: true, accelerator: parts.join("+") };
}

const FRIENDLY_KEYS: Record<string, string> = {
  Backquote: "`",
  Backslash: "\\",
  BracketLeft: "[",
  BracketRight: "]",
  Comma: ",",
  Equal: "=",
  Minus: "-",
  Period: ".",
  Quote: "'",
  Semicolon: ";",
  Slash: "/",
  // Named as printed on the keys.
  PageUp: "Page Up",
  PageDown: "Page Down",
  PrintScreen: "Print Screen",
  ScrollLock: "Scroll Lock",
};

/** Keys said in words, in the language in use (message ids). */
const SPOKEN_KEYS: Record<string, string> = {
  ArrowUp: message("accelerator-up-arrow"),
  ArrowDown: message("accelerator-down-arrow"),
  ArrowLeft: message("accelerator-left-arrow"),
  ArrowRight: message("accelerator-right-arrow"),
};

/** How a person would say the shortcut: "Ctrl + Shift + H" (on a Mac, "Command + Shift + H"). */
export function describeAccelerator(accelerator: string, opts: { mac?: boolean } = {}): string {
  const mac = opts.mac ?? false;
  return accelerator
    .split("+")
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => {
      switch (part.toLowerCase()) {
        case "commandorcontrol":
        case "commandorctrl":
        case "cmdorctrl":
        case "cmdorcontrol":
          return mac ? "Command" : "Ctrl";
        case "control":
        case "ctrl":
          return mac ? "Control" : "Ctrl";
        case "super":
        case "command":
        case "cmd":
        case "meta":
          return mac ? "Command" : t("accelerator-windows-key");
        case "alt":
        case "option":
          return mac ? "Option" : "Alt";
        default: {
          const numpad = /^Numpad(\d)$/i.exec(part);
          if (numpad) return t("accelerator-number-pad", { digit: numpad[1] });
          const spoken = SPOKEN_KEYS[part];
          return spoken ? t(spoken) : (FRIENDLY_KEYS[part] ?? part);
        }
      }
    })
    .join(" + ");
}

/** The quick-hide shortcut Rust chooses when none is given (crates/vault Appearance). */
export const DEFAULT_SHORTCUT = "CommandOrControl+Shift+H";

/**
 * The shortcut as it is typed in a box: still what Rust's parser reads, with the modifier named as
 * people know it ("Ctrl+Shift+H"; on a Mac "Cmd+Shift+H") instead of "CommandOrControl", which
 * is the same keys there.
 */
export function shortcutText(accelerator: string, opts: { mac?: boolean } = {}): string {
  const mac = opts.mac ?? false;
  return accelerator
    .split("+")
    .map((part) => {
      const trimmed = part.trim();
      switch (trimmed.toLowerCase()) {
        case "commandorcontrol":
        case "commandorctrl":
        case "cmdorctrl":
        case "cmdorcontrol":
          return mac ? "Cmd" : "Ctrl";
        case "control":
          return "Ctrl";
        default:
          return trimmed;
      }
    })
    .join("+");
}
