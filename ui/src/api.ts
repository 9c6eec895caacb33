// The one module that talks to Rust. Every command the page may call is here, typed; screens never
// call `invoke` themselves. The types come from the Rust DTOs (ts-rs writes ui/src/bindings when
// `cargo test` runs; scripts/test.sh fails if the committed files differ). Errors arrive as
// {code, reason, args} (see src-tauri/error.rs) and reach the screens as {code, message}, the
// reason said in the person's language. Calls are ordered around case switches here too (see
// "Case switches" below), so no screen has to think about it.

import { invoke, type InvokeArgs, type InvokeOptions } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import type { ApiError as RefusalFromRust } from "./bindings/ApiError";
import type { ErrorCode } from "./bindings/ErrorCode";
import type { AppStatus } from "./bindings/AppStatus";
import type { AttachmentMeta } from "./bindings/AttachmentMeta";
import type { BackupDone } from "./bindings/BackupDone";
import type { BackupLock } from "./bindings/BackupLock";
import type { Caseload } from "./bindings/Caseload";
import type { ChainReport } from "./bindings/ChainReport";
import type { Checklist } from "./bindings/Checklist";
import type { ChecklistItem } from "./bindings/ChecklistItem";
import type { Contact } from "./bindings/Contact";
import type { DraftIn } from "./bindings/DraftIn";
import type { DraftView } from "./bindings/DraftView";
import type { ContactFields } from "./bindings/ContactFields";
import type { Incident } from "./bindings/Incident";
import type { IncidentFields } from "./bindings/IncidentFields";
import type { IncidentKind } from "./bindings/IncidentKind";
import type { IncidentPage } from "./bindings/IncidentPage";
import type { IncidentFilter } from "./bindings/IncidentFilter";
import type { IncidentRevision } from "./bindings/IncidentRevision";
import type { NotebookPageView } from "./bindings/NotebookPageView";
import type { NotesSaved } from "./bindings/NotesSaved";
import type { OpenedSpace } from "./bindings/OpenedSpace";
import type { PinChangedView } from "./bindings/PinChangedView";
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
import type { SupportServiceFields } from "./bindings/SupportServiceFields";
import type { PlanSheetRequest } from "./bindings/PlanSheetRequest";
import type { ChatSummary } from "./bindings/ChatSummary";
import type { ChatChoice } from "./bindings/ChatChoice";
import type { ChatImported } from "./bindings/ChatImported";
import type { DateOrder } from "./bindings/DateOrder";
import type { Recurrence } from "./bindings/Recurrence";
import type { UnlockOutcome } from "./bindings/UnlockOutcome";
import type { UpdateCheck } from "./bindings/UpdateCheck";
import type { UpdateSaved } from "./bindings/UpdateSaved";
import type { UpdateSettings } from "./bindings/UpdateSettings";
import type { EvidenceRequest } from "./bindings/EvidenceRequest";
import type { ExportDone } from "./bindings/ExportDone";
import type { Patterns } from "./bindings/Patterns";
import type { NewScreening } from "./bindings/NewScreening";
import type { SignOff } from "./bindings/SignOff";
import type { EmailSummary } from "./bindings/EmailSummary";
import type { EmailsImported } from "./bindings/EmailsImported";
import type { CourtOrder } from "./bindings/CourtOrder";
import type { HarmProfile } from "./bindings/HarmProfile";
import type { HarmProfileFields } from "./bindings/HarmProfileFields";
import type { OrderFields } from "./bindings/OrderFields";
import type { OrderReminder } from "./bindings/OrderReminder";
import type { RiskQuestion } from "./bindings/RiskQuestion";
import type { RiskScreening } from "./bindings/RiskScreening";
import type { PairingCodeView } from "./bindings/PairingCodeView";
import type { PairingPhrase } from "./bindings/PairingPhrase";
import type { LiveState } from "./bindings/LiveState";
import type { Presence } from "./bindings/Presence";
import type { RemoteChange } from "./bindings/RemoteChange";
import type { SharingStatus } from "./bindings/SharingStatus";
import type { SharedRecords } from "./bindings/SharedRecords";
import type { EntryFileSharing } from "./bindings/EntryFileSharing";
import type { SyncDone } from "./bindings/SyncDone";
import { checklistInLanguage, itemInLanguage, serviceInLanguage } from "./builtins";
import { message, t } from "./i18n";

