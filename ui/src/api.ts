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

export const api = {
  appStatus: () => invoke<AppStatus>("app_status"),
  setUp: (request: SetupRequest) => invoke<{ recovery_key: string }>("set_up", { request }),
  tryUnlock: (pin: string) => invoke<{ opened: boolean }>("try_unlock", { pin }),
  hideNow: () => invoke<void>("hide_now"),
  stillHere: () => invoke<void>("still_here"),
  listContacts: () => invoke<Contact[]>("list_contacts"),
  addContact: (fields: ContactFields) => invoke<Contact>("add_contact", { fields }),
  onHide: (handler: () => void): Promise<UnlistenFn> => listen("show-disguise", handler),
};
