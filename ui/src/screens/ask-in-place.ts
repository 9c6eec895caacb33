// "Remove X? This cannot be undone." asked where the button was: the question with Yes and Keep
// takes the place of the buttons, Keep or Escape puts them back (focus on the button pressed),
// and Yes runs the removal once, however often it is pressed.

import { h } from "../dom";
import { t } from "../i18n";

export interface AskInPlace {
  /** What the question replaces, and gets back on Keep. */
  buttons: HTMLElement;
  /** The button that asked: focused again on Keep. */
  asker: HTMLElement;
  /** A unique id for the question (it names the group). */
  id: string;
  question: string;
  /** Does the removal; a failure lets Yes be pressed again. */
  act(): Promise<void>;
  /** Says why it failed (nothing was changed). */
  failed(e: unknown): void;
}

export function askInPlace(o: AskInPlace): void {
  const questionId = `confirm-${o.id}`;
  const yes = h("button", { type: "button", class: "small danger", "data-action": "confirm-remove" }, t("ask-in-place-yes"));
  const keep = h("button", { type: "button", class: "small", "data-action": "keep" }, t("ask-in-place-keep"));
  const confirm = h(
    "div",
    { class: "confirm", role: "group", "aria-labelledby": questionId },
    h("p", { id: questionId }, o.question),
    yes,
    keep,
  );
  const close = () => {
    confirm.replaceWith(o.buttons);
    o.asker.focus();
  };
  keep.addEventListener("click", close);
  confirm.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      e.preventDefault();
      close();
    }
  });
  let busy = false;
  yes.addEventListener("click", () => {
    if (busy) return;
    busy = true;
    o.act().catch((e: unknown) => {
      busy = false;
      o.failed(e);
    });
  });
  o.buttons.replaceWith(confirm);
  keep.focus();
}
