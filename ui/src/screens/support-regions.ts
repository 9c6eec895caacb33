// Where a support service helps, as the directory stores it (ISO 3166-2 codes for the UK's
// nations) and as the person reads it.

import { message, t } from "../i18n";

/**
 * [code, label's message id], in the order the form offers them (show the label with `t`). "" is
 * a service for anywhere.
 */
export const REGIONS: readonly (readonly [string, string])[] = [
  ["GB", message("support-region-gb")],
  ["GB-ENG", message("support-region-eng")],
  ["GB-EAW", message("support-region-eaw")],
  ["GB-WLS", message("support-region-wls")],
  ["GB-SCT", message("support-region-sct")],
  ["GB-NIR", message("support-region-nir")],
  ["", message("support-region-none")],
];

/** What a card says after the name: only a nation (a UK-wide service says nothing). */
export function regionLabel(code: string): string {
  if (code === "GB" || code === "") return "";
  const id = REGIONS.find(([c]) => c === code)?.[1];
  return id ? t(id) : code;
}
