// What an entry made from files says, and the span they cover. Pure, for vitest.

/** A file once it is in the vault: its attachment id, its name, and its own date (ms). */
export interface PickedFile {
  id: string;
  name: string;
  modified: number;
}

/**
 * The entry's words: which files, and that their dates are the files' own. They are kept in the
 * entry itself (its record, as the words Rust writes for a chat or an e-mail are) and incidents.ts
 * recognises them, so they stay in English whatever language the app is shown in.
 */
export function fileDescription(files: readonly PickedFile[]): string {
  if (files.length === 1) {
    const f = files[0]!;
    return `File brought in: ${f.name}. The date is the file's own, as this computer has it.`;
  }
  return (
    `${files.length} files brought in together: ${files.map((f) => f.name).join(", ")}. ` +
    "The dates are the files' own, as this computer has them."
  );
}

/** From the earliest file's date to the latest's (no end when they are the same). */
export function filesSpan(files: readonly PickedFile[]): { from: string; until: string | null } {
  const times = files.map((f) => f.modified);
  const first = Math.min(...times);
  const last = Math.max(...times);
  return { from: new Date(first).toISOString(), until: last > first ? new Date(last).toISOString() : null };
}
