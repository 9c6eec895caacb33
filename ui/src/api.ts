// The one module that talks to Rust. Every command the page may call is here, typed; screens never
// call `invoke` themselves. The types come from the Rust DTOs (ts-rs writes ui/src/bindings when
// `cargo test` runs; scripts/test.sh fails if the committed files differ). Errors arrive as
// {code, message} (see src-tauri/error.rs).

import { invoke } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import type { ApiError } from "./bindings/ApiError";
import type { AppStatus } from "./bindings/AppStatus";
import type { AttachmentMeta } from "./bindings/AttachmentMeta";
import type { BackupDone } from "./bindings/BackupDone";
import type { BackupLock } from "./bindings/BackupLock";
import type { Caseload } from "./bindings/Caseload";
import type { ChainReport } from "./bindings/ChainReport";
import type { Checklist } from "./bindings/Checklist";
import type { ChecklistItem } from "./bindings/ChecklistItem";
import type { Contact } from "./bindings/Contact";
import type { ContactFields } from "./bindings/ContactFields";
import type { Incident } from "./bindings/Incident";
import type { IncidentFields } from "./bindings/IncidentFields";
import type { IncidentKind } from "./bindings/IncidentKind";
import type { IncidentPage } from "./bindings/IncidentPage";
import type { IncidentRevision } from "./bindings/IncidentRevision";
import type { NotesSaved } from "./bindings/NotesSaved";
import type { PlanItemSaved } from "./bindings/PlanItemSaved";
import type { PageCursor } from "./bindings/PageCursor";
import type { PlanItem } from "./bindings/PlanItem";
import type { PlanStage } from "./bindings/PlanStage";
import type { PlanView } from "./bindings/PlanView";
import type { SearchHit } from "./bindings/SearchHit";
import type { Section } from "./bindings/Section";
import type { SettingsChange } from "./bindings/SettingsChange";
import type { SettingsView } from "./bindings/SettingsView";
import type { SetupDone } from "./bindings/SetupDone";
import type { SetupFromBackupDone } from "./bindings/SetupFromBackupDone";
import type { SetupRequest } from "./bindings/SetupRequest";
import type { SupportService } from "./bindings/SupportService";
import type { UnlockOutcome } from "./bindings/UnlockOutcome";
import type { EvidenceRequest } from "./bindings/EvidenceRequest";
import type { ExportDone } from "./bindings/ExportDone";
import type { Patterns } from "./bindings/Patterns";
import type { RiskAnswered } from "./bindings/RiskAnswered";
import type { RiskQuestion } from "./bindings/RiskQuestion";
import type { RiskScreening } from "./bindings/RiskScreening";
import type { PairingCodeView } from "./bindings/PairingCodeView";
import type { PairingPhrase } from "./bindings/PairingPhrase";
import type { LiveState } from "./bindings/LiveState";
import type { Presence } from "./bindings/Presence";
import type { RemoteChange } from "./bindings/RemoteChange";
import type { SharingStatus } from "./bindings/SharingStatus";
import type { SharedRecords } from "./bindings/SharedRecords";
import type { SyncDone } from "./bindings/SyncDone";