/** An error as the screens see it: the code to branch on, and what to tell the person. */
export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Rust's reason, when it gave one: for telling which box a refusal is about. */
  reason?: string;
}
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
export type { DraftIn } from "./bindings/DraftIn";
export type { DraftView } from "./bindings/DraftView";
export type { ErrorCode } from "./bindings/ErrorCode";
export type { Incident } from "./bindings/Incident";
export type { IncidentFields } from "./bindings/IncidentFields";
export type { IncidentKind } from "./bindings/IncidentKind";
export type { IncidentPage } from "./bindings/IncidentPage";
export type { IncidentFilter } from "./bindings/IncidentFilter";
export type { IncidentRevision } from "./bindings/IncidentRevision";
export type { Look } from "./bindings/Look";
export type { Escalation } from "./bindings/Escalation";
export type { EvidenceRequest } from "./bindings/EvidenceRequest";
export type { ExportDone } from "./bindings/ExportDone";
export type { KindCount } from "./bindings/KindCount";
export type { Patterns } from "./bindings/Patterns";
export type { CaseRisk } from "./bindings/CaseRisk";
export type { EmailSummary } from "./bindings/EmailSummary";
export type { EmailsImported } from "./bindings/EmailsImported";
export type { CourtOrder } from "./bindings/CourtOrder";
export type { HarmProfile } from "./bindings/HarmProfile";
export type { HarmProfileFields } from "./bindings/HarmProfileFields";
export type { IncidentLink } from "./bindings/IncidentLink";
export type { LinkKind } from "./bindings/LinkKind";
export type { OrderCondition } from "./bindings/OrderCondition";
export type { OrderFields } from "./bindings/OrderFields";
export type { OrderKind } from "./bindings/OrderKind";
export type { OrderReminder } from "./bindings/OrderReminder";
export type { CompletedBy } from "./bindings/CompletedBy";
export type { Instrument } from "./bindings/Instrument";
export type { Judgement } from "./bindings/Judgement";
export type { MaracReason } from "./bindings/MaracReason";
export type { NewScreening } from "./bindings/NewScreening";
export type { SignOff } from "./bindings/SignOff";
export type { RiskAnswer } from "./bindings/RiskAnswer";
export type { RiskAnswered } from "./bindings/RiskAnswered";
export type { RiskLevel } from "./bindings/RiskLevel";
export type { RiskQuestion } from "./bindings/RiskQuestion";
export type { RiskScreening } from "./bindings/RiskScreening";
export type { WeekCount } from "./bindings/WeekCount";
export type { PageCursor } from "./bindings/PageCursor";
export type { NotebookPageView } from "./bindings/NotebookPageView";
export type { NotesSaved } from "./bindings/NotesSaved";
export type { OpenedSpace } from "./bindings/OpenedSpace";
export type { PinChangedView } from "./bindings/PinChangedView";
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
export type { SupportServiceFields } from "./bindings/SupportServiceFields";
export type { ChatSummary } from "./bindings/ChatSummary";
export type { ChatChoice } from "./bindings/ChatChoice";
export type { DateOrder } from "./bindings/DateOrder";
export type { UnlockOutcome } from "./bindings/UnlockOutcome";
export type { PairingCodeView } from "./bindings/PairingCodeView";
export type { PairingPhrase } from "./bindings/PairingPhrase";
export type { QrView } from "./bindings/QrView";
export type { ShareableItem } from "./bindings/ShareableItem";
export type { ShareableKind } from "./bindings/ShareableKind";
export type { SharingRole } from "./bindings/SharingRole";
export type { SharingState } from "./bindings/SharingState";
export type { SharingStatus } from "./bindings/SharingStatus";
export type { SharedWith } from "./bindings/SharedWith";
export type { SharedIncident } from "./bindings/SharedIncident";
export type { RecordsCheck } from "./bindings/RecordsCheck";
export type { SharedRecords } from "./bindings/SharedRecords";
export type { EntryFileSharing } from "./bindings/EntryFileSharing";
export type { FileArrival } from "./bindings/FileArrival";
export type { FileSharing } from "./bindings/FileSharing";
export type { SharedFile } from "./bindings/SharedFile";
export type { LiveState } from "./bindings/LiveState";
export type { Presence } from "./bindings/Presence";
export type { RemoteChange } from "./bindings/RemoteChange";
export type { SyncDone } from "./bindings/SyncDone";

export function isApiError(e: unknown): e is ApiError {
  return typeof e === "object" && e !== null && "code" in e && "message" in e;
}

