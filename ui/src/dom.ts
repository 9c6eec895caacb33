// A tiny helper for building DOM without innerHTML (so no user text is ever parsed as markup).

import { t } from "./i18n";
import { errorMessage } from "./api";

type Attrs = Record<string, string | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (value === true) el.setAttribute(name, "");
    else el.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    el.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  if (el instanceof HTMLSelectElement) fitListBox(el);
  return el;
}

/**
 * Every choice list is drawn in the page as a list box, never as a drop-down: WebKitGTK opens a
 * drop-down as a GTK menu that holds the keyboard and the pointer, so while it was open no way
 * of hiding (the shortcut, Shift three times, a single click on Quick exit) reached the app.
 * Call again after the options change. A list box selects nothing by itself, so the first option
 * is chosen when none is, as a drop-down would.
 */
export function fitListBox(select: HTMLSelectElement): void {
  select.size = Math.min(Math.max(select.options.length, 2), 6);
  if (select.selectedIndex < 0 && select.options.length > 0) select.selectedIndex = 0;
}

/** A labelled text input or textarea; returns the wrapper and the control. */
export function field(
  label: string,
  name: string,
  opts: { type?: string; multiline?: boolean; hint?: string; autocomplete?: string } = {},
): { wrap: HTMLElement; control: HTMLInputElement | HTMLTextAreaElement } {
  const id = `f-${name}`;
  const hintId = opts.hint ? `${id}-hint` : undefined;
  const control = opts.multiline
    ? h("textarea", { id, name, rows: "3", "aria-describedby": hintId, spellcheck: "false" })
    : h("input", {
        id,
        name,
        type: opts.type ?? "text",
        "aria-describedby": hintId,
        autocomplete: opts.autocomplete ?? "off",
        spellcheck: "false",
      });
  const wrap = h(
    "div",
    { class: "field" },
    h("label", { for: id }, label),
    opts.hint ? h("p", { class: "hint", id: hintId }, opts.hint) : null,
    control,
  );
  return { wrap, control };
}

/** An inline "are you sure?" group, hidden until shown: the question, then the buttons. */
export function confirmGroup(questionId: string, question: string, ...buttons: HTMLElement[]): HTMLElement {
  return h(
    "div",
    { class: "confirm", role: "group", "aria-labelledby": questionId, hidden: true },
    h("p", { id: questionId }, question),
    h("div", { class: "actions start" }, ...buttons),
  );
}

/** Where keyboard focus is, described so it can be found again in redrawn content. */
interface FocusPlace {
  el: HTMLElement;
  id: string;
  /** The record the element belongs to (data-item-id, data-contact-id) and what it does. */
  owner: string | null;
  action: string | null;
  selection: [number, number] | null;
}

function focusPlace(container: HTMLElement): FocusPlace | null {
  const el = document.activeElement;
  if (!(el instanceof HTMLElement) || !container.contains(el)) return null;
  const owner = el.closest<HTMLElement>("[data-item-id], [data-contact-id]");
  const text = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el : null;
  let selection: [number, number] | null = null;
  try {
    if (text && text.selectionStart !== null && text.selectionEnd !== null) {
      selection = [text.selectionStart, text.selectionEnd];
    }
  } catch {
    // Checkboxes and dates have no text selection.
  }
  return {
    el,
    id: el.id,
    owner: owner ? (owner.dataset.itemId ?? owner.dataset.contactId ?? null) : null,
    action: el.dataset.action ?? null,
    selection,
  };
}

