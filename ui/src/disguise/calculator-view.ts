// The calculator disguise on screen: a display and a 4-column keypad driven by
// calculator-engine.ts. It stores nothing (no localStorage, sessionStorage, IndexedDB or
// cookies), talks to no network and logs nothing; the only state is in this closure and is
// dropped by reset() and destroy().

import "./calculator.css";
import { message, t } from "../i18n";
import {
  type CalculatorKey,
  type CalculatorState,
  type PressResult,
  DIVIDE_BY_ZERO_MESSAGE,
  ERROR_MESSAGE,
  OVERFLOW_MESSAGE,
  hostError,
  initialState,
  press,
  routeKey,
} from "./calculator-engine";

export interface CalculatorOptions {
  /**
   * Called after "=" when the keys since the last reset point form a PIN or a recovery key (see
   * the engine).
   */
  onPinAttempt(pin: string): void;
  /** Called after "=" when the keys since the last reset point were "0000" (see the engine). */
  onSetupCode?(): void;
}

export interface CalculatorHandle {
  /** Back to a fresh "0", forgetting any pending operation and recorded digits. */
  reset(): void;
  /**
   * The display shows exactly "Error", as a calculator's does; the next key starts afresh. The
   * host's only answer to an attempt that went wrong: never a word of its own on the disguise.
   */
  showError(): void;
  /**
   * Moves keyboard focus to the calculator itself, not to a key (the keypad works from the
   * keyboard wherever focus is on the page; a focused key would take Space and Enter).
   */
  focus(): void;
  /** Removes the calculator and its listeners from the page. */
  destroy(): void;
}

interface ButtonSpec {
  readonly key: CalculatorKey;
  readonly label: string;
  /** The key's accessible name: a message id, or null for a digit (named by itself). */
  readonly name: string | null;
  readonly shortcut: string;
  readonly kind: "digit" | "function" | "operator" | "equals";
}

// Row by row, 4 columns. Accessible names are plain words; aria-keyshortcuts tells assistive
// technology about the keyboard equivalent.
const KEYPAD: readonly ButtonSpec[] = [
  { key: "clear", label: "C", name: message("disguise-key-clear"), shortcut: "Escape", kind: "function" },
  { key: "backspace", label: "⌫", name: message("disguise-key-backspace"), shortcut: "Backspace", kind: "function" },
  { key: "%", label: "%", name: message("disguise-key-percent"), shortcut: "%", kind: "function" },
  { key: "/", label: "÷", name: message("disguise-key-divide"), shortcut: "/", kind: "operator" },
  ...digitRow(["7", "8", "9"]),
  { key: "*", label: "×", name: message("disguise-key-multiply"), shortcut: "*", kind: "operator" },
  ...digitRow(["4", "5", "6"]),
  { key: "-", label: "−", name: message("disguise-key-minus"), shortcut: "-", kind: "operator" },
  ...digitRow(["1", "2", "3"]),
  { key: "+", label: "+", name: message("disguise-key-plus"), shortcut: "+", kind: "operator" },
  { key: "negate", label: "±", name: message("disguise-key-change-sign"), shortcut: "F9", kind: "function" },
  { key: "0", label: "0", name: null, shortcut: "0", kind: "digit" },
  { key: ".", label: ".", name: message("disguise-key-decimal-point"), shortcut: ".", kind: "digit" },
  { key: "=", label: "=", name: message("disguise-key-equals"), shortcut: "Enter =", kind: "equals" },
];

function digitRow(digits: readonly CalculatorKey[]): ButtonSpec[] {
  return digits.map((d) => ({ key: d, label: d, name: null, shortcut: d, kind: "digit" as const }));
}

/** The engine's errors (its English words) as the display shows them, in the language in use. */
const ERRORS: ReadonlyMap<string, string> = new Map([
  [DIVIDE_BY_ZERO_MESSAGE, message("disguise-divide-by-zero")],
  [OVERFLOW_MESSAGE, message("disguise-overflow")],
  [ERROR_MESSAGE, message("disguise-error")],
]);

const PRESS_FLASH_MS = 120;

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest("input, textarea, select, [contenteditable]:not([contenteditable='false'])") !== null;
}

