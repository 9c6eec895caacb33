// Working together: what the page knows of the live session (its state, whether the other side
// is here, what is shared) and where the session's events go. It lives in memory only, and
// everything is dropped on every hide (the live session ends in Rust then too). The events are
// listened for once, from the first unlock; while the disguise shows they are ignored.

import {
  api,
  type LiveState,
  type Presence,
  type ShareableItem,
  type SharingRole,
  type SharingStatus,
} from "./api";
import { indicatorText, NOBODY } from "./screens/live-logic";
import { namesPeople, personName } from "./screens/sharing-logic";

/** What the screen on show wants to hear about; every part optional. */
export interface LiveHooks {
  /** The other side's edits to these documents are in the vault now. */
  changed?(documents: string[]): void;
  presence?(presence: Presence): void;
  live?(state: LiveState): void;
  /** The person is moving to another screen. */
  left?(): void;
}

let unlocked = false;
let state: LiveState = "off";
let here: Presence = NOBODY;
let items: ShareableItem[] = [];
let role: SharingRole | null = null;
/** What the person calls whom they work together with, when the words name them. */
let withName: string | null = null;
/**
 * Who may have changed what the person is editing, for the notes about it: the one they work
 * together with; else the one person they share with (by name, when the words name them), or
 * "several" when it may have been any of several.
 */
let changer: { role: SharingRole | "several" | null; name: string | null } = { role: null, name: null };
/** The last document passed to live_viewing, so each is sent once. */
let viewingSent: string | null = null;
/** The screen on show; events reach it only while `root` is still in the page. */
let screen: { root: HTMLElement; hooks: LiveHooks } | null = null;
let indicator: HTMLElement | null = null;
let listening = false;

export const liveState = (): LiveState => state;
export const presence = (): Presence => here;
export const sharedItems = (): readonly ShareableItem[] => items;
export const sharingRole = (): SharingRole | null => role;
export const liveWith = (): string | null => withName;
export const changedBy = (): { role: SharingRole | "several" | null; name: string | null } => changer;

/** After a PIN opened the vault: starts listening (once) and lets events through. */
export function liveUnlocked(): void {
  unlocked = true;
  if (listening) return;
  listening = true;
  const ignore = () => undefined;
  api.onSharingLive((s) => unlocked && setState(s)).catch(ignore);
  api.onSharingPresence((p) => unlocked && setPresence(p)).catch(ignore);
  api
    .onSharingChanged((c) => {
      if (unlocked && screen?.root.isConnected) screen.hooks.changed?.(c.documents);
    })
    .catch(ignore);
}

/** Moves on at every hide: a status asked for before it is not taken (statusAnswer). */
let opening = 0;

/** On hide: forget everything (the page is being replaced by the disguise). */
export function liveLocked(): void {
  unlocked = false;
  opening++;
  state = "off";
  here = NOBODY;
  items = [];
  role = null;
  withName = null;
  changer = { role: null, name: null };
  viewingSent = null;
  screen = null;
  indicator = null;
}

/** A sharing status arrived (from any command): takes its state, what is shared and the role. */
export function noteStatus(st: SharingStatus): void {
  // An answer that arrives after a hide is about an opening that is over: the next one (perhaps
  // the second PIN's) must not start out "working together", nor hold this one's names.
  if (!unlocked) return;
  items = st.items;
  role = st.role;
  const live = st.people.find((p) => p.link === st.live_link);
  withName = live && namesPeople({ role: st.role, name: live.name, people: st.people }) ? personName(st, live.link) : null;
  const sole = st.people.length === 1 ? st.people[0] : undefined;
  const by = live ?? sole;
  changer =
    by === undefined && st.role !== "advocate" && st.people.length > 1
      ? { role: "several", name: null }
      : {
          role: st.role,
          name: by && namesPeople({ role: st.role, name: by.name, people: st.people }) ? personName(st, by.link) : null,
        };
  setState(st.live);
  showIndicator();
}

/**
 * For the status a command sent now answers with: takes it (as noteStatus) unless a hide came
 * meanwhile, even if the app was opened again since.
 */
export function statusAnswer(): (st: SharingStatus) => void {
  const asked = opening;
  return (st) => {
    if (asked === opening) noteStatus(st);
  };
}

function setState(next: LiveState): void {
  if (next === state) return;
  state = next;
  // Nobody can be known to be here while the connection is not up.
  if (next !== "on") here = NOBODY;
  // A new live session starts with nothing being looked at.
  if (next === "off") viewingSent = null;
  showIndicator();
  const hooks = current();
  hooks?.live?.(next);
  hooks?.presence?.(here);
}

function setPresence(p: Presence): void {
  if (state === "off") return;
  here = p;
  showIndicator();
  current()?.presence?.(p);
}

function current(): LiveHooks | null {
  return screen?.root.isConnected ? screen.hooks : null;
}

/** The screen now on show (replacing the last one, which is told it was left). */
export function attachScreen(root: HTMLElement, hooks: LiveHooks): void {
  leaveScreen();
  screen = { root, hooks };
}

/** The person is going to another screen. */
export function leaveScreen(): void {
  const left = screen?.hooks.left;
  screen = null;
  left?.();
}

/** The header's indicator, shown while working together. */
export function mountIndicator(el: HTMLElement): void {
  indicator = el;
  showIndicator();
}

function showIndicator(): void {
  if (!indicator) return;
  const text = indicatorText(state, here, role, withName);
  indicator.hidden = text === null;
  indicator.textContent = text ?? "";
}

/**
 * Tells the other side what the person is looking at (a shared document id, or null). Only while
 * working together; Rust passes on only shared documents. Never shown to the person if it fails:
 * it is a courtesy, not their work.
 */
export function tellViewing(document: string | null): void {
  if (state === "off" || document === viewingSent) return;
  viewingSent = document;
  api.liveViewing(document).catch(() => undefined);
}

/** The person stopped looking at `document` (e.g. closed that section). */
export function tellNotViewing(document: string): void {
  if (viewingSent === document) tellViewing(null);
}
