// Errors shown under the box they are about (setup, the PIN forms in settings, a new PIN after the
// recovery key): the box is marked aria-invalid and described by its error, and keyboard focus
// goes to it, so a screen reader reads the label, then what is wrong. A box's error goes as soon
// as the person types in it. Also: a button that says it is working while an answer is awaited.

import { h } from "../dom";

type Box = HTMLInputElement | HTMLTextAreaElement;

export class FieldErrors {
  /**
   * Says the message when it is for the box that already has focus (moving focus there reads it
   * otherwise, and saying it twice is noise). Put it anywhere in the form.
   */
  readonly announcer: HTMLElement = h("p", { class: "visually-hidden", role: "alert" });
  private readonly errors = new Map<Box, HTMLElement>();

  /** `boxes`: made by dom.ts `field` (each inside its `.field` wrapper, with an id). */
  constructor(boxes: readonly Box[]) {
    for (const box of boxes) {
      const error = h("p", { class: "form-error field-error", id: `${box.id}-error`, hidden: true });
      (box.closest(".field") ?? box.parentElement)?.append(error);
      this.errors.set(box, error);
      box.addEventListener("input", () => this.clear(box));
    }
  }

  /** Shows `message` under `box` (emptied first if `empty`) and puts keyboard focus there. */
  show(box: Box, message: string, opts: { empty?: boolean } = {}): void {
    const error = this.errors.get(box);
    if (!error) return;
    if (opts.empty) box.value = "";
    error.textContent = message;
    error.hidden = false;
    box.setAttribute("aria-invalid", "true");
    const described = (box.getAttribute("aria-describedby") ?? "").split(/\s+/).filter((id) => id && id !== error.id);
    box.setAttribute("aria-describedby", [error.id, ...described].join(" "));
    // The strength hint would only say it again (or say something else) beside the error.
    const strength = document.getElementById(`${box.id}-strength`);
    if (strength) strength.hidden = true;
    if (document.activeElement === box) {
      this.announcer.textContent = "";
      this.announcer.textContent = message;
    } else {
      box.focus();
    }
  }

  /** Empties a box without showing anything (a pair typed again: the other box of the two). */
  empty(box: Box): void {
    box.value = "";
    this.clear(box);
  }

  clear(box: Box): void {
    const error = this.errors.get(box);
    if (!error || error.hidden) return;
    error.hidden = true;
    error.textContent = "";
    box.removeAttribute("aria-invalid");
    const described = (box.getAttribute("aria-describedby") ?? "").split(/\s+/).filter((id) => id && id !== error.id);
    if (described.length > 0) box.setAttribute("aria-describedby", described.join(" "));
    else box.removeAttribute("aria-describedby");
    const strength = document.getElementById(`${box.id}-strength`);
    if (strength) strength.hidden = false;
  }

  clearAll(): void {
    for (const box of this.errors.keys()) this.clear(box);
    this.announcer.textContent = "";
  }
}

/**
 * While an answer is awaited: the button says what is happening ("Changing…") and is marked
 * disabled. aria-disabled, not `disabled`: a disabled button loses keyboard focus, and the person
 * would be left nowhere. The caller ignores presses meanwhile. Returns the way back.
 */
export function working(button: HTMLButtonElement, label: string): () => void {
  const before = button.textContent ?? "";
  button.textContent = label;
  button.setAttribute("aria-disabled", "true");
  return () => {
    button.textContent = before;
    button.removeAttribute("aria-disabled");
  };
}
