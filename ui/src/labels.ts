// Plain-words labels shared by several screens.

import { INCIDENT_KINDS, type IncidentKind } from "./api";

const KIND_LABEL_BY_CODE: ReadonlyMap<IncidentKind, string> = new Map(INCIDENT_KINDS);

/** The plain-words label for an incident kind, e.g. "Phone calls" for `Calls`. */
export function kindLabel(kind: IncidentKind): string {
  return KIND_LABEL_BY_CODE.get(kind) ?? kind;
}
