// Recognises the quick-exit gesture: Shift tapped on its own three times in a row. Pure (no DOM,
// no clock, no globals): the page feeds it keydown/keyup events and pointer presses, and it says
// when the last tap completes. Times come from each event's timeStamp, so tests are exact.
//
// Only BARE taps count: Shift pressed and released with no other key pressed while it was down.
// Typing capitals, quotes, colons, "@", Shift+Tab or Shift+click must never hide the app by
// accident in the middle of writing down what happened, so any other key, a pointer press, an IME
// composition or a held Ctrl/Alt/Meta spoils the Shift press and starts the count again. Like
// GOV.UK's "Exit this page", but stricter: GOV.UK only looks at keyups, so Shift down, T down,
// Shift up, T up (a capital released in the "wrong" order, common in fast typing) would count there.
//
// Rules, in order of how a press goes:
// - A press starts at the first Shift keydown (ShiftLeft or ShiftRight) and ends when every Shift
//   key that went down has come up again, so both Shifts held together make one press at most.
// - Auto-repeat keydowns, and keydowns of a Shift already held, are not new presses.
// - Any non-Shift keydown, any event while composing (IME), a pointer press, or Ctrl/Alt/Meta
//   being down spoils the press held now and sets the count to zero. A non-Shift keyup sets the
//   count to zero too (as GOV.UK does) but does not spoil: that key went down before Shift did.
// - A press longer than maxHoldMs is not a tap (someone holding Shift to read or think).
// - A Shift keyup without its keydown (Shift held as the window got focus) is not a tap.
// - Taps must each end within maxGapMs of the previous tap's end, or the count starts again at 1.
// - The tap that reaches `taps` fires once; the count then starts again from zero.

/** The parts of a KeyboardEvent this needs; a real KeyboardEvent can be passed as it is. */
export interface KeyEventLike {
  /** "keydown" or "keyup"; anything else (keypress...) is ignored. */
  type: string;
  key: string;
  code: string;
  repeat: boolean;
  isComposing: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** Milliseconds, from the event: never read from a clock here. */
  timeStamp: number;
}

export interface ShiftTapOptions {
  /** Longest time from one tap's release to the next tap's release. */
  maxGapMs?: number;
  /** Longest a Shift press may last and still be a tap. */
  maxHoldMs?: number;
  /** How many taps fire the quick exit. */
  taps?: number;
}

export const SHIFT_TAP_DEFAULTS: Readonly<Required<ShiftTapOptions>> = Object.freeze({
  maxGapMs: 1500,
  maxHoldMs: 1000,
  taps: 3,
});

/** One press of Shift: from the first Shift keydown until every Shift held is released. */
interface Press {
  start: number;
  /** The codes of the Shift keys down now ("ShiftLeft", "ShiftRight"). */
  held: Set<string>;
  spoiled: boolean;
  /** Began with a keydown flagged as a repeat (see shiftDown). */
  fromRepeat: boolean;
}

export class ShiftTaps {
  private readonly maxGapMs: number;
  private readonly maxHoldMs: number;
  private readonly needed: number;
  private taps = 0;
  private lastTapAt = 0;
  private press: Press | null = null;

  constructor(opts: ShiftTapOptions = {}) {
    const o = { ...SHIFT_TAP_DEFAULTS, ...opts };
    if (!(Number.isFinite(o.maxGapMs) && o.maxGapMs > 0)) throw new RangeError("maxGapMs must be a positive number");
    if (!(Number.isFinite(o.maxHoldMs) && o.maxHoldMs > 0)) throw new RangeError("maxHoldMs must be a positive number");
    if (!(Number.isInteger(o.taps) && o.taps >= 1)) throw new RangeError("taps must be a whole number from 1");
    this.maxGapMs = o.maxGapMs;
    this.maxHoldMs = o.maxHoldMs;
    this.needed = o.taps;
  }

  /** Taps counted so far (for tests, or an optional indicator). */
  get count(): number {
    return this.taps;
  }

