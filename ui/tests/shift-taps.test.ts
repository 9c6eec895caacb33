import { describe, expect, it } from "vitest";
import { SHIFT_TAP_DEFAULTS, ShiftTaps, type KeyEventLike } from "../src/shift-taps";

// Events as the browser sends them: shiftKey is not read by ShiftTaps but is kept so each
// sequence below is what a real keyboard would produce (and reads as such).
type Ev = KeyEventLike & { shiftKey: boolean };
type Mods = Partial<Omit<Ev, "type" | "key" | "code" | "timeStamp">>;

function ev(type: "keydown" | "keyup", key: string, code: string, timeStamp: number, mods: Mods = {}): Ev {
  return {
    type,
    key,
    code,
    timeStamp,
    repeat: false,
    isComposing: false,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    shiftKey: false,
    ...mods,
  };
}

const shiftDown = (t: number, code = "ShiftLeft", mods: Mods = {}) =>
  ev("keydown", "Shift", code, t, { shiftKey: true, ...mods });
const shiftUp = (t: number, code = "ShiftLeft", mods: Mods = {}) => ev("keyup", "Shift", code, t, mods);

/** A bare tap of Shift: down at t, up `hold` ms later. */
function tap(t: number, code = "ShiftLeft", hold = 80): Ev[] {
  return [shiftDown(t, code), shiftUp(t + hold, code)];
}

/** Bare taps starting every `every` ms from `start`. */
function taps(n: number, start = 1000, every = 150, code = "ShiftLeft"): Ev[] {
  return Array.from({ length: n }, (_, i) => tap(start + i * every, code)).flat();
}

/** A key that is not Shift, pressed and released (`mods` apply to both events). */
function press(key: string, code: string, t: number, hold = 60, mods: Mods = {}): Ev[] {
  return [ev("keydown", key, code, t, mods), ev("keyup", key, code, t + hold, mods)];
}

/** Feeds the events in order; returns the timeStamps of the events that fired. */
function run(st: ShiftTaps, events: Ev[]): number[] {
  const fired: number[] = [];
  for (const e of events) if (st.key(e)) fired.push(e.timeStamp);
  return fired;
}

/** Feeds the events; returns the highest count seen along the way. */
function maxCount(st: ShiftTaps, events: Ev[]): number {
  let max = st.count;
  for (const e of events) {
    st.key(e);
    max = Math.max(max, st.count);
  }
  return max;
}

// ---- Typing text as a keyboard would --------------------------------------------------------

type Layout = "us" | "uk";

/** code -> [unshifted, shifted] for the keys that type characters. */
function layoutKeys(layout: Layout): Map<string, [string, string]> {
  const keys = new Map<string, [string, string]>();
  for (let c = 65; c <= 90; c++) {
    const upper = String.fromCharCode(c);
    keys.set(`Key${upper}`, [upper.toLowerCase(), upper]);
  }
  const us: Record<string, [string, string]> = {
    Backquote: ["`", "~"],
    Digit1: ["1", "!"],
    Digit2: ["2", "@"],
    Digit3: ["3", "#"],
    Digit4: ["4", "$"],
    Digit5: ["5", "%"],
    Digit6: ["6", "^"],
    Digit7: ["7", "&"],
    Digit8: ["8", "*"],
    Digit9: ["9", "("],
    Digit0: ["0", ")"],
    Minus: ["-", "_"],
    Equal: ["=", "+"],
    BracketLeft: ["[", "{"],
    BracketRight: ["]", "}"],
    Backslash: ["\\", "|"],
    Semicolon: [";", ":"],
    Quote: ["'", '"'],
    Comma: [",", "<"],
    Period: [".", ">"],
    Slash: ["/", "?"],
    Space: [" ", " "],
  };
  // UK ISO: " is Shift+2, @ is Shift+', £ is Shift+3, the key by Enter is #~ (code "Backslash"),
  // and \| is the extra key by the left Shift (code "IntlBackslash").
  const uk: Record<string, [string, string]> = {
    ...us,
    Backquote: ["`", "¬"],
    Digit2: ["2", '"'],
    Digit3: ["3", "£"],
    Quote: ["'", "@"],
    Backslash: ["#", "~"],
    IntlBackslash: ["\\", "|"],
  };
  for (const [code, pair] of Object.entries(layout === "us" ? us : uk)) keys.set(code, pair);
  return keys;
}

interface Stroke {
  code: string;
  shift: boolean;
  plain: string;
  shifted: string;
}

function strokeFor(ch: string, layout: Layout): Stroke {
  for (const [code, [plain, shifted]] of layoutKeys(layout)) {
    if (ch === plain && code !== "Space") return { code, shift: false, plain, shifted };
    if (ch === shifted) return { code, shift: ch !== " ", plain, shifted };
  }
  throw new Error(`no key types ${JSON.stringify(ch)} on a ${layout} keyboard`);
}

