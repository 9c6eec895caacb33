// "One entry each, or all in one?", asked the same way wherever many things come in at once.

import { h } from "../dom";
import { t } from "../i18n";

/** The question as a group of two radio buttons (`id`-each and `id`-together); "each" is chosen. */
export function oneOrEach(id: string, each: string, together: string): { el: HTMLElement; together(): boolean } {
  const option = (value: "each" | "together", label: string) =>
    h(
      "div",
      { class: "radio" },
      h("input", { type: "radio", name: `${id}-how`, id: `${id}-${value}`, value, checked: value === "each" }),
      h("label", { for: `${id}-${value}` }, label),
    );
  const el = h(
    "fieldset",
    { class: "field" },
    h("legend", {}, t("imports-how")),
    option("each", each),
    option("together", together),
  );
  return { el, together: () => el.querySelector<HTMLInputElement>(`#${id}-together`)?.checked ?? false };
}