export function mountCalculator(root: HTMLElement, opts: CalculatorOptions): CalculatorHandle {
  const doc = root.ownerDocument;
  let state: CalculatorState = initialState();

  const container = doc.createElement("section");
  container.className = "calc";
  container.setAttribute("aria-label", t("disguise-calculator"));
  // Laid out as every calculator is, whatever the language's direction (the keypad is not mirrored).
  container.dir = "ltr";
  // Focus rests here, never on a key left focused by a click (Space would then press it again).
  container.tabIndex = -1;

  const screen = doc.createElement("div");
  screen.className = "calc-screen";
  const expression = doc.createElement("div");
  expression.className = "calc-expression";
  const output = doc.createElement("output");
  output.className = "calc-display";
  output.setAttribute("aria-live", "polite");
  output.setAttribute("aria-atomic", "true");
  screen.append(expression, output);

  const keypad = doc.createElement("div");
  keypad.className = "calc-keypad";
  keypad.setAttribute("role", "group");
  keypad.setAttribute("aria-label", t("disguise-keypad"));
  const buttons = new Map<CalculatorKey, HTMLButtonElement>();
  for (const spec of KEYPAD) {
    const b = doc.createElement("button");
    b.type = "button";
    b.className = `calc-key calc-key--${spec.kind}`;
    b.textContent = spec.label;
    b.dataset.key = spec.key;
    b.setAttribute("aria-label", spec.name === null ? spec.label : t(spec.name));
    b.setAttribute("aria-keyshortcuts", spec.shortcut);
    buttons.set(spec.key, b);
    keypad.append(b);
  }

  container.append(screen, keypad);
  root.append(container);

  const flashTimers = new Set<ReturnType<typeof setTimeout>>();

  function render(r: PressResult): void {
    // Typographic minus reads as "minus" in screen readers and looks right.
    const error = r.isError ? ERRORS.get(r.display) : undefined;
    const text = error === undefined ? r.display.replace(/-/g, "−") : t(error);
    if (output.textContent !== text) output.textContent = text;
    expression.textContent = r.expression;
    const len = text.length;
    container.classList.toggle("calc--long", len > 11 && len <= 15);
    container.classList.toggle("calc--very-long", len > 15);
    container.classList.toggle("calc--error", r.isError);
  }

  function apply(key: CalculatorKey): void {
    const r = press(state, key);
    state = r.state;
    render(r);
    // Render first so that a PIN attempt looks exactly like a calculation whatever the host does.
    if (r.pinAttempt !== undefined) opts.onPinAttempt(r.pinAttempt);
    else if (r.setupCode) opts.onSetupCode?.();
  }

  function flash(key: CalculatorKey): void {
    const b = buttons.get(key);
    if (!b) return;
    b.classList.add("calc-key--pressed");
    const t = setTimeout(() => {
      flashTimers.delete(t);
      b.classList.remove("calc-key--pressed");
    }, PRESS_FLASH_MS);
    flashTimers.add(t);
  }

  function onClick(e: MouseEvent): void {
    const b = (e.target as Element | null)?.closest<HTMLButtonElement>("button.calc-key");
    const key = b?.dataset.key as CalculatorKey | undefined;
    if (key) apply(key);
    // Clicked with a mouse or a finger (detail counts clicks; a key pressed with Space or Enter
    // by someone who tabbed to it has 0): focus goes back to the calculator, not the key.
    if (b && e.detail > 0) container.focus({ preventScroll: true });
  }

  function isActive(): boolean {
    return container.isConnected && container.getClientRects().length > 0;
  }

  function onKeyDown(e: KeyboardEvent): void {
    if (e.defaultPrevented || e.isComposing || !isActive()) return;
    if (isEditable(e.target) && !container.contains(e.target as Node)) return;
    const onKey = e.target instanceof Element && e.target.matches("button.calc-key") && keypad.contains(e.target);
    const route = routeKey(e, onKey);
    switch (route.action) {
      case "ignore":
      case "native":
        return;
      case "swallow":
        e.preventDefault();
        return;
      case "press":
        // Also stops "/" from opening quick find.
        e.preventDefault();
        apply(route.key);
        flash(route.key);
    }
  }

  keypad.addEventListener("click", onClick);
  doc.addEventListener("keydown", onKeyDown);
  render(press(state, "clear"));

  return {
    reset() {
      state = initialState();
      render(press(state, "clear"));
    },
    showError() {
      const r = hostError();
      state = r.state;
      render(r);
    },
    focus() {
      container.focus({ preventScroll: true });
    },
    destroy() {
      keypad.removeEventListener("click", onClick);
      doc.removeEventListener("keydown", onKeyDown);
      for (const t of flashTimers) clearTimeout(t);
      flashTimers.clear();
      state = initialState();
      container.remove();
    },
  };
}