/** Touch typists press the Shift on the other hand from the key. */
const LEFT_HAND = /^(Key[QWERTASDFGZXCVB]|Digit[1-5]|Backquote|IntlBackslash)$/;
const shiftFor = (code: string) => (LEFT_HAND.test(code) ? "ShiftRight" : "ShiftLeft");

interface Typing {
  layout: Layout;
  /** Shift released after the character key (careful typist) or before it (fast typist). */
  release: "after" | "before";
  /** Milliseconds from one character key going down to the next, used in turn. */
  intervals: number[];
  /** Keep Shift held through a run of shifted characters ("SOS", `"You`). */
  holdAcross?: boolean;
  start?: number;
}

/** The keydown/keyup events for typing `text`, in time order. */
function typeText(text: string, o: Typing): Ev[] {
  const out: Ev[] = [];
  const chars = [...text];
  let t = o.start ?? 1000;
  let shiftCode: string | null = null;
  chars.forEach((ch, i) => {
    const s = strokeFor(ch, o.layout);
    const interval = o.intervals[i % o.intervals.length];
    const dwell = Math.round(interval * 0.5);
    const next = i + 1 < chars.length ? strokeFor(chars[i + 1], o.layout) : null;
    const keepShift = (o.holdAcross ?? false) && s.shift && next !== null && next.shift;
    if (s.shift && shiftCode === null) {
      shiftCode = shiftFor(s.code);
      out.push(shiftDown(t, shiftCode));
      t += Math.round(interval * 0.4);
    }
    const shifted = shiftCode !== null;
    out.push(ev("keydown", shifted ? s.shifted : s.plain, s.code, t, { shiftKey: shifted }));
    if (shiftCode !== null && !keepShift) {
      if (o.release === "before") {
        out.push(shiftUp(t + Math.round(dwell / 2), shiftCode));
        // Released after Shift, the key reports its unshifted character.
        out.push(ev("keyup", s.plain, s.code, t + dwell));
      } else {
        out.push(ev("keyup", s.shifted, s.code, t + dwell, { shiftKey: true }));
        out.push(shiftUp(t + dwell + 15, shiftCode));
      }
      shiftCode = null;
    } else {
      out.push(ev("keyup", shifted ? s.shifted : s.plain, s.code, t + dwell, { shiftKey: shifted }));
    }
    t += interval;
  });
  return out;
}

const SENTENCES = [
  'He said "You are Mine"',
  "Tom Smith was at Hill Road",
  'Note: he\'s at 12 Park St. (flat 3) & said "I\'ll find you!" at 10:45pm? Yes. Call 999 & tom.smith@mail.com',
  "SOS: HELP ME. I AM AT NO 14 OAK RD",
];

const TIMINGS: [string, number[]][] = [
  ["80 ms per key", [80]],
  ["150 ms per key", [150]],
  ["80-150 ms per key", [80, 150, 95, 120, 135, 105, 88, 142, 110, 99, 127]],
];

const TYPING_CASES = SENTENCES.flatMap((text) =>
  (["us", "uk"] as const).flatMap((layout) =>
    (["after", "before"] as const).flatMap((release) =>
      [false, true].flatMap((holdAcross) =>
        TIMINGS.map(([timing, intervals]) => ({
          name: `${layout}, Shift released ${release} the key${holdAcross ? ", held through runs" : ""}, ${timing}: ${
            text
          }`,
          text,
          typing: { layout, release, intervals, holdAcross } satisfies Typing,
        })),
      ),
    ),
  ),
);

describe("typeText (the test helper)", () => {
  it("types what it is asked to, in time order", () => {
    for (const { text, typing } of TYPING_CASES) {
      const events = typeText(text, typing);
      const typed = events
        .filter((e) => e.type === "keydown" && e.key !== "Shift")
        .map((e) => e.key)
        .join("");
      expect(typed).toBe(text);
      for (let i = 1; i < events.length; i++) expect(events[i].timeStamp).toBeGreaterThan(events[i - 1].timeStamp);
    }
  });

  it("produces the events a real keyboard does for a capital T", () => {
    const after = typeText("T", { layout: "us", release: "after", intervals: [100] });
    expect(after.map((e) => `${e.type} ${e.key} ${e.code}`)).toEqual([
      "keydown Shift ShiftRight",
      "keydown T KeyT",
      "keyup T KeyT",
      "keyup Shift ShiftRight",
    ]);
    const before = typeText("T", { layout: "us", release: "before", intervals: [100] });
    expect(before.map((e) => `${e.type} ${e.key} ${e.code}`)).toEqual([
      "keydown Shift ShiftRight",
      "keydown T KeyT",
      "keyup Shift ShiftRight",
      "keyup t KeyT",
    ]);
  });

  it("uses the layout's key for a double quote", () => {
    const keyOf = (layout: Layout) => typeText('"', { layout, release: "after", intervals: [100] })[1].code;
    expect(keyOf("us")).toBe("Quote");
    expect(keyOf("uk")).toBe("Digit2");
  });
});

