// Where a support service helps, as the directory stores it (ISO 3166-2 codes for the UK's
// nations) and as the person reads it.

/** [code, label], in the order the form offers them. "" is a service for anywhere. */
export const REGIONS: readonly (readonly [string, string])[] = [
  ["GB", "The whole of the UK"],
  ["GB-ENG", "England"],
  ["GB-EAW", "England and Wales"],
  ["GB-WLS", "Wales"],
  ["GB-SCT", "Scotland"],
  ["GB-NIR", "Northern Ireland"],
  ["", "Not one place (online, or elsewhere)"],
];

/** What a card says after the name: only a nation (a UK-wide service says nothing). */
export function regionLabel(code: string): string {
  if (code === "GB" || code === "") return "";
  return REGIONS.find(([c]) => c === code)?.[1] ?? code;
}