/**
 * What to tell the person when a call failed: Rust's refusal in words, or `fallback` (said in the
 * screen's own terms: "The contact was not saved.") for anything else, which is never shown as
 * it is (a Tauri error names commands and files, and is in English).
 */
export function errorMessage(e: unknown, fallback: string): string {
  return isApiError(e) ? e.message : fallback;
}

// ---- Case switches ----
// Opening, closing or removing a case (or restoring a backup) changes which compartment every
// records command writes into, and Rust may run calls in any order. A save sent just before a
// switch (a notes box's blur fired by the click on another case) could otherwise land in the other
// person's case. So a switch waits until every call already sent has settled, and a call that
// would write records while a switch is under way is refused: it carries the old screen's data.

/** Change which case (compartment) is open; removing one that isn't open counts too (harmless). */
const SWITCHES = new Set(["case_open", "case_close", "case_remove", "restore_backup"]);

/**
 * Calls that write no records: one started during a switch waits for it, then runs (the new
 * screen reads after the switch). Every other command counts as a write and is refused during a
 * switch; when unsure, leave a command out of this list. `caseload` only notes the open case's
 * sharing state in the list.
 */
const WRITES_NO_RECORDS = new Set([
  "app_status",
  "caseload",
  "list_contacts",
  "list_incidents",
  "count_incidents",
  "incident_history",
  "check_log",
  "get_plan",
  "list_checklists",
  "due_checklist_items",
  "list_support_services",
  "search",
  "get_settings",
  "attachment_info",
  "attachment_bytes",
  "incidents_between",
  "risk_screening_questions",
  "list_risk_screenings",
  "harm_profiles",
  "court_orders",
  "order_reminders",
  "incident_patterns",
  "sharing_status",
  "shared_records",
  "entry_file_sharing",
  "shared_file_bytes",
  "drafts",
  "recovery_key_unseen",
  "opened_space",
  "notebook_pages",
  "room_for_setup",
]);

/**
 * Sent at once, always, and never waited for: the panic button, the "still here" signal, and the
 * note of copied text (a hash kept in memory so a hide can clear the clipboard; held and then
 * dropped by a hide, it would leave that text behind).
 */
const NEVER_HELD = new Set(["hide_now", "still_here", "note_copied", "notes_pad", "notes_pad_keep"]);

/**
 * Waits for the other app that can last ten minutes: a switch must not wait for them. They are
 * safe to leave running: a switch moves Rust's epoch on, and it then refuses what they bring back.
 */
const OUTLASTS_SWITCHES = new Set(["pairing_wait", "pairing_join"]);

/** What the page has sent during one opening of the vault; a hide starts a new one. */
interface Opening {
  /** Calls sent or held and not settled yet (except NEVER_HELD and OUTLASTS_SWITCHES). */
  inFlight: Set<Promise<unknown>>;
  /** The latest switch, until it settles (it settles after every earlier one). */
  switching: Promise<void> | null;
}

let opening: Opening = { inFlight: new Set(), switching: null };

/**
 * After a hide nothing held may still go out: a switch held back would otherwise open a case in
 * the next opening, and a refusal about cases must never reach the disguise.
 */
function forgetOpening(): void {
  opening = { inFlight: new Set(), switching: null };
}

/** Rust's own answer once hidden (ApiError::locked). */
const closed = (): ApiError => ({ code: "locked", message: t("app-closed") });

const refusedDuringSwitch = (): ApiError => ({
  code: "busy",
  message: t("app-refused-during-switch"),
});

/** Told just before a case switch is sent, and once one has happened (drafts.ts). */
const beforeSwitch = new Set<() => void>();
const switched = new Set<() => void>();

/**
 * Calls `before` just before each case switch (or restore) is sent, while writes still go out,
 * and `after` once it has happened, before the caller's own code runs (a failed switch changes
 * nothing, so `after` is not called).
 */
export function onCaseSwitch(before: () => void, after: () => void): void {
  beforeSwitch.add(before);
  switched.add(after);
}

/** Sends `command` (through `send`) in its place among case switches. */
function ordered<T>(command: string, send: () => Promise<T>): Promise<T> {
  if (NEVER_HELD.has(command)) return send();
  if (SWITCHES.has(command)) for (const hook of beforeSwitch) hook();
  const here = opening;
  let result: Promise<T>;
  if (SWITCHES.has(command)) result = switchCase(here, send);
  else if (here.switching) result = afterSwitch(here, here.switching, WRITES_NO_RECORDS.has(command), send);
  else result = send();
  if (!OUTLASTS_SWITCHES.has(command)) {
    here.inFlight.add(result);
    const settled = () => here.inFlight.delete(result);
    result.then(settled, settled);
  }
  return result;
}

