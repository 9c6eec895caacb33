// The everyday notebook's words and small pure helpers, kept apart from the DOM so they can be
// unit-tested. The notebook is what the second PIN opens by default: to whoever made the person
// open it, it must be only what it looks like, a calculator with a notebook behind it. So every
// word it shows is here, and a test checks that none of them says anything about what the rest
// of the app is for.

import { MONTHS, sameLocalDay, timeText } from "../dates";
import { language, locale, t } from "../i18n";
import { PIN_MAX_DIGITS, PIN_MIN_DIGITS } from "./settings-rules";

/**
 * Every string the notebook shows (PIN checks and the strength hint come from settings-rules.ts;
 * the PIN hint is its own, as the app's one names the other looks), each read in the language in
 * use when it is asked for (the messages are in locales/<language>/notebook.ftl).
 */
export const NOTEBOOK_LABELS = {
  get barTitle(): string {
    return t("notebook-bar-title");
  },
  get navLabel(): string {
    return t("notebook-nav-label");
  },
  get navPages(): string {
    return t("notebook-nav-pages");
  },
  get navSettings(): string {
    return t("notebook-nav-settings");
  },
  get lock(): string {
    return t("notebook-lock");
  },
  get pagesHeading(): string {
    return t("notebook-pages-heading");
  },
  get listLabel(): string {
    return t("notebook-list-label");
  },
  get newPage(): string {
    return t("notebook-new-page");
  },
  get empty(): string {
    return t("notebook-empty");
  },
  get untitled(): string {
    return t("notebook-untitled");
  },
  get loadFailed(): string {
    return t("notebook-load-failed");
  },
  get deleted(): string {
    return t("notebook-deleted");
  },
  // The editor.
  get newPageHeading(): string {
    return t("notebook-new-page-heading");
  },
  get titleLabel(): string {
    return t("notebook-title-label");
  },
  get bodyLabel(): string {
    return t("notebook-body-label");
  },
  get save(): string {
    return t("notebook-save");
  },
  get saved(): string {
    return t("notebook-saved");
  },
  get nothingToSave(): string {
    return t("notebook-nothing-to-save");
  },
  get saveFailed(): string {
    return t("notebook-save-failed");
  },
  get back(): string {
    return t("notebook-back");
  },
  get leaveQuestion(): string {
    return t("notebook-leave-question");
  },
  get leaveYes(): string {
    return t("notebook-leave-yes");
  },
  get leaveNo(): string {
    return t("notebook-leave-no");
  },
  get delete(): string {
    return t("notebook-delete");
  },
  get deleteQuestion(): string {
    return t("notebook-delete-question");
  },
  get deleteYes(): string {
    return t("notebook-delete-yes");
  },
  get deleteNo(): string {
    return t("notebook-delete-no");
  },
  get deleteFailed(): string {
    return t("notebook-delete-failed");
  },
  get changedPrefix(): string {
    return t("notebook-changed-prefix");
  },
  // Settings: only the PIN.
  get settingsHeading(): string {
    return t("notebook-settings-heading");
  },
  get settingsLead(): string {
    return t("notebook-settings-lead");
  },
  get changePinHeading(): string {
    return t("notebook-change-pin-heading");
  },
  get currentPin(): string {
    return t("notebook-current-pin");
  },
  get newPin(): string {
    return t("notebook-new-pin");
  },
  get pinHint(): string {
    return t("notebook-pin-hint", { min: PIN_MIN_DIGITS, max: PIN_MAX_DIGITS });
  },
  get newPinAgain(): string {
    return t("notebook-new-pin-again");
  },
  get changePin(): string {
    return t("notebook-change-pin");
  },
  get needCurrentPin(): string {
    return t("notebook-need-current-pin");
  },
  get pinChanged(): string {
    return t("notebook-pin-changed");
  },
  get pinChangeFailed(): string {
    return t("notebook-pin-change-failed");
  },
  get pinNotUsable(): string {
    return t("notebook-pin-not-usable");
  },
  get changing(): string {
    return t("notebook-changing");
  },
};

/** How long a title made from the first line may be before it is cut short. */
export const TITLE_FROM_BODY_MAX = 60;

/**
 * What a page is called in the list: its title, or else the first line of its text with
 * something in it (cut short at a word if long), or else "Untitled".
 */
export function pageTitle(page: { title: string; body: string }): string {
  const title = page.title.trim();
  if (title) return title;
  const line = page.body
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .find((l) => l !== "");
  if (!line) return NOTEBOOK_LABELS.untitled;
  const chars = [...line];
  if (chars.length <= TITLE_FROM_BODY_MAX) return line;
  // One character more than fits, so a word that ends just at the limit is kept whole.
  const cut = chars.slice(0, TITLE_FROM_BODY_MAX + 1).join("");
  const space = cut.lastIndexOf(" ");
  const kept = space > cut.length / 2 ? cut.slice(0, space) : chars.slice(0, TITLE_FROM_BODY_MAX).join("");
  return `${kept.trimEnd()}…`;
}

/**
 * When a page was last changed, short, in local time: "14:05" today, "3 Mar" this year, "3 Mar
 * 2024" before (in another language, the same parts in its own words and order, from Intl); ""
 * for anything that is not a date.
 */
export function shortDate(iso: string, now: Date = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  const thisYear = d.getFullYear() === now.getFullYear();
  if (language() !== "en-GB") {
    // Another language: its own month names and order, from Intl.
    const parts: Intl.DateTimeFormatOptions = sameLocalDay(d, now)
      ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }
      : { day: "numeric", month: "short", year: thisYear ? undefined : "numeric" };
    return new Intl.DateTimeFormat(locale(), parts).format(d);
  }
  if (sameLocalDay(d, now)) return timeText(d);
  const dayMonth = `${d.getDate()} ${MONTHS[d.getMonth()]}`;
  return thisYear ? dayMonth : `${dayMonth} ${d.getFullYear()}`;
}

/** Whether the editor holds something other than what was last saved (or nothing, for a new page). */
export function hasChanges(saved: { title: string; body: string } | null, title: string, body: string): boolean {
  if (!saved) return title.trim() !== "" || body.trim() !== "";
  return saved.title !== title || saved.body !== body;
}
