// Settings: the size of text (and of everything on screen) in the open app.

import { type SettingsView } from "../api";
import { h } from "../dom";
import { TEXT_SIZE_CHANGED, setTextSize } from "../text-size";

export function textSizeForm(): { form: HTMLElement; fill(settings: SettingsView): void } {
  const select = h("select", { id: "settings-text-size", "aria-describedby": "settings-text-size-hint" });
  const status = h("p", { class: "status", role: "status" });
  const error = h("p", { class: "form-error", role: "alert" });
  const form = h(
    "section",
    { class: "panel settings-panel", "aria-labelledby": "settings-text-size-title" },
    h("h2", { id: "settings-text-size-title" }, "Text size"),
    h(
      "div",
      { class: "field" },
      h("label", { for: "settings-text-size" }, "Size of text and everything on screen"),
      h(
        "p",
        { class: "hint", id: "settings-text-size-hint" },
        "Changes at once, and is kept. You can also hold Ctrl and press + or − to change it, or " +
          "Ctrl and 0 for the usual size. When the app hides, it always looks the usual size.",
      ),
      select,
    ),
    error,
    status,
  );
  select.disabled = true;
  select.addEventListener("change", () => {
    error.textContent = "";
    status.textContent = "";
    setTextSize(Number(select.value))
      .then((applied) => {
        status.textContent = `Text size ${applied}%.`;
      })
      .catch(() => {
        error.textContent = "The text size could not be changed just now. Please try again.";
      });
  });
  // Changed with the keys while Settings is open: the box follows.
  const follow = (e: Event): void => {
    if (!form.isConnected) {
      document.removeEventListener(TEXT_SIZE_CHANGED, follow);
      return;
    }
    select.value = String((e as CustomEvent<number>).detail);
  };
  document.addEventListener(TEXT_SIZE_CHANGED, follow);

  function fill(settings: SettingsView): void {
    select.replaceChildren(
      ...settings.text_sizes.map((size) =>
        h("option", { value: String(size) }, size === 100 ? "100% (usual)" : `${size}%`),
      ),
    );
    select.value = String(settings.text_size);
    select.disabled = false;
  }
  return { form, fill };
}
