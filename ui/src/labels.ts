// Plain-words labels shared by several screens.

import { INCIDENT_KINDS, type IncidentKind } from "./api";

const KIND_BY_CODE: ReadonlyMap<IncidentKind, readonly [IncidentKind, string]> = new Map(
  INCIDENT_KINDS.map((pair) => [pair[0], pair]),
);

/** The plain-words label for an incident kind, e.g. "Phone calls" for `Calls` (in the language in use). */
export function kindLabel(kind: IncidentKind): string {
  return KIND_BY_CODE.get(kind)?.[1] ?? kind;
}
