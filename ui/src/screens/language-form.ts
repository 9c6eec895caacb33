// The language the app speaks: at setup and in Settings. A group of choices (not a drop-down,
// which would hold the keyboard while open), each language named in itself and marked with its
// own `lang`, so a screen reader says it right and a person who reads no English finds theirs.
// The heading is said in every language at once for the same reason.

import { h } from "../dom";
import { LANGUAGES, isLanguage, language, t, useLanguage, type Language } from "../i18n";

/** Sent on `document` once the page speaks another language; the open app draws itself again. */
export const LANGUAGE_CHANGED = "harbour:language-changed";

/**
 * The choices. `choose` keeps the choice (in the vault, when open); the page switches at once and
 * switches back if it cannot be kept.
 */
export function languageForm(opts: { id: string; choose?: (code: Language) => Promise<unknown> }): HTMLElement {
  const titleId = `${opts.id}-title`;
  const choices = h("div", { class: "language-choices", role: "radiogroup", "aria-labelledby": titleId });
  const error = h("p", { class: "form-error", role: "alert" });
  for (const l of LANGUAGES) {
    const id = `${opts.id}-${l.code}`;
    choices.append(
      h(
        "div",
        { class: "radio" },
        h("input", { type: "radio", id, name: opts.id, value: l.code, checked: l.code === language() }),
        h("label", { for: id, lang: l.code, dir: l.dir }, l.name),
      ),
    );
  }
  choices.addEventListener("change", (e) => {
    const chosen = e.target;
    if (!(chosen instanceof HTMLInputElement) || !chosen.checked || !isLanguage(chosen.value)) return;
    void switchTo(chosen.value);
  });

  async function switchTo(code: Language): Promise<void> {
    const before = language();
    error.textContent = "";
    const switched = await useLanguage(code);
    // Gone meanwhile (a hide): the disguise has set its own language; nothing more to do here.
    if (!choices.isConnected) return;
    if (!switched) {
      error.textContent = t("language-not-loaded");
      check(before);
      return;
    }
    try {
      await opts.choose?.(code);
    } catch {
      if (!choices.isConnected) return;
      await useLanguage(before);
      check(before);
      error.textContent = t("language-not-kept");
      return;
    }
    if (!choices.isConnected) return;
    document.dispatchEvent(new CustomEvent(LANGUAGE_CHANGED, { detail: { code, from: opts.id } }));
  }

  function check(code: Language): void {
    for (const input of choices.querySelectorAll<HTMLInputElement>("input")) input.checked = input.value === code;
  }

  return h(
    "fieldset",
    { class: "language-form", id: opts.id },
    // Each language's own word for "Language", so anyone can find it.
    h(
      "legend",
      { id: titleId },
      ...LANGUAGES.flatMap((l, i) => [i > 0 ? " · " : "", h("span", { lang: l.code, dir: l.dir }, LANGUAGE_WORD[l.code])]),
    ),
    choices,
    error,
  );
}

/** "Language" in each language, for the heading of the choices. */
const LANGUAGE_WORD: Record<Language, string> = {
  "en-GB": "Language",
  cy: "Iaith",
  pl: "Język",
  ur: "زبان",
  pa: "ਭਾਸ਼ਾ",
  ar: "اللغة",
};
