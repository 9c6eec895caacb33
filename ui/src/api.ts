// The one module that talks to Rust. Every command the page may call is here, typed; screens never
// call `invoke` themselves. Errors arrive as {code, message} (see src-tauri/error.rs).
// TODO(next): generate these types from the Rust DTOs (ts-rs) and check them in CI.

import { invoke } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";

export type ErrorCode =
  | "locked"
  | "wrong_pin"
  | "throttled"
  | "keychain_unavailable"
  | "device_key_missing"
  | "damaged"
  | "newer_version"
  | "invalid"
  | "not_found"
  | "already_set_up"
  | "not_available"
  | "internal";

export interface ApiError {
  code: ErrorCode;
  message: string;
}

export function isApiError(e: unknown): e is ApiError {
  return typeof e === "object" && e !== null && "code" in e && "message" in e;
}

export type Look = "calculator" | "notes";

export interface AppStatus {
  set_up: boolean;
  look: Look;
  shortcut: string;
  shortcut_available: boolean;
  open: boolean;
}

export interface SetupRequest {
  pin: string;
  duress_pin: string | null;
  look: Look;
  shortcut: string | null;
}

export interface ContactFields {
  name: string;
  relationship: string;
  how_to_reach: string;
  code_word: string;
  what_they_know: string;
  may_call_in_emergency: boolean;
  check_in: string;
  safe_times: string;
}

export interface Contact {
  id: string;
  fields: ContactFields;
  created_at: string;
}

export const INCIDENT_KINDS = [
  ["Following", "Following"],
  ["Loitering", "Waiting or loitering nearby"],
  ["Calls", "Phone calls"],
  ["Messages", "Messages or emails"],
  ["SocialMedia", "Social media"],
  ["GiftsLetters", "Gifts or letters"],
  ["Damage", "Damage to property"],
  ["ThirdPartyContact", "Contact through other people"],
  ["TrackingAccountAccess", "Tracking or getting into accounts"],
  ["Threats", "Threats"],
  ["OrderBreach", "Breaking a court order"],
  ["Other", "Something else"],
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number][0];
export type Behaviour = "Fixated" | "Obsessed" | "Unwanted" | "Repeated";

export interface IncidentFields {
  occurred_at: string;
  occurred_until: string | null;
  location: string;
  kind: IncidentKind;
  behaviours: Behaviour[];
  description: string;
  perpetrator_appearance: string;
  vehicle: string;
  witnesses: string;
  impact_on_victim: string;
  impact_on_daily_life: string;
  police: { officer: string; crime_reference: string };
  reported_to: string;
  attachments: string[];
}

export interface IncidentRevision {
  incident_id: string;
  revision: number;
  seq: number;
  recorded_at: string;
  fields: IncidentFields;
  hash: string;
}

export interface Incident {
  id: string;
  first_recorded_at: string;
  current: IncidentRevision;
}

export interface PageCursor {
  occurred_at: string;
  incident_id: string;
}

export interface IncidentPage {
  incidents: Incident[];
  next: PageCursor | null;
}

export type ChainReport =
  | { Intact: { count: number; head: { seq: number; hash: string } | null } }
  | { Broken: { seq: number; incident_id: string; reason: string } };

export interface PlanItem {
  id: string;
  section: string;
  text: string;
  done_at: string | null;
  position: number;
}

export interface PlanSectionView {
  section: string;
  title: string;
  guidance: string;
  notes: string;
  items: PlanItem[];
}

export interface PlanView {
  stage: "Staying" | "PreparingToLeave" | "AfterLeaving";
  review_date: string | null;
  sections: PlanSectionView[];
}

export type Recurrence = "None" | "Weekly" | "Monthly" | { EveryNDays: number };

export interface ChecklistItem {
  id: string;
  checklist_id: string;
  text: string;
  done_at: string | null;
  recurrence: Recurrence;
  position: number;
}

export interface Checklist {
  id: string;
  title: string;
  warning: string | null;
  builtin: boolean;
  items: ChecklistItem[];
}

export interface SupportService {
  id: string;
  fields: { name: string; phone: string; description: string; hours: string; region: string };
  builtin: boolean;
  hidden: boolean;
  position: number;
}

export const api = {
  appStatus: () => invoke<AppStatus>("app_status"),
  setUp: (request: SetupRequest) => invoke<{ recovery_key: string }>("set_up", { request }),
  tryUnlock: (pin: string) => invoke<{ opened: boolean }>("try_unlock", { pin }),
  hideNow: () => invoke<void>("hide_now"),
  stillHere: () => invoke<void>("still_here"),
  listContacts: () => invoke<Contact[]>("list_contacts"),
  addContact: (fields: ContactFields) => invoke<Contact>("add_contact", { fields }),
  listIncidents: (limit: number, before: PageCursor | null = null) =>
    invoke<IncidentPage>("list_incidents", { limit, before }),
  recordIncident: (fields: IncidentFields) => invoke<Incident>("record_incident", { fields }),
  reviseIncident: (id: string, fields: IncidentFields) =>
    invoke<Incident>("revise_incident", { id, fields }),
  incidentHistory: (id: string) => invoke<IncidentRevision[]>("incident_history", { id }),
  checkLog: () => invoke<ChainReport>("check_log"),
  getPlan: () => invoke<PlanView>("get_plan"),
  addPlanItem: (section: string, text: string) => invoke<PlanItem>("add_plan_item", { section, text }),
  setPlanItemDone: (id: string, done: boolean) => invoke<PlanItem>("set_plan_item_done", { id, done }),
  listChecklists: () => invoke<Checklist[]>("list_checklists"),
  dueChecklistItems: () => invoke<ChecklistItem[]>("due_checklist_items"),
  setChecklistItemDone: (id: string, done: boolean) =>
    invoke<ChecklistItem>("set_checklist_item_done", { id, done }),
  listSupportServices: () => invoke<SupportService[]>("list_support_services"),
  onHide: (handler: () => void): Promise<UnlistenFn> => listen("show-disguise", handler),
};
