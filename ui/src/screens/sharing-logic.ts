// The parts of the sharing screen that need no DOM: checking the sharing address and the code
// before anything is sent, grouping what can be shared, and the words shown after a sync. The Rust
// side checks the address and the code again; these checks only catch a slip early and kindly.

import type { ShareableItem, ShareableKind, SharingRole, SharingStatus, SyncDone } from "../api";
import { formatLocalDateTime, plural } from "../dates";

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** Plain `http://` is allowed only to this computer (for testing), as the Rust side allows. */
const LOOPBACK = ["http://127.0.0.1", "http://localhost", "http://[::1]"] as const;

export const ADDRESS_MESSAGE =
  "The sharing address should start with https:// (your advocate can tell you it).";

/**
 * The sharing address as it will be sent: trimmed, without a trailing slash. It must start with
 * https:// (and have something after it), or be http:// to this computer, optionally with a port.
 */
export function checkAddress(text: string): Checked<string> {
  const address = lowerSchemeAndHost(text.trim().replace(/\/+$/, ""));
  if (address === "") return { ok: false, message: "Please type the sharing address your advocate gave you." };
  if (/\s/.test(address)) return { ok: false, message: "The sharing address cannot contain spaces." };
  // No "user@" before the host: "http://localhost:80@elsewhere" would look like this computer and
  // go elsewhere. Exactly as the Rust side checks.
  if (hostPart(address).includes("@")) return { ok: false, message: ADDRESS_MESSAGE };
  const secure = address.startsWith("https://") && address.length > "https://".length;
  const local = LOOPBACK.some((l) => address === l || address.startsWith(`${l}:`));
  return secure || local ? { ok: true, value: address } : { ok: false, message: ADDRESS_MESSAGE };
}

/**
 * The scheme and host are case-insensitive, so "HTTPS://Relay.example.org" is the same address; a
 * path (behind a proxy) is not, and stays as typed. As the Rust side does.
 */
function lowerSchemeAndHost(address: string): string {
  const end = hostPart(address).length;
  return address.slice(0, end).toLowerCase() + address.slice(end);
}

/** The address up to where its path starts (all of it if it has no "://"). */
function hostPart(address: string): string {
  const at = address.indexOf("://");
  if (at < 0) return address;
  const slash = address.indexOf("/", at + 3);
  return slash < 0 ? address : address.slice(0, slash);
}

/** Crockford's base32, as the codes are made: no I, L, O or U. */
export const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CODE_LENGTH = 16;
const CODE_EXAMPLE = "7KQ2-M9XD-4TFB-0C8H";

/**
 * The code as 16 capital letters and digits: spaces and dashes are ignored, case does not matter,
 * and O, I and L are read as 0, 1 and 1 (easy to mix up when reading aloud or typing).
 */
export function checkCode(text: string): Checked<string> {
  let code = "";
  for (const raw of text) {
    if (raw === "-" || /\s/.test(raw)) continue;
    const upper = raw.toUpperCase();
    const c = upper === "O" ? "0" : upper === "I" || upper === "L" ? "1" : upper;
    if (!CODE_ALPHABET.includes(c) || c.length !== 1) {
      return {
        ok: false,
        message: `The code has “${raw}” in it, which codes never use. Please check it with your advocate.`,
      };
    }
    code += c;
  }
  if (code.length === 0) return { ok: false, message: "Please type the code from your advocate." };
  if (code.length !== CODE_LENGTH) {
    return {
      ok: false,
      message:
        `The code is ${CODE_LENGTH} letters and numbers, like ${CODE_EXAMPLE}. ` +
        `This one has ${code.length}. Please check it with your advocate.`,
    };
  }
  return { ok: true, value: code };
}

/** How an invitation starts (any case, as the Rust side reads it). */
export const INVITATION_PREFIX = "pocketcalc:pair:";

export const INVITATION_MESSAGE =
  "That invitation looks incomplete. Please ask your advocate to show it again, or type the code " +
  "and the address instead.";

/** Whether the text is meant as a whole invitation rather than a typed code. */
export function isInvitation(text: string): boolean {
  // ASCII letters only, as the Rust side compares (no Unicode case folding).
  return /^pocketcalc:pair:/i.test(text.trim());
}

/**
 * What was typed or pasted into the code box: a whole invitation
 * (`pocketcalc:pair:<code>:<fingerprint>:<address>`, the address last as it may hold colons), or
 * just the code. An invitation is sent as it is (trimmed): the Rust side reads it again and checks
 * the advocate's key against its fingerprint; here only its parts are checked, so a cut-off paste
 * is caught early. `address` is the invitation's, or null for a typed code.
 */
