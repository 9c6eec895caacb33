// Words for how far a shared file has gone, on both sides of a case.

import type { FileArrival, FileSharing } from "../api";

/** The person's side: under a file's "Show to my advocate" tick. */
export function fileSendingText(f: FileSharing): string {
  if (!f.shared) return "";
  if (f.parts_sent >= f.part_count) return "Sent. Your advocate gets it when their app next connects.";
  const next = "the next time this app sends and receives, or while you work together.";
  if (f.parts_sent === 0) return `Not sent yet. It goes ${next}`;
  return `${f.parts_sent} of ${f.part_count} parts sent. The rest goes ${next}`;
}

/** Whether a file's sending has just finished (between two looks at it). */
export function justSent(before: FileSharing | undefined, now: FileSharing): boolean {
  return now.shared && now.parts_sent >= now.part_count && before !== undefined && before.shared &&
    before.parts_sent < before.part_count;
}

/** The advocate's side: under a file the person shows (null: not heard of yet). */
export function fileArrivalText(a: FileArrival | undefined): string {
  const rest = "It arrives as the person's app sends it (Send and receive now, on Sharing, fetches what has come).";
  if (!a || a.parts_here === 0) return `On its way: not here yet. ${rest}`;
  if (a.here) return "";
  return `On its way: ${a.parts_here} of ${a.part_count} parts here. ${rest}`;
}

/** The advocate's side, for a file that is here but is not a picture this app shows. */
export const NOT_SHOWN_HERE = "This kind of file cannot be opened in this app. Its name, size and SHA-256 are shown.";