  /** Feed every keydown and keyup; true exactly when the last needed tap completes (on its keyup). */
  key(e: KeyEventLike): boolean {
    if (e.type !== "keydown" && e.type !== "keyup") return false;
    const down = e.type === "keydown";

    // Decided by key, not code: when both Shifts toggle Caps Lock or switch layout (XKB options),
    // the second one arrives as "CapsLock" or a group key with code "ShiftRight", and must spoil.
    if (e.key !== "Shift") {
      this.interrupt(down || e.isComposing);
      return false;
    }

    // Shift with Ctrl/Alt/Meta is a shortcut (Ctrl+Shift+H, Alt+Shift layout switching); while
    // composing, Shift belongs to the IME. Neither is a tap, even if the other key went down
    // before the window had focus and so was never seen.
    if (e.isComposing || e.ctrlKey || e.altKey || e.metaKey) this.interrupt(true);

    const id = e.code || "Shift";
    return down ? this.shiftDown(id, e) : this.shiftUp(id, e);
  }

  /** A pointer press anywhere (Shift+click selects text: not a tap). */
  pointer(): void {
    this.interrupt(true);
  }

  /** Forget everything: composition started, window blurred, page hidden, screen changed. */
  reset(): void {
    this.taps = 0;
    this.lastTapAt = 0;
    // Keyups for keys held now may never arrive (released in another window), so drop the press.
    this.press = null;
  }

  private shiftDown(id: string, e: KeyEventLike): boolean {
    const spoiled = e.isComposing || e.ctrlKey || e.altKey || e.metaKey;
    const p = this.press;
    if (e.repeat) {
      // Auto-repeat of a press under way: it goes on, and its length decides at keyup. A second
      // repeat of a press that itself began with one is a Shift held all along (as the window
      // got focus): not a tap.
      if (p) {
        if (p.fromRepeat) p.spoiled = true;
        return false;
      }
      // A "repeat" with no press seen: WebKitGTK flags the first Shift keydown after the
      // system-wide shortcut (Ctrl+Shift+H) this way, having missed that Shift's keyup. Taken
      // as a new press, or the first tap after every such hide would be lost.
      this.press = { start: e.timeStamp, held: new Set([id]), spoiled, fromRepeat: true };
      return false;
    }
    if (p && p.held.has(id)) return false;
    if (p && e.timeStamp - p.start <= this.maxHoldMs) {
      // The other Shift joins the press already held: both together are one press.
      p.held.add(id);
      if (spoiled) p.spoiled = true;
      return false;
    }
    if (p) {
      // A press older than maxHoldMs can never be a tap; most likely a keyup went missing
      // (Windows may send none for the first Shift released when both are held). Start afresh
      // so a lost keyup cannot block the quick exit until the window loses focus.
      this.taps = 0;
    }
    this.press = { start: e.timeStamp, held: new Set([id]), spoiled, fromRepeat: false };
    return false;
  }

  private shiftUp(id: string, e: KeyEventLike): boolean {
    const p = this.press;
    if (!p || !p.held.has(id)) {
      // Its keydown was never seen (Shift was held when the window got focus): not a tap.
      this.taps = 0;
      return false;
    }
    p.held.delete(id);
    if (p.held.size > 0) return false;
    this.press = null;

    const held = e.timeStamp - p.start;
    if (p.spoiled || !(held >= 0 && held <= this.maxHoldMs)) {
      this.taps = 0;
      return false;
    }
    const gap = e.timeStamp - this.lastTapAt;
    if (this.taps > 0 && !(gap >= 0 && gap <= this.maxGapMs)) this.taps = 0;
    this.taps += 1;
    this.lastTapAt = e.timeStamp;
    if (this.taps < this.needed) return false;
    this.taps = 0;
    return true;
  }

  /** Something other than a bare Shift tap happened: start counting again, maybe spoil the press. */
  private interrupt(spoilPress: boolean): void {
    this.taps = 0;
    if (spoilPress && this.press) this.press.spoiled = true;
  }
}
