// Settings: the size of text (and of everything on screen) in the open app. A group of choices,
// not a drop-down list: an open list holds the keyboard, so while it is open no way of hiding
// the app would work, and its options would not grow with the text.

import { type SettingsView } from "../api";
import { h } from "../dom";
import { t } from "../i18n";
import { TEXT_SIZE_CHANGED, setTextSize } from "../text-size";

export function textSizeForm(): { form: HTMLElement; fill(settings: SettingsView): void } {
  const choices = h("fieldset", {
    class: "text-size-choices",
    id: "settings-text-size",
    "aria-labelledby": "settings-text-size-title",
    "aria-describedby": "settings-text-size-hint",
  });
  const status = h("p", { class: "status", role: "status" });
  const error = h("p", { class: "form-error", role: "alert" });
  const form = h(
    "section",
    { class: "panel settings-panel", "aria-labelledby": "settings-text-size-title" },
    h("h2", { id: "settings-text-size-title" }, t("text-size-title")),
    h(
      "p",
      { class: "hint", id: "settings-text-size-hint" },
      t("text-size-hint"),
    ),
    choices,
    error,
    status,
  );
  form.hidden = true;
  choices.addEventListener("change", (e) => {
    const chosen = e.target;
    if (!(chosen instanceof HTMLInputElement) || !chosen.checked) return;
    error.textContent = "";
    status.textContent = "";
    setTextSize(Number(chosen.value))
      .then((applied) => {
        status.textContent = t("text-size-said", { size: applied });
      })
      .catch(() => {
        error.textContent = t("text-size-failed");
      });
  });
  // Changed with the keys while Settings is open: the choice follows.
  const follow = (e: Event): void => {
    if (!form.isConnected) {
      document.removeEventListener(TEXT_SIZE_CHANGED, follow);
      return;
    }
    check((e as CustomEvent<number>).detail);
  };
  document.addEventListener(TEXT_SIZE_CHANGED, follow);

  function check(size: number): void {
    for (const input of choices.querySelectorAll<HTMLInputElement>("input")) {
      input.checked = Number(input.value) === size;
    }
  }

  function fill(settings: SettingsView): void {
    choices.replaceChildren(
      ...settings.text_sizes.map((size) => {
        const id = `settings-text-size-${size}`;
        return h(
          "div",
          { class: "radio" },
          h("input", { type: "radio", id, name: "settings-text-size", value: String(size) }),
          h("label", { for: id }, size === 100 ? t("text-size-choice-usual", { size }) : t("text-size-choice", { size })),
        );
      }),
    );
    check(settings.text_size);
    form.hidden = false;
  }
  return { form, fill };
}