describe("ShiftTaps: typing never fires", () => {
  it.each(TYPING_CASES)("$name", ({ text, typing }) => {
    const st = new ShiftTaps();
    const events = typeText(text, typing);
    // Every Shift press while typing has a key pressed during it, so nothing is ever counted.
    expect(maxCount(st, events)).toBe(0);
    expect(run(new ShiftTaps(), events)).toEqual([]);
  });

  it("still fires on three bare taps right after typing", () => {
    const st = new ShiftTaps();
    const typed = typeText('He said "You are Mine"', { layout: "uk", release: "before", intervals: [100] });
    const end = typed[typed.length - 1].timeStamp;
    expect(run(st, typed)).toEqual([]);
    expect(run(st, taps(3, end + 200))).toEqual([end + 200 + 300 + 80]);
  });

  it("capitals typed quickly one after another never add up", () => {
    // "I Am OK" with each Shift press wrapping a letter, 80 ms apart.
    const st = new ShiftTaps();
    const events = typeText("I Am OK", { layout: "us", release: "before", intervals: [80] });
    expect(maxCount(st, events)).toBe(0);
  });
});

describe("ShiftTaps: bare taps", () => {
  it("fires once on the keyup of the third tap, 150 ms apart", () => {
    const st = new ShiftTaps();
    const events = taps(3, 1000, 150);
    const results = events.map((e) => st.key(e));
    expect(results).toEqual([false, false, false, false, false, true]);
    expect(st.count).toBe(0);
  });

  it("counts each tap on its keyup, not its keydown", () => {
    const st = new ShiftTaps();
    st.key(shiftDown(1000));
    expect(st.count).toBe(0);
    st.key(shiftUp(1080));
    expect(st.count).toBe(1);
    st.key(shiftDown(1150));
    expect(st.count).toBe(1);
    st.key(shiftUp(1230));
    expect(st.count).toBe(2);
  });

  it("four taps fire once, the fourth starts a new count", () => {
    const st = new ShiftTaps();
    expect(run(st, taps(4, 1000, 150))).toEqual([1380]);
    expect(st.count).toBe(1);
  });

  it("six taps fire twice", () => {
    const st = new ShiftTaps();
    expect(run(st, taps(6, 1000, 150))).toEqual([1380, 1830]);
    expect(st.count).toBe(0);
  });

  it("either Shift counts, and taps may alternate between them", () => {
    expect(run(new ShiftTaps(), taps(3, 1000, 150, "ShiftRight"))).toEqual([1380]);
    const alternating = [...tap(1000, "ShiftLeft"), ...tap(1150, "ShiftRight"), ...tap(1300, "ShiftLeft")];
    expect(run(new ShiftTaps(), alternating)).toEqual([1380]);
  });

  it("still counts with Caps Lock on (after the Caps Lock key itself)", () => {
    const st = new ShiftTaps();
    const events = [
      ...press("CapsLock", "CapsLock", 1000),
      // Typing with Caps Lock on: capitals without Shift.
      ...press("H", "KeyH", 1200),
      ...press("I", "KeyI", 1300),
      ...taps(3, 1600),
    ];
    expect(run(st, events)).toEqual([1600 + 300 + 80]);
  });

  it("counts a tap made while a key pressed before Shift is still coming up", () => {
    // "a" down, Shift down, "a" up, Shift up: nothing was pressed while Shift was down.
    const st = new ShiftTaps();
    run(st, [
      ev("keydown", "a", "KeyA", 1000),
      shiftDown(1040),
      ev("keyup", "a", "KeyA", 1060),
      shiftUp(1120),
    ]);
    expect(st.count).toBe(1);
  });

  it("uses only the events' timeStamps (works the same hours into a session)", () => {
    const base = 9_876_543.21;
    expect(run(new ShiftTaps(), taps(3, base, 150))).toEqual([base + 380]);
  });

  it("ignores other event types", () => {
    const st = new ShiftTaps();
    run(st, tap(1000));
    st.key({ ...ev("keydown", "a", "KeyA", 1100), type: "keypress" });
    expect(st.count).toBe(1);
  });
});

