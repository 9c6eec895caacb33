// The hint under a "choose a PIN" box (setup, settings, a new PIN after the recovery key): how the
// PIN being typed stands, in plain words, updated as the person types (settings-rules.ts
// `pinStrengthText`). It reads only the box it is given and keeps nothing.

import { h } from "../dom";
import { pinStrengthText } from "./settings-rules";

/** Puts the strength hint just under `control` (a box made by dom.ts `field`). */
export function addPinStrengthHint(control: HTMLInputElement | HTMLTextAreaElement): void {
  const id = `${control.id}-strength`;
  const hint = h("p", { class: "hint pin-strength", id, "aria-live": "polite" });
  control.after(hint);
  const described = control.getAttribute("aria-describedby");
  control.setAttribute("aria-describedby", described ? `${described} ${id}` : id);
  const update = () => {
    const text = pinStrengthText(control.value);
    if (hint.textContent !== text) hint.textContent = text;
  };
  // A form emptied with reset() fires no input event: its reset event does, before the boxes
  // are emptied, so the box is read again just after.
  let watched: HTMLFormElement | null = null;
  control.addEventListener("input", () => {
    update();
    if (control.form && control.form !== watched) {
      watched = control.form;
      watched.addEventListener("reset", () => setTimeout(update, 0));
    }
  });
}
