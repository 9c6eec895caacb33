// The everyday notebook's words and small pure helpers, kept apart from the DOM so they can be
// unit-tested. The notebook is what the second PIN opens by default: to whoever made the person
// open it, it must be only what it looks like, a calculator with a notebook behind it. So every
// word it shows is here, and a test checks that none of them says anything about what the rest
// of the app is for.

import { MONTHS, sameLocalDay, timeText } from "../dates";

/**
 * Every string the notebook shows (PIN checks and the strength hint come from settings-rules.ts;
 * the PIN hint is its own, as the app's one names the other looks).
 */
export const NOTEBOOK_LABELS = {
  barTitle: "Notebook",
  navLabel: "Notebook",
  navPages: "Pages",
  navSettings: "Settings",
  lock: "Lock",
  pagesHeading: "Pages",
  listLabel: "Your pages",
  newPage: "New page",
  empty: "No pages yet.",
  untitled: "Untitled",
  loadFailed: "Your pages could not be loaded. Please try again.",
  deleted: "The page has been deleted.",
  // The editor.
  newPageHeading: "New page",
  titleLabel: "Title",
  bodyLabel: "Text",
  save: "Save",
  saved: "Saved.",
  nothingToSave: "There is nothing to save yet. Write a title or some text first.",
  saveFailed: "The page could not be saved. Please try again.",
  back: "Back to pages",
  leaveQuestion: "Leave this page without saving your changes?",
  leaveYes: "Leave without saving",
  leaveNo: "Keep writing",
  delete: "Delete",
  deleteQuestion: "Delete this page? This cannot be undone.",
  deleteYes: "Yes, delete",
  deleteNo: "Keep it",
  deleteFailed: "The page could not be deleted. Nothing has changed.",
  changedPrefix: "Last changed",
  // Settings: only the PIN.
  settingsHeading: "Settings",
  settingsLead: "The PIN that opens your notebook.",
  changePinHeading: "Change PIN",
  currentPin: "Your current PIN",
  newPin: "New PIN",
  pinHint: "6 to 16 digits. Avoid dates or numbers others could guess.",
  newPinAgain: "Type the new PIN again",
  changePin: "Change PIN",
  needCurrentPin: "Please type your current PIN first.",
  pinChanged: "Your PIN has been changed. From now on, use the new PIN to open your notebook.",
  pinChangeFailed: "Your PIN could not be changed. Your old PIN still works.",
  pinNotUsable: "That PIN can't be used. Please choose another.",
  changing: "Changing…",
} as const;

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
 * 2024" before; "" for anything that is not a date.
 */
export function shortDate(iso: string, now: Date = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  if (sameLocalDay(d, now)) return timeText(d);
  const dayMonth = `${d.getDate()} ${MONTHS[d.getMonth()]}`;
  return d.getFullYear() === now.getFullYear() ? dayMonth : `${dayMonth} ${d.getFullYear()}`;
}

/** Whether the editor holds something other than what was last saved (or nothing, for a new page). */
export function hasChanges(saved: { title: string; body: string } | null, title: string, body: string): boolean {
  if (!saved) return title.trim() !== "" || body.trim() !== "";
  return saved.title !== title || saved.body !== body;
}