describe("ShiftTaps: Shift with another key never counts", () => {
  const ORDERS: [string, (t: number) => Ev[]][] = [
    ["Shift down, T down, T up, Shift up", (t) => [
      shiftDown(t, "ShiftRight"),
      ev("keydown", "T", "KeyT", t + 50, { shiftKey: true }),
      ev("keyup", "T", "KeyT", t + 110, { shiftKey: true }),
      shiftUp(t + 130, "ShiftRight"),
    ]],
    ["Shift down, T down, Shift up, T up", (t) => [
      shiftDown(t, "ShiftRight"),
      ev("keydown", "T", "KeyT", t + 50, { shiftKey: true }),
      shiftUp(t + 90, "ShiftRight"),
      ev("keyup", "t", "KeyT", t + 110),
    ]],
    ["UK double quote: Shift+2", (t) => [
      shiftDown(t, "ShiftRight"),
      ev("keydown", '"', "Digit2", t + 50, { shiftKey: true }),
      ev("keyup", '"', "Digit2", t + 100, { shiftKey: true }),
      shiftUp(t + 120, "ShiftRight"),
    ]],
    ["US double quote: Shift+'", (t) => [
      shiftDown(t),
      ev("keydown", '"', "Quote", t + 50, { shiftKey: true }),
      shiftUp(t + 80),
      ev("keyup", "'", "Quote", t + 100),
    ]],
    ["colon: Shift+;", (t) => [
      shiftDown(t),
      ev("keydown", ":", "Semicolon", t + 50, { shiftKey: true }),
      ev("keyup", ":", "Semicolon", t + 100, { shiftKey: true }),
      shiftUp(t + 120),
    ]],
    ["Shift+Tab", (t) => [
      shiftDown(t),
      ev("keydown", "Tab", "Tab", t + 50, { shiftKey: true }),
      ev("keyup", "Tab", "Tab", t + 100, { shiftKey: true }),
      shiftUp(t + 120),
    ]],
    ["Shift+Tab, Shift released first", (t) => [
      shiftDown(t),
      ev("keydown", "Tab", "Tab", t + 50, { shiftKey: true }),
      shiftUp(t + 80),
      ev("keyup", "Tab", "Tab", t + 100),
    ]],
    ["Shift+ArrowLeft (selecting text)", (t) => [
      shiftDown(t),
      ev("keydown", "ArrowLeft", "ArrowLeft", t + 50, { shiftKey: true }),
      ev("keyup", "ArrowLeft", "ArrowLeft", t + 100, { shiftKey: true }),
      shiftUp(t + 120),
    ]],
    ["Shift+Enter (new line)", (t) => [
      shiftDown(t),
      ev("keydown", "Enter", "Enter", t + 50, { shiftKey: true }),
      ev("keyup", "Enter", "Enter", t + 100, { shiftKey: true }),
      shiftUp(t + 120),
    ]],
    ["Shift + dead key (US-International \")", (t) => [
      shiftDown(t),
      ev("keydown", "Dead", "Quote", t + 50, { shiftKey: true }),
      ev("keyup", "Dead", "Quote", t + 100, { shiftKey: true }),
      shiftUp(t + 120),
    ]],
    ["Shift + Unidentified key", (t) => [
      shiftDown(t),
      ev("keydown", "Unidentified", "", t + 50, { shiftKey: true }),
      ev("keyup", "Unidentified", "", t + 100, { shiftKey: true }),
      shiftUp(t + 120),
    ]],
    ["Shift + Caps Lock key", (t) => [
      shiftDown(t),
      ev("keydown", "CapsLock", "CapsLock", t + 50, { shiftKey: true }),
      ev("keyup", "CapsLock", "CapsLock", t + 100, { shiftKey: true }),
      shiftUp(t + 120),
    ]],
    ["Shift, then AltGr (Linux: key AltGraph)", (t) => [
      shiftDown(t),
      ev("keydown", "AltGraph", "AltRight", t + 40, { shiftKey: true }),
      ev("keyup", "AltGraph", "AltRight", t + 100, { shiftKey: true }),
      shiftUp(t + 120),
    ]],
    ["Shift, then Ctrl (Ctrl+Shift+H)", (t) => [
      shiftDown(t),
      ev("keydown", "Control", "ControlLeft", t + 30, { shiftKey: true, ctrlKey: true }),
      ev("keydown", "H", "KeyH", t + 60, { shiftKey: true, ctrlKey: true }),
      ev("keyup", "H", "KeyH", t + 100, { shiftKey: true, ctrlKey: true }),
      ev("keyup", "Control", "ControlLeft", t + 110, { shiftKey: true }),
      shiftUp(t + 120),
    ]],
  ];

  it.each(ORDERS)("%s, three times quickly", (_, make) => {
    const st = new ShiftTaps();
    const events = [...make(1000), ...make(1200), ...make(1400)];
    expect(maxCount(st, events)).toBe(0);
    expect(run(new ShiftTaps(), events)).toEqual([]);
  });

  it.each(ORDERS)("%s, between bare taps, starts the count again", (_, make) => {
    const st = new ShiftTaps();
    const events = [...taps(2, 1000), ...make(1400), ...tap(1700)];
    expect(run(st, events)).toEqual([]);
    expect(st.count).toBe(1);
  });

  it("Shift+Tab three times while Shift stays held", () => {
    const st = new ShiftTaps();
    const events = [
      shiftDown(1000),
      ...press("Tab", "Tab", 1100, 50, { shiftKey: true }),
      ...press("Tab", "Tab", 1250, 50, { shiftKey: true }),
      ...press("Tab", "Tab", 1400, 50, { shiftKey: true }),
      shiftUp(1500),
    ];
    expect(maxCount(st, events)).toBe(0);
  });
});

