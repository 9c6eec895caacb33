import { describe, expect, it } from "vitest";
import {
  DEFAULT_SHORTCUT,
  acceleratorFromKey,
  describeAccelerator,
  keyName,
  shortcutText,
  type KeyPress,
} from "../src/screens/accelerator";

function press(code: string, mods: Partial<Omit<KeyPress, "code">> = {}): KeyPress {
  return { code, ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, ...mods };
}

function accel(code: string, mods: Partial<Omit<KeyPress, "code">> = {}, mac = false): string | null {
  const r = acceleratorFromKey(press(code, mods), { mac });
  return r.ok ? r.accelerator : null;
}

function reason(code: string, mods: Partial<Omit<KeyPress, "code">> = {}): string | null {
  const r = acceleratorFromKey(press(code, mods));
  return r.ok ? null : r.reason;
}

describe("keyName", () => {
  it.each([
    ["KeyH", "H"],
    ["KeyA", "A"],
    ["KeyZ", "Z"],
    ["Digit1", "1"],
    ["Digit0", "0"],
    ["F1", "F1"],
    ["F5", "F5"],
    ["F12", "F12"],
    ["F24", "F24"],
    ["Numpad7", "Numpad7"],
    ["Slash", "Slash"],
    ["ArrowUp", "ArrowUp"],
    ["Space", "Space"],
  ])("%s → %s", (code, expected) => {
    expect(keyName(code)).toBe(expected);
  });

  it.each(["F0", "F25", "Keyh", "KeyAB", "Digit10", "", "IntlBackslash", "Lang1", "ShiftLeft", "Unidentified"])(
    "%j is not usable",
    (code) => {
      expect(keyName(code)).toBeNull();
    },
  );
});

describe("acceleratorFromKey", () => {
  it("builds the default shortcut from Ctrl+Shift+H", () => {
    expect(accel("KeyH", { ctrlKey: true, shiftKey: true })).toBe("CommandOrControl+Shift+H");
  });

  it("maps each modifier in a fixed order", () => {
    expect(accel("KeyK", { altKey: true })).toBe("Alt+K");
    expect(accel("Digit1", { ctrlKey: true })).toBe("CommandOrControl+1");
    expect(accel("F5", { metaKey: true })).toBe("Super+F5");
    expect(accel("KeyX", { ctrlKey: true, altKey: true, shiftKey: true, metaKey: true })).toBe(
      "CommandOrControl+Alt+Shift+Super+X",
    );
  });

  it("uses the physical key, not the character it types", () => {
    // AZERTY: the key in the QWERTY "Q" place types "a", but code is still KeyQ.
    expect(accel("KeyQ", { ctrlKey: true, shiftKey: true })).toBe("CommandOrControl+Shift+Q");
    // Shift+1 types "!" but the key is Digit1.
    expect(accel("Digit1", { ctrlKey: true, shiftKey: true })).toBe("CommandOrControl+Shift+1");
  });

  it("allows Shift with a function key, which types nothing", () => {
    expect(accel("F5", { shiftKey: true })).toBe("Shift+F5");
  });

  it("rejects a key pressed on its own", () => {
    expect(reason("KeyH")).toBe("no-modifier");
    expect(reason("Digit1")).toBe("no-modifier");
    expect(reason("F5")).toBe("no-modifier");
    expect(reason("Space")).toBe("no-modifier");
  });

  it("rejects modifiers on their own", () => {
    expect(reason("ControlLeft", { ctrlKey: true })).toBe("modifier-only");
    expect(reason("ShiftRight", { shiftKey: true, ctrlKey: true })).toBe("modifier-only");
    expect(reason("AltLeft", { altKey: true })).toBe("modifier-only");
    expect(reason("MetaLeft", { metaKey: true })).toBe("modifier-only");
    expect(reason("CapsLock")).toBe("no-modifier");
  });

  it("rejects Shift with a key that types text", () => {
    expect(reason("KeyH", { shiftKey: true })).toBe("shift-types-text");
    expect(reason("Digit4", { shiftKey: true })).toBe("shift-types-text");
    expect(reason("Slash", { shiftKey: true })).toBe("shift-types-text");
    expect(reason("Space", { shiftKey: true })).toBe("shift-types-text");
  });

  it("leaves Tab and Esc alone, and keys the shortcut system does not know", () => {
    expect(reason("Tab", { shiftKey: true })).toBe("unsupported");
    expect(reason("Tab", { ctrlKey: true })).toBe("unsupported");
    expect(reason("Escape", { ctrlKey: true })).toBe("unsupported");
    expect(reason("IntlBackslash", { ctrlKey: true })).toBe("unsupported");
    expect(reason("", { ctrlKey: true })).toBe("unsupported");
  });

  it("on a Mac, records Command as CommandOrControl and Ctrl as Control", () => {
    expect(accel("KeyH", { metaKey: true, shiftKey: true }, true)).toBe("CommandOrControl+Shift+H");
    expect(accel("KeyH", { ctrlKey: true, altKey: true }, true)).toBe("Control+Alt+H");
  });
});

describe("describeAccelerator", () => {
  it("says the keys the way a person would", () => {
    expect(describeAccelerator("CommandOrControl+Shift+H")).toBe("Ctrl + Shift + H");
    expect(describeAccelerator("Alt+Super+F5")).toBe("Alt + Windows key + F5");
    expect(describeAccelerator("CommandOrControl+Slash")).toBe("Ctrl + /");
    expect(describeAccelerator("CommandOrControl+Shift+H", { mac: true })).toBe("Command + Shift + H");
    expect(describeAccelerator("Control+Alt+Numpad1", { mac: true })).toBe("Control + Option + Number pad 1");
  });
});

describe("shortcutText (the shortcut as shown in its box)", () => {
  it("names Ctrl (on a Mac, Cmd) instead of CommandOrControl", () => {
    expect(shortcutText(DEFAULT_SHORTCUT)).toBe("Ctrl+Shift+H");
    expect(shortcutText(DEFAULT_SHORTCUT, { mac: true })).toBe("Cmd+Shift+H");
    expect(shortcutText("CmdOrCtrl+Alt+F5")).toBe("Ctrl+Alt+F5");
    expect(shortcutText("Control+Alt+H", { mac: true })).toBe("Ctrl+Alt+H");
  });

  it("leaves the rest as the shortcut parser reads it", () => {
    expect(shortcutText("Alt+Super+Slash")).toBe("Alt+Super+Slash");
    expect(shortcutText("Alt+Shift+Numpad1")).toBe("Alt+Shift+Numpad1");
  });

  it("only uses names the parser (global-hotkey) takes for the same keys", () => {
    // CONTROL | CTRL, COMMAND | CMD | SUPER, COMMANDORCONTROL and the rest: see hotkey.rs.
    const parserNames = new Set(["ctrl", "control", "cmd", "command", "super", "alt", "option", "shift"]);
    for (const mac of [false, true]) {
      for (const accel of [DEFAULT_SHORTCUT, "CommandOrControl+Alt+K", "Control+Shift+F2"]) {
        const mods = shortcutText(accel, { mac }).split("+").slice(0, -1);
        for (const mod of mods) expect(parserNames.has(mod.toLowerCase())).toBe(true);
      }
    }
  });
});