function restoreFocus(container: HTMLElement, place: FocusPlace): void {
  let target: HTMLElement | null = place.el.isConnected ? place.el : null;
  if (!target && place.id) target = container.querySelector<HTMLElement>(`#${CSS.escape(place.id)}`);
  if (!target && place.owner) {
    const owner = container.querySelector<HTMLElement>(
      `[data-item-id="${CSS.escape(place.owner)}"], [data-contact-id="${CSS.escape(place.owner)}"]`,
    );
    target =
      (place.action ? owner?.querySelector<HTMLElement>(`[data-action="${CSS.escape(place.action)}"]`) : null) ??
      owner?.querySelector<HTMLElement>("input, button") ??
      null;
  }
  if (!target || document.activeElement === target) return;
  target.focus({ preventScroll: true });
  if (place.selection && target === place.el && (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) {
    try {
      target.setSelectionRange(...place.selection);
    } catch {
      // Not a text box.
    }
  }
}

/**
 * Runs a redraw of part of a screen without moving the person: the scroll position and keyboard
 * focus (with any text selection) are put back afterwards, finding a redrawn control again by its
 * id, or by its record and action.
 */
export function keepPlace(container: HTMLElement, redraw: () => void): void {
  const scroller = container.closest<HTMLElement>("#app") ?? document.scrollingElement;
  const top = scroller?.scrollTop ?? 0;
  const place = focusPlace(container);
  redraw();
  if (place) restoreFocus(container, place);
  if (scroller) scroller.scrollTop = top;
}

/**
 * Makes `parent`'s children exactly `wanted`, in order, moving as little as possible: children
 * kept in place are never taken out, so one being typed in keeps its focus.
 */
export function reconcileChildren(parent: HTMLElement, wanted: readonly Element[]): void {
  // Removing first, so a kept child never has to move to close a gap.
  const keep = new Set<Element>(wanted);
  for (const child of [...parent.children]) if (!keep.has(child)) child.remove();
  wanted.forEach((child, i) => {
    const at = parent.children[i] ?? null;
    if (at !== child) parent.insertBefore(child, at);
  });
  while (parent.children.length > wanted.length) parent.lastElementChild?.remove();
}

const shownTimers = new WeakMap<HTMLElement, number>();

/** Shows an element for a few seconds (from the start again if shown again), e.g. "Updated just now". */
export function showForAWhile(el: HTMLElement, ms = 6000): void {
  el.hidden = false;
  clearTimeout(shownTimers.get(el));
  shownTimers.set(
    el,
    window.setTimeout(() => {
      el.hidden = true;
    }, ms),
  );
}

/** A quiet "Updated just now" label, hidden until shown with showForAWhile. */
export function updatedNote(tag: "span" | "p" = "span"): HTMLElement {
  return h(tag, { class: "updated-note", hidden: true }, t("app-updated-just-now"));
}

/**
 * Keeps what gets keyboard focus clear of a sticky header (WCAG 2.4.11): when a focused element
 * is under the header (Shift+Tab back up a long form), what scrolls moves down just enough.
 * (Not with CSS scroll-padding: WebKit's WebDriver then finds such elements not interactable.)
 */
export function keepClearOfHeader(header: HTMLElement): void {
  // The header sticks at the top of what scrolls: its parent (#app).
  const scroller = header.parentElement;
  if (!scroller) return;
  clearOfHeader?.();
  const onFocus = (e: FocusEvent) => {
    const el = e.target;
    if (!(el instanceof HTMLElement) || header.contains(el)) return;
    if (getComputedStyle(header).position !== "sticky") return;
    const covered = header.getBoundingClientRect().bottom + 8 - el.getBoundingClientRect().top;
    if (covered > 0) scroller.scrollBy({ top: -covered });
  };
  scroller.addEventListener("focusin", onFocus);
  // One header at a time: the next screen's replaces this one's.
  clearOfHeader = () => scroller.removeEventListener("focusin", onFocus);
}

let clearOfHeader: (() => void) | null = null;

/** The screen drawn in each main element, to stop when another replaces it. */
const screens = new Map<HTMLElement, AbortController>();

/**
 * Draws a screen into `main` (emptied first) with a signal that is aborted when another screen is
 * drawn there or the app hides (`leaveAllScreens`). Work that ends after that (an answer from
 * Rust, a timer) checks `signal.aborted` and draws nothing: the page it was for is gone, and the
 * disguise or another screen is on show.
 */
export function screen(main: HTMLElement, build: (signal: AbortSignal) => void): AbortSignal {
  screens.get(main)?.abort();
  const controller = new AbortController();
  // Late work for a page already gone (a hide came while it waited) draws nothing, and nothing
  // of the vault's is held on to for it.
  if (!main.isConnected) {
    screens.delete(main);
    controller.abort();
    return controller.signal;
  }
  screens.set(main, controller);
  main.replaceChildren();
  build(controller.signal);
  return controller.signal;
}

/** The app hides: every screen drawn with `screen` stops. */
export function leaveAllScreens(): void {
  for (const controller of screens.values()) controller.abort();
  screens.clear();
}

/**
 * A form's submit, done once at a time: the default (a page load) prevented, a second press
 * while the first is awaited ignored, the button saying it is working, the error box emptied at
 * the start and given the refusal in words (or `failed`) at the end. Nothing is said once the
 * screen's `signal` is aborted (the person left, or the app hid).
 */
export function onSubmit(
  form: HTMLFormElement,
  opts: { error: HTMLElement; failed: string; signal?: AbortSignal; button?: HTMLButtonElement; working?: string },
  submit: () => Promise<void>,
): void {
  let busy = false;
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (busy || opts.signal?.aborted) return;
    busy = true;
    opts.error.textContent = "";
    const before = opts.button?.textContent ?? "";
    if (opts.button) {
      if (opts.working) opts.button.textContent = opts.working;
      opts.button.setAttribute("aria-disabled", "true");
    }
    submit()
      .catch((err: unknown) => {
        if (!opts.signal?.aborted) opts.error.textContent = errorMessage(err, opts.failed);
      })
      .finally(() => {
        busy = false;
        if (opts.button) {
          if (opts.working) opts.button.textContent = before;
          opts.button.removeAttribute("aria-disabled");
        }
      });
  });
}