describe("ShiftTaps: other keys reset the count", () => {
  it.each([
    ["a letter", "a", "KeyA"],
    ["Tab", "Tab", "Tab"],
    ["Enter", "Enter", "Enter"],
    ["Caps Lock", "CapsLock", "CapsLock"],
    ["Control", "Control", "ControlLeft"],
    ["Alt", "Alt", "AltLeft"],
    ["AltGr (Linux)", "AltGraph", "AltRight"],
    ["Meta", "Meta", "MetaLeft"],
    ["a dead key", "Dead", "Equal"],
    ["an IME key", "Process", "KeyK"],
    ["an unidentified key", "Unidentified", ""],
    ["Escape", "Escape", "Escape"],
  ])("%s between taps", (_, key, code) => {
    const st = new ShiftTaps();
    const events = [...taps(2, 1000), ...press(key, code, 1350), ...tap(1500)];
    expect(run(st, events)).toEqual([]);
    expect(st.count).toBe(1);
  });

  it("AltGr on Windows (Ctrl + AltRight) between taps", () => {
    const st = new ShiftTaps();
    const events = [
      ...taps(2, 1000),
      ev("keydown", "Control", "ControlLeft", 1350, { ctrlKey: true }),
      ev("keydown", "AltGraph", "AltRight", 1351, { ctrlKey: true, altKey: true }),
      ev("keyup", "Control", "ControlLeft", 1400, { altKey: true }),
      ev("keyup", "AltGraph", "AltRight", 1401),
      ...tap(1500),
    ];
    expect(run(st, events)).toEqual([]);
    expect(st.count).toBe(1);
  });

  it("a keyup of another key between taps (e.g. Print Screen, which may send only a keyup)", () => {
    const st = new ShiftTaps();
    const events = [...taps(2, 1000), ev("keyup", "PrintScreen", "PrintScreen", 1350), ...tap(1500)];
    expect(run(st, events)).toEqual([]);
    expect(st.count).toBe(1);
  });

  it("a German dead key then a letter (´ e -> é) between taps", () => {
    const st = new ShiftTaps();
    const events = [
      ...taps(2, 1000),
      ...press("Dead", "Equal", 1330),
      ...press("é", "KeyE", 1420),
      ...tap(1550),
    ];
    expect(run(st, events)).toEqual([]);
    expect(st.count).toBe(1);
  });
});

describe("ShiftTaps: Ctrl, Alt and Meta", () => {
  it.each([
    ["Ctrl", "Control", "ControlLeft", { ctrlKey: true }],
    ["Alt (Alt+Shift switches layout)", "Alt", "AltLeft", { altKey: true }],
    ["Meta", "Meta", "MetaLeft", { metaKey: true }],
  ] as const)("%s held first, then Shift tapped three times", (_, key, code, mods) => {
    const st = new ShiftTaps();
    const events = [
      ev("keydown", key, code, 1000, mods),
      shiftDown(1100, "ShiftLeft", mods),
      shiftUp(1180, "ShiftLeft", mods),
      shiftDown(1250, "ShiftLeft", mods),
      shiftUp(1330, "ShiftLeft", mods),
      shiftDown(1400, "ShiftLeft", mods),
      shiftUp(1480, "ShiftLeft", mods),
      ev("keyup", key, code, 1600),
    ];
    expect(maxCount(st, events)).toBe(0);
  });

  it("Ctrl held since before the window had focus (only the ctrlKey flag shows it)", () => {
    const st = new ShiftTaps();
    const events = [1000, 1150, 1300].flatMap((t) => [
      shiftDown(t, "ShiftLeft", { ctrlKey: true }),
      shiftUp(t + 80, "ShiftLeft", { ctrlKey: true }),
    ]);
    expect(maxCount(st, events)).toBe(0);
  });

  it("Ctrl pressed and released while Shift is down", () => {
    const st = new ShiftTaps();
    run(st, [
      shiftDown(1000),
      ev("keydown", "Control", "ControlLeft", 1020, { shiftKey: true, ctrlKey: true }),
      ev("keyup", "Control", "ControlLeft", 1050, { shiftKey: true }),
      shiftUp(1080),
    ]);
    expect(st.count).toBe(0);
  });

  it("Shift released while Ctrl is down", () => {
    const st = new ShiftTaps();
    run(st, [shiftDown(1000), shiftUp(1080, "ShiftLeft", { ctrlKey: true })]);
    expect(st.count).toBe(0);
  });
});

