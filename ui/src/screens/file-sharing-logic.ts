// Words for how far a shared file has gone, on both sides of a case.

import type { FileArrival, FileSharing } from "../api";
import { message, t } from "../i18n";

/** Who a ticked file goes to, in words (`$who`): "several" when the log is shared with more than one. */
export function fileWho(seeing: number): string {
  return seeing > 1 ? "several" : "one";
}

/** The person's side: under a file's "Show to my advocate" tick (`seeing`: how many see the log). */
export function fileSendingText(f: FileSharing, seeing = 1): string {
  if (!f.shared) return "";
  if (f.parts_sent >= f.part_count) return t("file-sharing-sent", { who: fileWho(seeing) });
  // Gone whole to some of them: "Not sent yet" would say the person's press did nothing.
  if (f.reached > 0) return t("file-sharing-sent-some", { reached: f.reached, seeing: Math.max(seeing, f.reached + 1) });
  if (f.parts_sent === 0) return t("file-sharing-not-sent");
  return t("file-sharing-parts-sent", { sent: f.parts_sent, count: f.part_count });
}

/** Whether a file's sending has just finished (between two looks at it). */
export function justSent(before: FileSharing | undefined, now: FileSharing): boolean {
  return now.shared && now.parts_sent >= now.part_count && before !== undefined && before.shared &&
    before.parts_sent < before.part_count;
}

/** The advocate's side: under a file the person shows (null: not heard of yet). */
export function fileArrivalText(a: FileArrival | undefined): string {
  if (!a || a.parts_here === 0) return t("file-sharing-arriving");
  if (a.here) return "";
  return t("file-sharing-arriving-parts", { here: a.parts_here, count: a.part_count });
}

/** The advocate's side, for a file that is here but is not a picture this app shows: a message id, shown with `t`. */
export const NOT_SHOWN_HERE = message("file-sharing-not-shown-here");
