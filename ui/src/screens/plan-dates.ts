// Pure date helpers for the plan's review date (YYYY-MM-DD, the person's own calendar day).

/** Today's date on this computer's calendar, as YYYY-MM-DD (what an input type=date holds). */
export function localDateString(d: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** True when a review date is set and is today or earlier. */
export function isReviewDue(reviewDate: string | null, today: string): boolean {
  if (!reviewDate || !/^\d{4}-\d{2}-\d{2}$/.test(reviewDate)) return false;
  // Same fixed-width format, so comparing the strings compares the dates.
  return reviewDate <= today;
}