describe("ShiftTaps: holding and repeating", () => {
  /** Shift held from t for `hold` ms, auto-repeating every 33 ms after 500 ms. */
  function held(t: number, hold: number, code = "ShiftLeft", repeatFlag = true): Ev[] {
    const events = [shiftDown(t, code)];
    for (let r = t + 500; r < t + hold; r += 33) events.push(shiftDown(r, code, { repeat: repeatFlag }));
    events.push(shiftUp(t + hold, code));
    return events;
  }

  it("auto-repeat keydowns are not new presses", () => {
    const st = new ShiftTaps();
    run(st, held(1000, 900));
    expect(st.count).toBe(1);
  });

  it("three presses with auto-repeat, each under the hold limit, fire", () => {
    const st = new ShiftTaps();
    const events = [...held(1000, 700), ...held(1900, 700), ...held(2800, 700)];
    expect(run(st, events)).toEqual([3500]);
  });

  it("holding Shift for 2 s is not a tap, and clears the count", () => {
    const st = new ShiftTaps();
    run(st, [...taps(2, 1000), ...held(1400, 2000)]);
    expect(st.count).toBe(0);
    // One more tap now is the first of a new count.
    expect(run(st, tap(3500))).toEqual([]);
    expect(st.count).toBe(1);
  });

  it("holding Shift for 2 s is not a tap even when repeats are not flagged", () => {
    const st = new ShiftTaps();
    run(st, held(1000, 2000, "ShiftLeft", false));
    expect(st.count).toBe(0);
  });

  it("holding Shift for 2 s with no repeat keydowns at all (as on macOS and Linux)", () => {
    const st = new ShiftTaps();
    run(st, [shiftDown(1000), shiftUp(3000)]);
    expect(st.count).toBe(0);
  });

  it("a hold of exactly maxHoldMs is a tap; 1 ms more is not", () => {
    const a = new ShiftTaps();
    run(a, tap(1000, "ShiftLeft", 1000));
    expect(a.count).toBe(1);
    const b = new ShiftTaps();
    run(b, tap(1000, "ShiftLeft", 1001));
    expect(b.count).toBe(0);
  });

  it("works after a long hold", () => {
    const st = new ShiftTaps();
    expect(run(st, [...held(1000, 2000), ...taps(3, 3200)])).toEqual([3580]);
  });
});

describe("ShiftTaps: both Shift keys", () => {
  it.each([
    ["left first, left released first", ["ShiftLeft", "ShiftRight", "ShiftLeft", "ShiftRight"]],
    ["left first, right released first", ["ShiftLeft", "ShiftRight", "ShiftRight", "ShiftLeft"]],
    ["right first, right released first", ["ShiftRight", "ShiftLeft", "ShiftRight", "ShiftLeft"]],
    ["right first, left released first", ["ShiftRight", "ShiftLeft", "ShiftLeft", "ShiftRight"]],
  ])("held together and released is one tap (%s)", (_, [d1, d2, u1, u2]) => {
    const chord = (t: number) => [shiftDown(t, d1), shiftDown(t + 20, d2), shiftUp(t + 90, u1), shiftUp(t + 110, u2)];
    const st = new ShiftTaps();
    run(st, chord(1000));
    expect(st.count).toBe(1);
    // Three chords are three taps.
    expect(run(new ShiftTaps(), [...chord(1000), ...chord(1200), ...chord(1400)])).toEqual([1510]);
  });

  it("both held together with a letter typed is no tap", () => {
    const st = new ShiftTaps();
    run(st, [
      shiftDown(1000, "ShiftLeft"),
      shiftDown(1020, "ShiftRight"),
      ev("keydown", "A", "KeyA", 1050, { shiftKey: true }),
      shiftUp(1080, "ShiftLeft"),
      ev("keyup", "A", "KeyA", 1090, { shiftKey: true }),
      shiftUp(1100, "ShiftRight"),
    ]);
    expect(st.count).toBe(0);
  });

  it("Shift+T with the left Shift, then the right Shift pressed before the left is released", () => {
    const st = new ShiftTaps();
    run(st, [
      shiftDown(1000, "ShiftLeft"),
      ev("keydown", "T", "KeyT", 1050, { shiftKey: true }),
      ev("keyup", "T", "KeyT", 1100, { shiftKey: true }),
      shiftDown(1120, "ShiftRight"),
      shiftUp(1160, "ShiftRight"),
      shiftUp(1200, "ShiftLeft"),
    ]);
    expect(st.count).toBe(0);
  });

  it("both held for a long time gives no tap", () => {
    const st = new ShiftTaps();
    run(st, [
      shiftDown(1000, "ShiftLeft"),
      shiftDown(2200, "ShiftRight"),
      shiftUp(2300, "ShiftRight"),
      shiftUp(2400, "ShiftLeft"),
    ]);
    expect(st.count).toBe(0);
  });

  it("recovers when a keyup goes missing (Windows may send one keyup for two Shifts)", () => {
    const st = new ShiftTaps();
    // Both down, the left comes up without an event, the right comes up.
    run(st, [shiftDown(1000, "ShiftLeft"), shiftDown(1020, "ShiftRight"), shiftUp(1100, "ShiftRight")]);
    expect(st.count).toBe(0);
    // Later, tapping only the right Shift still works.
    expect(run(st, taps(3, 3000, 150, "ShiftRight"))).toEqual([3380]);
  });
});