export function readCodeOrInvitation(
  text: string,
): Checked<{ code: string; invitation: boolean; address: string | null }> {
  if (!isInvitation(text)) {
    const code = checkCode(text);
    return code.ok ? { ok: true, value: { code: code.value, invitation: false, address: null } } : code;
  }
  const whole = text.trim();
  const rest = whole.slice(INVITATION_PREFIX.length);
  const first = rest.indexOf(":");
  const second = first < 0 ? -1 : rest.indexOf(":", first + 1);
  if (second < 0) return { ok: false, message: INVITATION_MESSAGE };
  // A fingerprint is 16 characters of the same alphabet as a code, read the same way.
  const parts = [rest.slice(0, first), rest.slice(first + 1, second)];
  if (!parts.every((p) => checkCode(p).ok)) return { ok: false, message: INVITATION_MESSAGE };
  const typedAddress = rest.slice(second + 1);
  if (typedAddress.trim() === "") return { ok: false, message: INVITATION_MESSAGE };
  const address = checkAddress(typedAddress);
  if (!address.ok) {
    return {
      ok: false,
      message:
        "The sharing address in that invitation does not look right. Please ask your advocate to " +
        "show it again, or type the code and the address instead.",
    };
  }
  return { ok: true, value: { code: whole, invitation: true, address: address.value } };
}

/**
 * The advocate's sharing address, checked as the person's is but in words for the advocate
 * (it goes into the invitation, so it is needed before a code is shown).
 */
export function checkHostAddress(text: string): Checked<string> {
  const checked = checkAddress(text);
  if (checked.ok) return checked;
  if (text.trim() === "") {
    return { ok: false, message: "Please type your service's sharing address first: it goes into the invitation." };
  }
  return checked.message === ADDRESS_MESSAGE
    ? { ok: false, message: "The sharing address should start with https:// (your service can tell you it)." }
    : checked;
}

/** The light margin a QR code needs around it to be read, in modules. */
export const QR_QUIET_ZONE = 4;

/** The side of a drawn QR code, in modules, with its quiet zone. */
export function qrSide(width: number): number {
  return width + 2 * QR_QUIET_ZONE;
}

/**
 * How big a QR code is drawn on screen, in CSS pixels: about 200 to 240, as a whole number of
 * pixels per module (never under 3) so the modules come out even.
 */
export function qrPixels(width: number): number {
  const side = qrSide(width);
  return side * Math.max(3, Math.floor(240 / side));
}

/**
 * The dark modules of a QR code as one SVG path: one rectangle per run of dark modules in a row,
 * offset by the quiet zone, one unit per module. `modules` is `width` rows of `width` characters,
 * `1` dark and `0` light; anything else gives "" (nothing is drawn rather than a wrong code).
 */
export function qrPath(width: number, modules: string): string {
  if (!Number.isInteger(width) || width <= 0 || modules.length !== width * width || /[^01]/.test(modules)) {
    return "";
  }
  const runs: string[] = [];
  for (let row = 0; row < width; row++) {
    const line = modules.slice(row * width, (row + 1) * width);
    for (const m of line.matchAll(/1+/g)) {
      const n = m[0].length;
      runs.push(`M${(m.index ?? 0) + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h${n}v1h-${n}z`);
    }
  }
  return runs.join("");
}

/** A code in four groups of four, to show large ("7KQ2 M9XD 4TFB 0C8H" as four strings). */
export function codeGroups(code: string): string[] {
  const checked = checkCode(code);
  if (!checked.ok) return [code];
  return [0, 4, 8, 12].map((i) => checked.value.slice(i, i + 4));
}

/** The words of a pairing phrase (the Rust side joins four words with spaces). */
export function phraseWords(phrase: string): string[] {
  return phrase.split(/\s+/).filter((w) => w !== "");
}

/** Which group of the "what is shared" list something is in. */
export type ShareGroupKey = "plan_section" | "contact" | "checklist" | "records";

/** The group each kind is listed in; `satisfies` makes a new Rust kind a type error here. */
const GROUP_OF_KIND = {
  plan_section: "plan_section",
  contact: "contact",
  checklist: "checklist",
  incident_log: "records",
  risk_screenings: "records",
} as const satisfies Record<ShareableKind, ShareGroupKey>;

/** The group an item of this kind is listed in. */
export function groupOfKind(kind: ShareableKind): ShareGroupKey {
  return GROUP_OF_KIND[kind];
}

export interface ShareGroupSpec {
  key: ShareGroupKey;
  heading: string;
  /** Shown when the group has nothing in it ("" for a group left out when empty). */
  empty: string;
  /** A line under the heading, if the group has one. */
  note?: string;
  /** Left out of the list when it has nothing in it (only the person's side has records to share). */
  hideWhenEmpty?: boolean;
}