export type { ApiError } from "./bindings/ApiError";
export type { AppStatus } from "./bindings/AppStatus";
export type { AttachmentMeta } from "./bindings/AttachmentMeta";
export type { BackupDone } from "./bindings/BackupDone";
export type { BackupLock } from "./bindings/BackupLock";
export type { CaseSummary } from "./bindings/CaseSummary";
export type { Caseload } from "./bindings/Caseload";
export type { Behaviour } from "./bindings/Behaviour";
export type { ChainReport } from "./bindings/ChainReport";
export type { Checklist } from "./bindings/Checklist";
export type { ChecklistItem } from "./bindings/ChecklistItem";
export type { Contact } from "./bindings/Contact";
export type { ContactFields } from "./bindings/ContactFields";
export type { ErrorCode } from "./bindings/ErrorCode";
export type { Incident } from "./bindings/Incident";
export type { IncidentFields } from "./bindings/IncidentFields";
export type { IncidentKind } from "./bindings/IncidentKind";
export type { IncidentPage } from "./bindings/IncidentPage";
export type { IncidentRevision } from "./bindings/IncidentRevision";
export type { Look } from "./bindings/Look";
export type { Escalation } from "./bindings/Escalation";
export type { EvidenceRequest } from "./bindings/EvidenceRequest";
export type { ExportDone } from "./bindings/ExportDone";
export type { KindCount } from "./bindings/KindCount";
export type { Patterns } from "./bindings/Patterns";
export type { RiskAnswer } from "./bindings/RiskAnswer";
export type { RiskAnswered } from "./bindings/RiskAnswered";
export type { RiskLevel } from "./bindings/RiskLevel";
export type { RiskQuestion } from "./bindings/RiskQuestion";
export type { RiskScreening } from "./bindings/RiskScreening";
export type { WeekCount } from "./bindings/WeekCount";
export type { PageCursor } from "./bindings/PageCursor";
export type { NotesSaved } from "./bindings/NotesSaved";
export type { PlanItemSaved } from "./bindings/PlanItemSaved";
export type { PlanItem } from "./bindings/PlanItem";
export type { PlanSectionView } from "./bindings/PlanSectionView";
export type { PlanStage } from "./bindings/PlanStage";
export type { PlanView } from "./bindings/PlanView";
export type { Recurrence } from "./bindings/Recurrence";
export type { SearchHit } from "./bindings/SearchHit";
export type { SearchKind } from "./bindings/SearchKind";
export type { Section } from "./bindings/Section";
export type { SettingsChange } from "./bindings/SettingsChange";
export type { SettingsView } from "./bindings/SettingsView";
export type { SetupRequest } from "./bindings/SetupRequest";
export type { SupportService } from "./bindings/SupportService";
export type { PairingCodeView } from "./bindings/PairingCodeView";
export type { PairingPhrase } from "./bindings/PairingPhrase";
export type { QrView } from "./bindings/QrView";
export type { ShareableItem } from "./bindings/ShareableItem";
export type { ShareableKind } from "./bindings/ShareableKind";
export type { SharingRole } from "./bindings/SharingRole";
export type { SharingState } from "./bindings/SharingState";
export type { SharingStatus } from "./bindings/SharingStatus";
export type { SharedIncident } from "./bindings/SharedIncident";
export type { SharedRecords } from "./bindings/SharedRecords";
export type { LiveState } from "./bindings/LiveState";
export type { Presence } from "./bindings/Presence";
export type { RemoteChange } from "./bindings/RemoteChange";
export type { SyncDone } from "./bindings/SyncDone";

export function isApiError(e: unknown): e is ApiError {
  return typeof e === "object" && e !== null && "code" in e && "message" in e;
}

/** Every incident kind with its plain-words label; `satisfies` makes a new Rust kind a type error here. */
const KIND_LABELS = {
  Following: "Following",
  Loitering: "Waiting or loitering nearby",
  Calls: "Phone calls",
  Messages: "Messages or emails",
  SocialMedia: "Social media",
  GiftsLetters: "Gifts or letters",
  Damage: "Damage to property",
  ThirdPartyContact: "Contact through other people",
  TrackingAccountAccess: "Tracking or getting into accounts",
  Threats: "Threats",
  OrderBreach: "Breaking a court order",
  Other: "Something else",
} as const satisfies Record<IncidentKind, string>;

export const INCIDENT_KINDS = Object.entries(KIND_LABELS) as [IncidentKind, string][];