async function switchCase<T>(here: Opening, send: () => Promise<T>): Promise<T> {
  // Taken before this switch is counted in flight, so it never waits for itself.
  const earlier = Promise.allSettled([...here.inFlight]);
  let settle!: () => void;
  const switching = new Promise<void>((resolve) => (settle = resolve));
  here.switching = switching;
  try {
    await earlier;
    if (opening !== here) throw closed();
    const result = await send();
    for (const hook of switched) hook();
    return result;
  } finally {
    // Before the caller's continuation runs: the new screen's own calls go straight out.
    if (here.switching === switching) here.switching = null;
    settle();
  }
}

async function afterSwitch<T>(
  here: Opening,
  switching: Promise<void>,
  writesNoRecords: boolean,
  send: () => Promise<T>,
): Promise<T> {
  await switching;
  if (opening !== here) throw closed();
  if (!writesNoRecords) throw refusedDuringSwitch();
  return send();
}

/** `invoke`, in its place among case switches; a refusal comes back in words. */
function call<T>(command: string, args?: InvokeArgs, options?: InvokeOptions): Promise<T> {
  const sent = args === undefined ? args : (wellFormed(args) as InvokeArgs);
  return ordered(command, () =>
    invoke<T>(command, sent, options).catch((e: unknown) => {
      throw inWords(e);
    }),
  );
}

/**
 * Rust's refusal ({code, reason, args}) with its reason said in the language in use (the message
 * `error-<reason>`; tests/messages.test.ts checks every reason Rust gives has one). Anything else
 * (Tauri's own errors) passes through as it is.
 */
export function inWords(e: unknown): unknown {
  if (typeof e !== "object" || e === null || !("code" in e) || !("reason" in e)) return e;
  const refusal = e as RefusalFromRust;
  const id = "error-" + refusal.reason;
  const words = t(id, refusal.args);
  return {
    code: refusal.code,
    message: words === id ? t("error-app-went-wrong") : words,
    reason: refusal.reason,
  } satisfies ApiError;
}

/**
 * `value` with every string made well-formed UTF-16: half of a surrogate pair (a cut emoji, a
 * pasted oddity) becomes U+FFFD. Rust's JSON parser refuses a lone surrogate, and the whole call
 * with it, so one odd character in a draft would otherwise stop a quick exit from locking.
 * Bytes (an attachment's) and anything that is not plain data pass through as they are.
 */
export function wellFormed(value: unknown): unknown {
  if (typeof value === "string") return wellFormedText(value);
  if (Array.isArray(value)) return value.map(wellFormed);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wellFormed(v)]));
  }
  return value;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function wellFormedText(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD");
}

/**
 * Every incident kind with its plain-words label (a message id); `satisfies` makes a new Rust kind
 * a type error here.
 */
const KIND_LABELS = {
  Following: message("app-kind-following"),
  Loitering: message("app-kind-loitering"),
  Calls: message("app-kind-calls"),
  Messages: message("app-kind-messages"),
  SocialMedia: message("app-kind-social-media"),
  GiftsLetters: message("app-kind-gifts-letters"),
  Damage: message("app-kind-damage"),
  ThirdPartyContact: message("app-kind-third-party-contact"),
  TrackingAccountAccess: message("app-kind-tracking-account-access"),
  Threats: message("app-kind-threats"),
  OrderBreach: message("app-kind-order-breach"),
  Other: message("app-kind-other"),
} as const satisfies Record<IncidentKind, string>;

/**
 * Each kind with its label. The label (`[1]`) is read in the language in use each time it is
 * read, not when this module loads (the language is chosen later): `([code, label]) => …` and
 * `for (const [code, label] of …)` get it in the language on screen.
 */
export const INCIDENT_KINDS = Object.entries(KIND_LABELS).map(([code, id]) => {
  const pair = [code, ""] as [IncidentKind, string];
  Object.defineProperty(pair, 1, { get: () => t(id), enumerable: true });
  return pair;
});