/** The note under "Your records": what an advocate can and cannot do with them. */
export const RECORDS_NOTE =
  "Your advocate can read these but cannot change them. Files you attached stay on this computer " +
  "unless you tick them on their entry. If you stop sharing your incident log, your advocate keeps " +
  "what they already have, files you showed them included.";

/** The groups of the "what is shared" list, in the order they are shown, with their headings. */
export const SHARE_GROUPS: readonly ShareGroupSpec[] = [
  { key: "plan_section", heading: "Safety plan sections", empty: "No plan sections." },
  { key: "contact", heading: "Contacts", empty: "No contacts yet." },
  { key: "checklist", heading: "Checklists", empty: "No checklists yet." },
  { key: "records", heading: "Your records (read-only)", empty: "", note: RECORDS_NOTE, hideWhenEmpty: true },
];

export interface ShareGroup extends ShareGroupSpec {
  items: ShareableItem[];
}

/**
 * Every group, always in the same order (empty ones too, except "Your records", which only the
 * person's side has), items in the order given.
 */
export function groupItems(items: readonly ShareableItem[]): ShareGroup[] {
  return SHARE_GROUPS.map((g) => ({ ...g, items: items.filter((i) => groupOfKind(i.kind) === g.key) })).filter(
    (g) => g.items.length > 0 || !g.hideWhenEmpty,
  );
}

/** Who is at the other end, in words, for this app's role. */
export function otherSide(role: SharingRole | null): string {
  return role === "advocate" ? "the person you support" : "your advocate";
}

/** How many things are shared, e.g. "2 things are shared." */
export function sharedCountText(items: readonly ShareableItem[], role: SharingRole | null): string {
  const n = items.filter((i) => i.shared).length;
  if (n === 0) return `Nothing is shared yet. Tick what you want ${otherSide(role)} to see.`;
  return `${plural(n, "thing is", "things are")} shared.`;
}

/** "Shared with your advocate through https://relay.example". */
export function summaryText(status: Pick<SharingStatus, "role" | "relay">): string {
  const through = status.relay ? ` through ${status.relay}` : "";
  return `Shared with ${otherSide(status.role)}${through}`;
}

/** "Last sent and received: Sat 5 Jul 2025, 14:05", or "not yet". */
export function lastSyncedText(iso: string | null): string {
  return `Last sent and received: ${iso ? formatLocalDateTime(iso) : "not yet"}`;
}

/** What a "Send and receive now" did, in plain words. */
export function syncMessage(done: SyncDone): string {
  if (done.ended) {
    return "Sharing has ended: the other app has stopped sharing, so nothing more is sent or " +
      "received. What is on this computer is still here.";
  }
  let text = `Up to date: ${plural(done.received, "change", "changes")} received, ${done.sent} sent.`;
  if (done.skipped > 0) {
    text += ` ${plural(done.skipped, "change", "changes")} could not be used and ${done.skipped === 1 ? "was" : "were"} left out.`;
  }
  return text;
}

/** Which parts of the sharing screen show (while sharing is off), with or without an open case. */
export interface SharingParts {
  /** The person's side: typing the code their advocate shows. */
  join: boolean;
  /** The advocate's side: showing a code and waiting for the person's app. */
  host: boolean;
  /** The way to an advocate's caseload. */
  caseload: boolean;
}

/**
 * An advocate pairs only inside an open case (each case keeps the person's plan apart from every
 * other and from the advocate's own); in their own space the screen is the person's.
 */
export function sharingParts(caseOpen: boolean): SharingParts {
  return caseOpen ? { join: false, host: true, caseload: false } : { join: true, host: false, caseload: true };
}

/** The screen's heading and opening words, for the person's own space or an open case. */
export function sharingIntro(caseLabel: string | null): { title: string; lead: string } {
  if (caseLabel === null) {
    return {
      title: "Share with my advocate",
      lead:
        "Let your advocate see the parts of your safety plan you choose, kept up to date. It is " +
        "off unless you turn it on, and everything sent is locked so only the two apps can read it.",
    };
  }
  return {
    title: "Share with the person you support",
    lead:
      `This is sharing for ${caseLabel.trim() ? `the case “${caseLabel}”` : "this case"} only. They choose what you can see, and ` +
      "everything sent is locked so only the two apps can read it.",
  };
}

/** Said when sharing was stopped here but the relay could not be reached to delete its copies. */
export const STOPPED_OFFLINE =
  "Sharing has stopped on this computer: nothing more is sent or received. The relay couldn't be " +
  "told to delete what it holds (it can't read any of it). Clear the details later to try again, " +
  "or clear them on this computer only.";