describe("ShiftTaps: unmatched keyups", () => {
  it("a Shift keyup with no keydown seen (held as the window got focus) is not a tap", () => {
    const st = new ShiftTaps();
    run(st, [shiftUp(1000)]);
    expect(st.count).toBe(0);
  });

  it("auto-repeat from a Shift held as the window got focus, then its keyup, is not a tap", () => {
    const st = new ShiftTaps();
    run(st, [
      shiftDown(1000, "ShiftLeft", { repeat: true }),
      shiftDown(1033, "ShiftLeft", { repeat: true }),
      shiftUp(1060),
    ]);
    expect(st.count).toBe(0);
  });

  it("a first Shift keydown flagged as a repeat (WebKitGTK, after the system-wide shortcut) is still a tap", () => {
    const st = new ShiftTaps();
    // What the real window sends after Ctrl+Shift+H hid it and a PIN opened it again.
    const fired = run(st, [
      shiftDown(1000, "ShiftLeft", { repeat: true }),
      shiftUp(1075),
      ...tap(1150),
      ...tap(1300),
    ]);
    expect(fired).toHaveLength(1);
  });

  it("an unmatched keyup between taps starts the count again", () => {
    const st = new ShiftTaps();
    expect(run(st, [...taps(2, 1000), shiftUp(1350, "ShiftRight"), ...tap(1450)])).toEqual([]);
    expect(st.count).toBe(1);
  });

  it("a Shift keyup after reset() (held across a blur) is not a tap", () => {
    const st = new ShiftTaps();
    st.key(shiftDown(1000));
    st.reset();
    st.key(shiftUp(1080));
    expect(st.count).toBe(0);
  });
});

describe("ShiftTaps: time between taps", () => {
  it("a slow third tap after 2 s starts a new count", () => {
    const st = new ShiftTaps();
    expect(run(st, [...tap(1000), ...tap(1150), ...tap(3300)])).toEqual([]);
    expect(st.count).toBe(1);
    // It was the first of a new count: two more quick taps fire.
    expect(run(st, [...tap(3450), ...tap(3600)])).toEqual([3680]);
  });

  it("a gap of exactly maxGapMs between releases is in time; 1 ms more is not", () => {
    const a = new ShiftTaps();
    // Releases at 1080, 2580, 4080.
    expect(run(a, [...tap(1000), ...tap(2500), ...tap(4000)])).toEqual([4080]);
    const b = new ShiftTaps();
    expect(run(b, [...tap(1000), ...tap(2500), ...tap(4001)])).toEqual([]);
    expect(b.count).toBe(1);
  });

  it("the gap is measured release to release, so a long (but allowed) hold can push it over", () => {
    const st = new ShiftTaps();
    // Second tap goes down 700 ms after the first release but is held 900 ms: 1600 ms apart.
    expect(run(st, [...tap(1000), ...tap(1780, "ShiftLeft", 900)])).toEqual([]);
    expect(st.count).toBe(1);
  });

  it("time going backwards does not count as in time", () => {
    const st = new ShiftTaps();
    run(st, [...tap(5000), ...tap(1000)]);
    expect(st.count).toBe(1);
    const neg = new ShiftTaps();
    run(neg, [shiftDown(5000), shiftUp(4000)]);
    expect(neg.count).toBe(0);
  });
});