export const api = {
  appStatus: () => call<AppStatus>("app_status"),
  /** First-run setup is on screen: the window gets the open app's size (only before setup). */
  roomForSetup: () => call<void>("room_for_setup"),
  setUp: (request: SetupRequest) => call<SetupDone>("set_up", { request }),
  /** First run from a backup: checks the chosen file fully before creating anything; null if no file was chosen. */
  setUpFromBackup: (request: SetupRequest, lock: BackupLock) =>
    call<SetupFromBackupDone | null>("set_up_from_backup", { request, lock }),
  /**
   * What was typed at the disguise: a PIN, or the recovery key's 40 digits (Rust tells them
   * apart). `recovered`: opened with the recovery key, a new PIN is chosen next; `trouble`:
   * nothing opened, and not for a wrong PIN.
   */
  tryUnlock: (pin: string) => call<UnlockOutcome>("try_unlock", { pin }),
  /** The recovery key made at setup if it was never shown (a quick exit came first); null if it was. */
  recoveryKeyUnseen: () => call<string | null>("recovery_key_unseen"),
  /** The person saw the recovery key and wrote it down. */
  recoveryKeySeen: () => call<void>("recovery_key_seen"),
  /** What was just opened (not by the recovery key, which always opens the app): the app or the notebook. */
  openedSpace: () => call<OpenedSpace>("opened_space"),
  /**
   * `drafts`: what the forms on screen hold, kept in the vault before it locks. `exit`: the
   * page's number for its own quick exit, given back in the hide event (`onHide`).
   */
  hideNow: (drafts: DraftIn[] = [], exit: number | null = null) => {
    forgetOpening();
    return call<void>("hide_now", { drafts, exit });
  },
  stillHere: () => call<void>("still_here"),
  listContacts: () => call<Contact[]>("list_contacts"),
  harmProfiles: () => call<HarmProfile[]>("harm_profiles"),
  addHarmProfile: (fields: HarmProfileFields, draft: string | null = null) =>
    call<HarmProfile>("add_harm_profile", { fields, draft }),
  updateHarmProfile: (id: string, fields: HarmProfileFields, draft: string | null = null) =>
    call<HarmProfile>("update_harm_profile", { id, fields, draft }),
  removeHarmProfile: (id: string) => call<void>("remove_harm_profile", { id }),
  courtOrders: () => call<CourtOrder[]>("court_orders"),
  addCourtOrder: (fields: OrderFields, draft: string | null = null) =>
    call<CourtOrder>("add_court_order", { fields, draft }),
  updateCourtOrder: (id: string, fields: OrderFields, draft: string | null = null) =>
    call<CourtOrder>("update_court_order", { id, fields, draft }),
  removeCourtOrder: (id: string) => call<void>("remove_court_order", { id }),
  orderReminders: () => call<OrderReminder[]>("order_reminders"),
  // `draft`: the key of the form's draft (drafts.ts), finished by Rust in the same call.
  addContact: (fields: ContactFields, draft: string | null = null) =>
    call<Contact>("add_contact", { fields, draft }),
  listIncidents: (limit: number, before: PageCursor | null = null, filter: IncidentFilter | null = null) =>
    call<IncidentPage>("list_incidents", { limit, before, filter }),
  countIncidents: (filter: IncidentFilter | null = null) => call<number>("count_incidents", { filter }),
  recordIncident: (fields: IncidentFields, draft: string | null = null) =>
    call<Incident>("record_incident", { fields, draft }),
  reviseIncident: (id: string, fields: IncidentFields, draft: string | null = null) =>
    call<Incident>("revise_incident", { id, fields, draft }),
  incidentHistory: (id: string) => call<IncidentRevision[]>("incident_history", { id }),
  checkLog: () => call<ChainReport>("check_log"),
  getPlan: () => call<PlanView>("get_plan"),
  addPlanItem: (section: Section, text: string, draft: string | null = null) =>
    call<PlanItem>("add_plan_item", { section, text, draft }),
  setPlanItemDone: (id: string, done: boolean) => call<PlanItem>("set_plan_item_done", { id, done }),
  // What a vault was seeded with is shown in the language in use while unchanged (builtins.ts).
  listChecklists: () => call<Checklist[]>("list_checklists").then((lists) => lists.map(checklistInLanguage)),
  dueChecklistItems: () => call<ChecklistItem[]>("due_checklist_items").then((items) => items.map(itemInLanguage)),
  setChecklistItemDone: (id: string, done: boolean) =>
    call<ChecklistItem>("set_checklist_item_done", { id, done }),
  addChecklist: (title: string) => call<Checklist>("add_checklist", { title }),
  renameChecklist: (id: string, title: string) => call<Checklist>("rename_checklist", { id, title }),
  removeChecklist: (id: string) => call<void>("remove_checklist", { id }),
  addChecklistItem: (checklistId: string, text: string, recurrence: Recurrence) =>
    call<ChecklistItem>("add_checklist_item", { checklistId, text, recurrence }),
  updateChecklistItem: (id: string, text: string, recurrence: Recurrence) =>
    call<ChecklistItem>("update_checklist_item", { id, text, recurrence }),
  removeChecklistItem: (id: string) => call<void>("remove_checklist_item", { id }),
  listSupportServices: () =>
    call<SupportService[]>("list_support_services").then((services) => services.map(serviceInLanguage)),
  removedSupportServices: () => call<SupportService[]>("removed_support_services"),
  addSupportService: (fields: SupportServiceFields) => call<SupportService>("add_support_service", { fields }),
  updateSupportService: (id: string, fields: SupportServiceFields) =>
    call<SupportService>("update_support_service", { id, fields }),
  removeSupportService: (id: string) => call<void>("remove_support_service", { id }),
  restoreSupportService: (id: string, asPublished: boolean) =>
    call<SupportService>("restore_support_service", { id, asPublished }),
  updateContact: (id: string, fields: ContactFields, draft: string | null = null) =>
    call<Contact>("update_contact", { id, fields, draft }),
  deleteContact: (id: string) => call<void>("delete_contact", { id }),
  /** Saved on top of `version` (the section's, as the step was shown; null for the current one). */
  updatePlanItem: (id: string, text: string, version: string | null, draft: string | null = null) =>
    call<PlanItemSaved>("update_plan_item", { id, text, version, draft }),
  deletePlanItem: (id: string) => call<void>("delete_plan_item", { id }),
  setPlanStage: (stage: PlanStage) => call<void>("set_plan_stage", { stage }),
  /** `date` is YYYY-MM-DD, or null to clear. */
  setPlanReviewDate: (date: string | null) => call<void>("set_plan_review_date", { date }),
  /** `version` is the section's `version` when the person started editing: what arrived since is merged, not saved over. */
  setSectionNotes: (section: Section, notes: string, version: string | null = null, draft: string | null = null) =>
    call<NotesSaved>("set_section_notes", { section, notes, version, draft }),
  search: (query: string, limit = 50) => call<SearchHit[]>("search", { query, limit }),
  getSettings: () => call<SettingsView>("get_settings"),
  saveSettings: (change: SettingsChange) => call<SettingsView>("save_settings", { change }),
  setTextSize: (percent: number) => call<number>("set_text_size", { percent }),
  setLanguage: (code: string) => call<string>("set_language", { code }),
  updateSettings: () => call<UpdateSettings>("update_settings"),
  setUpdateAddress: (address: string) => call<UpdateSettings>("set_update_address", { address }),
  checkForUpdates: () => call<UpdateCheck>("check_for_updates"),
  downloadUpdate: () => call<UpdateSaved>("download_update"),
  /** Each PIN change needs the current PIN (of whatever is open now). */
  /**
   * `currentPin` null only right after opening with the recovery key (none is asked then).
   * `second_pin_turned_off`: after such an opening on a computer that had lost its password-store
   * key, any second PIN was turned off too.
   */
  changePin: (currentPin: string | null, newPin: string) =>
    call<PinChangedView>("change_pin", { currentPin, newPin }),
  /** `opens`: what the second PIN opens, a fresh everyday notebook or the app with everyday things in it. */
  setDuressPin: (currentPin: string, pin: string, opens: OpenedSpace) =>
    call<void>("set_duress_pin", { currentPin, pin, opens }),
  clearDuressPin: (currentPin: string) => call<void>("clear_duress_pin", { currentPin }),
  /** Imports a file into the vault; the bytes go straight from memory to the encrypted database. */
  // Ordered from the moment it is asked for: reading the file counts as in flight, so a switch
  // waits for it, and a file picked on the old screen never lands in the new case.
  addAttachment: (file: File): Promise<AttachmentMeta> =>
    ordered("add_attachment", async () =>
      invoke<AttachmentMeta>("add_attachment", new Uint8Array(await file.arrayBuffer()), {
        headers: {
          // Header values must be ASCII: the name is percent-encoded and decoded in Rust.
          "x-file-name": encodeURIComponent(file.name),
          "x-media-type": file.type || "application/octet-stream",
        },
      }),
    ),
  attachmentInfo: (ids: string[]) => call<AttachmentMeta[]>("attachment_info", { ids }),
  /** The decrypted bytes, kept in memory only (shown via a data: URL, never a file). */
  attachmentBytes: (id: string) => call<ArrayBuffer>("attachment_bytes", { id }),
  /** Text copied from an open screen, so a quick hide can clear it from the clipboard. */
  noteCopied: (text: string) => call<boolean>("note_copied", { text }),
  /** Opens the computer's save dialog, then writes the backup there. */
  saveBackup: (lock: BackupLock) => call<BackupDone>("save_backup", { lock }),
  /** Opens the computer's file dialog; the chosen backup replaces everything (confirm first). */
  restoreBackup: (lock: BackupLock) => call<BackupDone>("restore_backup", { lock }),
  /** Incidents that happened between two local dates (YYYY-MM-DD, both included; null = open), oldest first. */
  incidentsBetween: (from: string | null, until: string | null) =>
    call<Incident[]>("incidents_between", { from, until }),
  /** Makes the PDF, then opens the computer's save dialog; done=false if no place was chosen. */
  saveReport: (request: EvidenceRequest) => call<ExportDone>("save_report", { request }),
  savePlanSheet: (request: PlanSheetRequest) => call<ExportDone>("save_plan_sheet", { request }),
  /** Opens the computer's Open dialog and reads a chat export (null: closed); with `order`, reads the one chosen again. */
  chatRead: (order: DateOrder | null = null) => call<ChatSummary | null>("chat_read", { order }),
  chatImport: (choice: ChatChoice) => call<ChatImported>("chat_import", { choice }),
  emailRead: () => call<EmailSummary[] | null>("email_read"),
  emailImport: (kind: IncidentKind) => call<EmailsImported>("email_import", { kind }),
  /** Several new entries written together, or none of them. */
  recordIncidents: (entries: IncidentFields[]) => call<string[]>("record_incidents", { entries }),
  /** The machine-readable export: a plain zip, or locked when a passphrase (12+ characters) is given. */
  saveBundle: (request: EvidenceRequest, passphrase: string | null) =>
    call<ExportDone>("save_bundle", { request, passphrase }),
  /** Opens a locked export someone sent: picks the file, checks it, then asks where to save the zip. */
  openBundle: (passphrase: string) => call<ExportDone>("open_bundle", { passphrase }),
  riskQuestions: () => call<RiskQuestion[]>("risk_screening_questions"),
  listRiskScreenings: () => call<RiskScreening[]>("list_risk_screenings"),
  recordRiskScreening: (screening: NewScreening, draft: string | null = null) =>
    call<RiskScreening>("record_risk_screening", { screening, draft }),
  signOffScreening: (id: string, signOff: SignOff) =>
    call<RiskScreening>("sign_off_screening", { id, signOff }),
  incidentPatterns: () => call<Patterns>("incident_patterns"),
  // ---- Sharing with an advocate (nothing touches the network until pairing starts) ----
  // A person may share with several people, each a link of its own: `link` is whom a call is
  // about (left out or null: the first). An advocate's case has one.
  /** Sharing with `link`, and everyone shared with. */
  sharingStatus: (link?: number | null) => call<SharingStatus>("sharing_status", { link: link ?? null }),
  /**
   * Shares one plan section, contact or checklist, or the incident log ("incident-log") or risk
   * screenings ("risk-screenings"), which the advocate can read but not change; or stops sharing it,
   * with the person on `link`.
   */
  setShared: (link: number | null, id: string, shared: boolean) =>
    call<SharingStatus>("set_shared", { link, id, shared }),
  /** What the person calls whoever is on `link` (only shown in the unlocked app; empty: none). */
  nameLink: (link: number, name: string) => call<SharingStatus>("name_link", { link, name }),
  /**
   * The person's side: meets the advocate's app with its code; can take minutes (it waits for it).
   * `code` may be the whole invitation, which carries the address (then `relay` is not used).
   */
  pairingJoin: (relay: string, code: string) => call<PairingPhrase>("pairing_join", { relay, code }),
  /**
   * The advocate's side: a new one-time code, and the invitation (QR code and text) holding it with
   * the sharing address given here.
   */
  pairingHost: (relay: string) => call<PairingCodeView>("pairing_host", { relay }),
  /** The advocate's side: waits (up to minutes) for the person's app, at the address given to pairingHost. */
  pairingWait: () => call<PairingPhrase>("pairing_wait"),
  /** Both screens showed the same words: finish pairing and keep the link, named `name` if given. */
  pairingConfirm: (name?: string | null) => call<SharingStatus>("pairing_confirm", { name: name ?? null }),
  /** The words differ, or the person changed their mind: nothing is kept. */
  pairingAbort: () => call<void>("pairing_abort"),
  syncNow: (link?: number | null) => call<SyncDone>("sync_now", { link: link ?? null }),
  /** Stops sharing with the person on `link`: the relay deletes what it holds for them; this computer keeps its copy. */
  stopSharing: (link?: number | null) => call<SharingStatus>("stop_sharing", { link: link ?? null }),
  /** Clears sharing that has already stopped, on this computer only (when the relay can't be reached). */
  forgetSharing: (link?: number | null) => call<SharingStatus>("forget_sharing", { link: link ?? null }),
  /** What the person shares of their incident log and risk screenings, read-only (an advocate's open case). */
  sharedRecords: () => call<SharedRecords>("shared_records"),
  /** An entry's files and whether each is shown to the advocate (offered only while the log is shared). */
  entryFileSharing: (incidentId: string) => call<EntryFileSharing>("entry_file_sharing", { incidentId }),
  /** Shows one of an entry's files to the advocate, or takes it back; it goes with the next send. */
  setFileShared: (incidentId: string, attachmentId: string, shared: boolean) =>
    call<EntryFileSharing>("set_file_shared", { incidentId, attachmentId, shared }),
  /** A file the person shows, once here whole (an advocate's open case); kept in memory only. */
  sharedFileBytes: (sha256: string) => call<ArrayBuffer>("shared_file_bytes", { sha256 }),
  // ---- An advocate's caseload: each person supported is a case kept apart from every other ----
  // While a case is open, the plan, contacts, checklists and sharing commands work on that case.
  caseload: () => call<Caseload>("caseload"),
  /** `label` is what the advocate calls the case (1 to 60 characters, e.g. initials). */
  caseAdd: (label: string) => call<Caseload>("case_add", { label }),
  caseOpen: (id: string) => call<Caseload>("case_open", { id }),
  /** Back to the advocate's own space. */
  caseClose: () => call<Caseload>("case_close"),
  /** The advocate's private notes on a case: never shared with the person. */
  caseSetNotes: (id: string, notes: string) => call<Caseload>("case_set_notes", { id, notes }),
  /** Deletes this computer's copy of a case; refused while sharing with the person is on. */
  caseRemove: (id: string) => call<Caseload>("case_remove", { id }),
  // ---- Working together (live): edits go across as they are saved while this is on ----
  /** Working together with the person on `link` (one at a time). */
  liveStart: (link?: number | null) => call<SharingStatus>("live_start", { link: link ?? null }),
  /** Stops working together (with whoever it is); the status after is of `link`. */
  liveStop: (link?: number | null) => call<SharingStatus>("live_stop", { link: link ?? null }),
  /** The shared document the person is looking at (null: none); Rust passes on only shared ones. */
  liveViewing: (document: string | null) => call<void>("live_viewing", { document }),
  // ---- Drafts: what is being written and not saved yet (drafts.ts) ----
  /** What a form holds now; `now` puts it into the vault at once (the form is leaving the screen). */
  draftKeep: (draft: DraftIn, now: boolean) => call<void>("draft_keep", { draft, now }),
  /** The drafts kept in the open records, to offer back. */
  drafts: () => call<DraftView[]>("drafts"),
  draftDiscard: (id: string) => call<void>("draft_discard", { id }),
  // ---- The everyday notebook the second PIN opens by default ----
  /** Its pages, most recently changed first. */
  notebookPages: () => call<NotebookPageView[]>("notebook_pages"),
  /** Saves a page (`id` null adds a new one) and gives it back as saved. */
  notebookSave: (id: string | null, title: string, body: string) =>
    call<NotebookPageView>("notebook_save", { id, title, body }),
  notebookRemove: (id: string) => call<void>("notebook_remove", { id }),
  // ---- The notes-pad disguise's own lines (kept in a plain file; never a line of digits) ----
  notesPad: () => call<string>("notes_pad"),
  notesPadKeep: (text: string) => call<void>("notes_pad_keep", { text }),
  /** Rust hid the app; `pageExit` is the page's own quick exit it answers, if it was one. */
  onHide: (handler: (pageExit: number | null) => void): Promise<UnlistenFn> =>
    listen<{ page_exit: number | null }>("show-disguise", (e) => {
      forgetOpening();
      handler(e?.payload?.page_exit ?? null);
    }),
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
