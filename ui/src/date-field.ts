// A date box with the chosen day written out beside it. WebKitGTK shows the box in the computer's
// own order (12/06/2026 can read as 12 June), and an empty box shows a grey date that looks filled.

import { formatDay } from "./dates";
import { h } from "./dom";
import { t } from "./i18n";

/**
 * A date box with the chosen day written out beside it ("Sun 6 Dec 2026"): the box's own format
 * follows the computer's settings and can read as month/day, and an empty box can look filled.
 */
export function dateField(id: string, label: string, value = "", hint = ""): { wrap: HTMLElement; input: HTMLInputElement; sync(): void } {
  const words = h("span", { class: "hint date-words", id: `${id}-words`, "aria-hidden": "true" });
  const input = h("input", { type: "date", id, name: id, value, "aria-describedby": hint ? `${id}-hint` : undefined });
  const sync = () => {
    words.textContent = input.value ? formatDay(input.value) : t("dates-not-set");
  };
  input.addEventListener("input", sync);
  input.addEventListener("change", sync);
  sync();
  return {
    wrap: h(
      "div",
      { class: "field" },
      h("label", { for: id }, label),
      hint ? h("p", { class: "hint", id: `${id}-hint` }, hint) : null,
      h("div", { class: "date-row" }, input, words),
    ),
    input,
    sync,
  };
}

