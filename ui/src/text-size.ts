// The open app's text size. Rust zooms the whole page, as a browser does, and keeps the size in
// the settings of what is open (the real space and a decoy each have their own); the disguise is
// always shown at the usual size (Rust sets it back at every hide). Ctrl (⌘ on a Mac) with Plus or
// Minus steps through the sizes offered, and with 0 goes back to the usual size.

import { api, type SettingsView } from "./api";
import { t } from "./i18n";

/** Told when the size changes (the Settings screen's box follows it). */
export const TEXT_SIZE_CHANGED = "text-size-changed";

let sizes: number[] = [100];
let current = 100;

/** What the settings say (at unlock, and whenever Settings loads them). */
export function noteTextSize(settings: Pick<SettingsView, "text_size" | "text_sizes">): void {
  sizes = [...settings.text_sizes].sort((a, b) => a - b);
  current = settings.text_size;
}

/** At a hide: the next opening (perhaps the other space) starts from its own settings. */
export function forgetTextSize(): void {
  sizes = [100];
  current = 100;
}

/** The size a key asks for from `now`: the next one up or down, or the usual one; null if none. */
export function steppedSize(now: number, offered: readonly number[], key: string): number | null {
  if (key === "0") return 100;
  const at = Math.max(0, offered.indexOf(now));
  if (key === "+" || key === "=") return offered[Math.min(at + 1, offered.length - 1)] ?? null;
  if (key === "-") return offered[Math.max(at - 1, 0)] ?? null;
  return null;
}

/** The key of a zoom press (`+`, `-` or `0`), from the main keys or the number pad. */
function zoomKey(e: KeyboardEvent): string | null {
  const mac = /Mac|iPhone|iPad/.test(navigator.userAgent);
  if (!(mac ? e.metaKey : e.ctrlKey) || e.altKey) return null;
  switch (e.code) {
    case "NumpadAdd":
      return "+";
    case "NumpadSubtract":
      return "-";
    case "Numpad0":
      return "0";
  }
  return ["+", "=", "-", "0"].includes(e.key) ? e.key : null;
}

/** Sets the size (saved, then applied by Rust) and tells whoever shows it. */
export async function setTextSize(percent: number): Promise<number> {
  const applied = await api.setTextSize(percent);
  current = applied;
  document.dispatchEvent(new CustomEvent<number>(TEXT_SIZE_CHANGED, { detail: applied }));
  return applied;
}

/**
 * Listens for the zoom keys while `within` is on the page (the open app); `say` announces the
 * new size to screen readers. Stops by itself once `within` is gone (a hide replaces the page).
 */
export function listenForTextSizeKeys(within: HTMLElement, say: (text: string) => void): void {
  const onKey = (e: KeyboardEvent): void => {
    if (!within.isConnected) {
      window.removeEventListener("keydown", onKey, true);
      return;
    }
    const key = zoomKey(e);
    if (key === null) return;
    e.preventDefault();
    const next = steppedSize(current, sizes, key);
    if (next === null) return;
    if (next === current) {
      // Said anyway, so a press at either end is not met with silence.
      const largest = current === sizes[sizes.length - 1];
      say(
        current === 100
          ? t("text-size-said-usual", { size: current })
          : largest
            ? t("text-size-said-largest", { size: current })
            : t("text-size-said", { size: current }),
      );
      return;
    }
    setTextSize(next)
      .then((applied) => say(t("text-size-said", { size: applied })))
      .catch(() => say(t("text-size-said-failed")));
  };
  window.addEventListener("keydown", onKey, true);
}