export const api = {
  appStatus: () => invoke<AppStatus>("app_status"),
  setUp: (request: SetupRequest) => invoke<SetupDone>("set_up", { request }),
  /** First run from a backup: checks the chosen file fully before creating anything; null if no file was chosen. */
  setUpFromBackup: (request: SetupRequest, lock: BackupLock) =>
    invoke<SetupFromBackupDone | null>("set_up_from_backup", { request, lock }),
  tryUnlock: (pin: string) => invoke<UnlockOutcome>("try_unlock", { pin }),
  unlockWithRecoveryKey: (key: string) => invoke<void>("unlock_with_recovery_key", { key }),
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
  addPlanItem: (section: Section, text: string) => invoke<PlanItem>("add_plan_item", { section, text }),
  setPlanItemDone: (id: string, done: boolean) => invoke<PlanItem>("set_plan_item_done", { id, done }),
  listChecklists: () => invoke<Checklist[]>("list_checklists"),
  dueChecklistItems: () => invoke<ChecklistItem[]>("due_checklist_items"),
  setChecklistItemDone: (id: string, done: boolean) =>
    invoke<ChecklistItem>("set_checklist_item_done", { id, done }),
  listSupportServices: () => invoke<SupportService[]>("list_support_services"),
  updateContact: (id: string, fields: ContactFields) => invoke<Contact>("update_contact", { id, fields }),
  deleteContact: (id: string) => invoke<void>("delete_contact", { id }),
  /** Saved on top of `version` (the section's, as the step was shown; null for the current one). */
  updatePlanItem: (id: string, text: string, version: string | null) =>
    invoke<PlanItemSaved>("update_plan_item", { id, text, version }),
  deletePlanItem: (id: string) => invoke<void>("delete_plan_item", { id }),
  setPlanStage: (stage: PlanStage) => invoke<void>("set_plan_stage", { stage }),
  /** `date` is YYYY-MM-DD, or null to clear. */
  setPlanReviewDate: (date: string | null) => invoke<void>("set_plan_review_date", { date }),
  /** `version` is the section's `version` when the person started editing: what arrived since is merged, not saved over. */
  setSectionNotes: (section: Section, notes: string, version: string | null = null) =>
    invoke<NotesSaved>("set_section_notes", { section, notes, version }),
  search: (query: string, limit = 50) => invoke<SearchHit[]>("search", { query, limit }),
  getSettings: () => invoke<SettingsView>("get_settings"),
  saveSettings: (change: SettingsChange) => invoke<SettingsView>("save_settings", { change }),
  /** Each PIN change needs the current PIN (of whatever is open now). */
  changePin: (currentPin: string, newPin: string) => invoke<void>("change_pin", { currentPin, newPin }),
  setDuressPin: (currentPin: string, pin: string) => invoke<void>("set_duress_pin", { currentPin, pin }),
  clearDuressPin: (currentPin: string) => invoke<void>("clear_duress_pin", { currentPin }),
  /** Imports a file into the vault; the bytes go straight from memory to the encrypted database. */
  addAttachment: async (file: File): Promise<AttachmentMeta> =>
    invoke<AttachmentMeta>("add_attachment", new Uint8Array(await file.arrayBuffer()), {
      headers: {
        // Header values must be ASCII: the name is percent-encoded and decoded in Rust.
        "x-file-name": encodeURIComponent(file.name),
        "x-media-type": file.type || "application/octet-stream",
      },
    }),
  attachmentInfo: (ids: string[]) => invoke<AttachmentMeta[]>("attachment_info", { ids }),
  /** The decrypted bytes, kept in memory only (shown via a data: URL, never a file). */
  attachmentBytes: (id: string) => invoke<ArrayBuffer>("attachment_bytes", { id }),
  /** Text copied from an open screen, so a quick hide can clear it from the clipboard. */
  noteCopied: (text: string) => invoke<void>("note_copied", { text }),
  /** Opens the computer's save dialog, then writes the backup there. */
  saveBackup: (lock: BackupLock) => invoke<BackupDone>("save_backup", { lock }),
  /** Opens the computer's file dialog; the chosen backup replaces everything (confirm first). */
  restoreBackup: (lock: BackupLock) => invoke<BackupDone>("restore_backup", { lock }),
  /** Incidents that happened between two local dates (YYYY-MM-DD, both included; null = open), oldest first. */
  incidentsBetween: (from: string | null, until: string | null) =>
    invoke<Incident[]>("incidents_between", { from, until }),
  /** Makes the PDF, then opens the computer's save dialog; done=false if no place was chosen. */
  saveReport: (request: EvidenceRequest) => invoke<ExportDone>("save_report", { request }),
  /** The machine-readable export: a plain zip, or locked when a passphrase (12+ characters) is given. */
  saveBundle: (request: EvidenceRequest, passphrase: string | null) =>
    invoke<ExportDone>("save_bundle", { request, passphrase }),
  /** Opens a locked export someone sent: picks the file, checks it, then asks where to save the zip. */
  openBundle: (passphrase: string) => invoke<ExportDone>("open_bundle", { passphrase }),
  riskQuestions: () => invoke<RiskQuestion[]>("risk_screening_questions"),
  listRiskScreenings: () => invoke<RiskScreening[]>("list_risk_screenings"),
  recordRiskScreening: (answers: RiskAnswered[], note: string) =>
    invoke<RiskScreening>("record_risk_screening", { answers, note }),
  incidentPatterns: () => invoke<Patterns>("incident_patterns"),
  // ---- Sharing with an advocate (nothing touches the network until pairing starts) ----
  sharingStatus: () => invoke<SharingStatus>("sharing_status"),
  /**
   * Shares one plan section, contact or checklist, or the incident log ("incident-log") or risk
   * screenings ("risk-screenings"), which the advocate can read but not change; or stops sharing it.
   */
  setShared: (id: string, shared: boolean) => invoke<SharingStatus>("set_shared", { id, shared }),
  /**
   * The person's side: meets the advocate's app with its code; can take minutes (it waits for it).
   * `code` may be the whole invitation, which carries the address (then `relay` is not used).
   */
  pairingJoin: (relay: string, code: string) => invoke<PairingPhrase>("pairing_join", { relay, code }),
  /**
   * The advocate's side: a new one-time code, and the invitation (QR code and text) holding it with
   * the sharing address given here.
   */
  pairingHost: (relay: string) => invoke<PairingCodeView>("pairing_host", { relay }),
  /** The advocate's side: waits (up to minutes) for the person's app, at the address given to pairingHost. */
  pairingWait: () => invoke<PairingPhrase>("pairing_wait"),
  /** Both screens showed the same words: finish pairing and keep the link. */
  pairingConfirm: () => invoke<SharingStatus>("pairing_confirm"),
  /** The words differ, or the person changed their mind: nothing is kept. */
  pairingAbort: () => invoke<void>("pairing_abort"),
  syncNow: () => invoke<SyncDone>("sync_now"),
  /** Stops sharing with everyone: the relay deletes what it holds; this computer keeps its copy. */
  stopSharing: () => invoke<SharingStatus>("stop_sharing"),
  /** Clears sharing that has already stopped, on this computer only (when the relay can't be reached). */
  forgetSharing: () => invoke<SharingStatus>("forget_sharing"),
  /** What the person shares of their incident log and risk screenings, read-only (an advocate's open case). */
  sharedRecords: () => invoke<SharedRecords>("shared_records"),
  // ---- An advocate's caseload: each person supported is a case kept apart from every other ----
  // While a case is open, the plan, contacts, checklists and sharing commands work on that case.
  caseload: () => invoke<Caseload>("caseload"),
  /** `label` is what the advocate calls the case (1 to 60 characters, e.g. initials). */
  caseAdd: (label: string) => invoke<Caseload>("case_add", { label }),
  caseOpen: (id: string) => invoke<Caseload>("case_open", { id }),
  /** Back to the advocate's own space. */
  caseClose: () => invoke<Caseload>("case_close"),
  /** The advocate's private notes on a case: never shared with the person. */
  caseSetNotes: (id: string, notes: string) => invoke<Caseload>("case_set_notes", { id, notes }),
  /** Deletes this computer's copy of a case; refused while sharing with the person is on. */
  caseRemove: (id: string) => invoke<Caseload>("case_remove", { id }),
  // ---- Working together (live): edits go across as they are saved while this is on ----
  liveStart: () => invoke<SharingStatus>("live_start"),
  liveStop: () => invoke<SharingStatus>("live_stop"),
  /** The shared document the person is looking at (null: none); Rust passes on only shared ones. */
  liveViewing: (document: string | null) => invoke<void>("live_viewing", { document }),
  onHide: (handler: () => void): Promise<UnlistenFn> => listen("show-disguise", handler),
  /** The other side's edits to these documents are in the vault now. */
  onSharingChanged: (handler: (change: RemoteChange) => void): Promise<UnlistenFn> =>
    listen<RemoteChange>("sharing-changed", (e) => handler(e.payload)),
  /** Whether the other side is here, and what they are looking at. */
  onSharingPresence: (handler: (presence: Presence) => void): Promise<UnlistenFn> =>
    listen<Presence>("sharing-presence", (e) => handler(e.payload)),
  /** The live connection's state; "off" also when the other side stopped sharing. */
  onSharingLive: (handler: (state: LiveState) => void): Promise<UnlistenFn> =>
    listen<LiveState>("sharing-live", (e) => handler(e.payload)),
};
