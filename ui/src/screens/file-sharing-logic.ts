// Words for how far a shared file has gone, on both sides of a case.

import type { FileArrival, FileSharing } from "../api";

/** The person's side: under a file's "Show to my advocate" tick. */
export function fileSendingText(f: FileSharing): string {
  if (!f.shared) return "";
  if (f.parts_sent >= f.part_count) return "Sent to your advocate.";
  if (f.parts_sent === 0) return "Waiting to be sent.";
  return `Sending: ${f.parts_sent} of ${f.part_count} parts sent. The rest goes the next time this app connects.`;
}

/** The advocate's side: under a file the person shows (null: not heard of yet). */
export function fileArrivalText(a: FileArrival | undefined): string {
  if (!a || a.parts_here === 0) return "On its way: not here yet.";
  if (a.here) return "";
  return `On its way: ${a.parts_here} of ${a.part_count} parts here.`;
}