describe("ShiftTaps: pointer presses", () => {
  it("Shift+click (selecting text) is not a tap", () => {
    const st = new ShiftTaps();
    st.key(shiftDown(1000));
    st.pointer();
    st.key(shiftUp(1200));
    expect(st.count).toBe(0);
  });

  it("Shift+click three times never fires", () => {
    const st = new ShiftTaps();
    let fired = false;
    for (const t of [1000, 1200, 1400]) {
      fired ||= st.key(shiftDown(t));
      st.pointer();
      fired ||= st.key(shiftUp(t + 100));
    }
    expect(fired).toBe(false);
    expect(st.count).toBe(0);
  });

  it("a click between taps starts the count again", () => {
    const st = new ShiftTaps();
    run(st, taps(2, 1000));
    st.pointer();
    expect(st.count).toBe(0);
    expect(run(st, tap(1400))).toEqual([]);
    expect(st.count).toBe(1);
  });
});

describe("ShiftTaps: IME composition", () => {
  it("Shift taps while composing never count", () => {
    const st = new ShiftTaps();
    const events = [1000, 1150, 1300].flatMap((t) => [
      shiftDown(t, "ShiftLeft", { isComposing: true }),
      shiftUp(t + 80, "ShiftLeft", { isComposing: true }),
    ]);
    expect(maxCount(st, events)).toBe(0);
  });

  it("Japanese input: the first key, compositionstart, then Shift taps during composition", () => {
    const st = new ShiftTaps();
    run(st, taps(2, 500));
    // The first key of a composition reports key "Process" (keyCode 229), not yet composing.
    st.key(ev("keydown", "Process", "KeyK", 900));
    st.reset(); // compositionstart
    const during = [
      ev("keyup", "k", "KeyK", 950, { isComposing: true }),
      ...press("Process", "KeyA", 1000, 50, { isComposing: true }),
      shiftDown(1100, "ShiftLeft", { isComposing: true }),
      shiftUp(1180, "ShiftLeft", { isComposing: true }),
      shiftDown(1250, "ShiftLeft", { isComposing: true }),
      shiftUp(1330, "ShiftLeft", { isComposing: true }),
      shiftDown(1400, "ShiftLeft", { isComposing: true }),
      shiftUp(1480, "ShiftLeft", { isComposing: true }),
      // Enter commits the text; its keydown is still part of the composition.
      ev("keydown", "Enter", "Enter", 1600, { isComposing: true }),
    ];
    expect(maxCount(st, during)).toBe(0);
    // compositionend; the Enter keyup comes after it.
    st.key(ev("keyup", "Enter", "Enter", 1650));
    // Bare taps after the composition work again.
    expect(run(st, taps(3, 2000))).toEqual([2380]);
  });

  it("a Shift press that ends while composing is not a tap", () => {
    const st = new ShiftTaps();
    run(st, [shiftDown(1000), shiftUp(1080, "ShiftLeft", { isComposing: true })]);
    expect(st.count).toBe(0);
  });

  it("a Shift press during which composition starts is not a tap", () => {
    const st = new ShiftTaps();
    run(st, [shiftDown(1000), ev("keyup", "Process", "KeyA", 1040, { isComposing: true }), shiftUp(1080)]);
    expect(st.count).toBe(0);
  });
});

describe("ShiftTaps: reset()", () => {
  it("clears the count (window blurred, page hidden, screen changed)", () => {
    const st = new ShiftTaps();
    run(st, taps(2, 1000));
    expect(st.count).toBe(2);
    st.reset();
    expect(st.count).toBe(0);
    expect(run(st, tap(1400))).toEqual([]);
    expect(st.count).toBe(1);
  });

  it("works normally after a reset", () => {
    const st = new ShiftTaps();
    run(st, taps(2, 1000));
    st.reset();
    expect(run(st, taps(3, 1400))).toEqual([1780]);
  });
});

describe("ShiftTaps: options", () => {
  it("has the documented defaults", () => {
    expect(SHIFT_TAP_DEFAULTS).toEqual({ maxGapMs: 1500, maxHoldMs: 1000, taps: 3 });
  });

  it("can need a different number of taps", () => {
    expect(run(new ShiftTaps({ taps: 2 }), taps(4, 1000))).toEqual([1230, 1530]);
    expect(run(new ShiftTaps({ taps: 5 }), taps(5, 1000))).toEqual([1680]);
  });

  it("can allow a longer gap and a longer hold", () => {
    const st = new ShiftTaps({ maxGapMs: 3000, maxHoldMs: 2000 });
    // Releases at 1080, 4000 and 6080: each gap under 3 s, the second tap held 1.5 s.
    expect(run(st, [...tap(1000), ...tap(2500, "ShiftLeft", 1500), ...tap(6000)])).toEqual([6080]);
  });

  it.each([
    { maxGapMs: 0 },
    { maxGapMs: -1 },
    { maxGapMs: Number.NaN },
    { maxHoldMs: 0 },
    { maxHoldMs: Number.POSITIVE_INFINITY },
    { taps: 0 },
    { taps: 2.5 },
  ])("rejects %j", (opts) => {
    expect(() => new ShiftTaps(opts)).toThrow(RangeError);
  });
});
