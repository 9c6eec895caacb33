// The parts of the sharing screen that need no DOM: checking the sharing address and the code
// before anything is sent, grouping what can be shared, and the words shown after a sync. The Rust
// side checks the address and the code again; these checks only catch a slip early and kindly.

import type { ShareableItem, ShareableKind, SharingRole, SharingStatus, SyncDone } from "../api";
import { formatLocalDateTime } from "../dates";
import { message, t } from "../i18n";

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** Plain `http://` is allowed only to this computer (for testing), as the Rust side allows. */
const LOOPBACK = ["http://127.0.0.1", "http://localhost", "http://[::1]"] as const;

/**
 * The English wording of `sharing-address-needs-https` (what the tests compare with); the message
 * given is always `t("sharing-address-needs-https")`, in the language in use.
 */
export const ADDRESS_MESSAGE =
  "The sharing address should start with https:// (the person you are pairing with can tell you it).";

/**
 * How a role is given to messages (`$role`): "advocate" on an advocate's app, else "client";
 * "several" where a change may have come from any of several people the person shares with.
 */
export function roleArg(role: SharingRole | "several" | null): string {
  return role ?? "client";
}

/**
 * The sharing address as it will be sent: trimmed, without a trailing slash. It must start with
 * https:// (and have something after it), or be http:// to this computer, optionally with a port.
 */
export function checkAddress(text: string): Checked<string> {
  const address = lowerSchemeAndHost(text.trim().replace(/\/+$/, ""));
  if (address === "") return { ok: false, message: t("sharing-address-empty") };
  if (/\s/.test(address)) return { ok: false, message: t("sharing-address-spaces") };
  // No "user@" before the host: "http://localhost:80@elsewhere" would look like this computer and
  // go elsewhere. Exactly as the Rust side checks.
  if (hostPart(address).includes("@")) return { ok: false, message: t("sharing-address-needs-https") };
  const secure = address.startsWith("https://") && address.length > "https://".length;
  const local = LOOPBACK.some((l) => address === l || address.startsWith(`${l}:`));
  return secure || local ? { ok: true, value: address } : { ok: false, message: t("sharing-address-needs-https") };
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
export const CODE_EXAMPLE = "7KQ2-M9XD-4TFB-0C8H";

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
      return { ok: false, message: t("sharing-code-bad-character", { character: raw }) };
    }
    code += c;
  }
  if (code.length === 0) return { ok: false, message: t("sharing-code-empty") };
  if (code.length !== CODE_LENGTH) {
    return {
      ok: false,
      message: t("sharing-code-length", { length: CODE_LENGTH, example: CODE_EXAMPLE, count: code.length }),
    };
  }
  return { ok: true, value: code };
}

/** How an invitation starts (any case, as the Rust side reads it). */
export const INVITATION_PREFIX = "pocketcalc:pair:";

/**
 * The English wording of `sharing-invitation-incomplete` (what the tests compare with); the
 * message given is always `t("sharing-invitation-incomplete")`, in the language in use.
 */
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
  if (second < 0) return { ok: false, message: t("sharing-invitation-incomplete") };
  // A fingerprint is 16 characters of the same alphabet as a code, read the same way.
  const parts = [rest.slice(0, first), rest.slice(first + 1, second)];
  if (!parts.every((p) => checkCode(p).ok)) return { ok: false, message: t("sharing-invitation-incomplete") };
  const typedAddress = rest.slice(second + 1);
  if (typedAddress.trim() === "") return { ok: false, message: t("sharing-invitation-incomplete") };
  const address = checkAddress(typedAddress);
  if (!address.ok) {
    return { ok: false, message: t("sharing-invitation-address") };
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
    return { ok: false, message: t("sharing-host-address-empty") };
  }
  return checked.message === t("sharing-address-needs-https")
    ? { ok: false, message: t("sharing-host-address-needs-https") }
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

/** In `SHARE_GROUPS` the words are message ids; `groupItems` gives them in words. */
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

/**
 * The note under "Your records": what an advocate can and cannot do with them. The English wording
 * of `sharing-records-note` (what the tests compare with); the list shows it in the language in use.
 */
export const RECORDS_NOTE =
  "Your advocate can read these but cannot change them. Files you attached stay on this computer " +
  "unless you tick them on their entry. If you stop sharing your incident log, your advocate keeps " +
  "what they already have, files you showed them included.";

/** The groups of the "what is shared" list, in the order they are shown, with their headings. */
export const SHARE_GROUPS: readonly ShareGroupSpec[] = [
  { key: "plan_section", heading: message("sharing-group-plan"), empty: message("sharing-group-plan-empty") },
  { key: "contact", heading: message("sharing-group-contacts"), empty: message("sharing-group-contacts-empty") },
  { key: "checklist", heading: message("sharing-group-checklists"), empty: message("sharing-group-checklists-empty") },
  {
    key: "records",
    heading: message("sharing-group-records"),
    empty: "",
    note: message("sharing-records-note"),
    hideWhenEmpty: true,
  },
];

export interface ShareGroup extends ShareGroupSpec {
  items: ShareableItem[];
}

/**
 * Every group, always in the same order (empty ones too, except "Your records", which only the
 * person's side has), items in the order given.
 */
export function groupItems(items: readonly ShareableItem[]): ShareGroup[] {
  return SHARE_GROUPS.map((g) => ({
    ...g,
    heading: t(g.heading),
    empty: g.empty && t(g.empty),
    note: g.note && t(g.note),
    items: items.filter((i) => groupOfKind(i.kind) === g.key),
  })).filter((g) => g.items.length > 0 || !g.hideWhenEmpty);
}

/** Who is at the other end, in words, for this app's role. */
export function otherSide(role: SharingRole | null): string {
  return t("sharing-other-side", { role: roleArg(role) });
}

/** How many things are shared, e.g. "2 things are shared." */
export function sharedCountText(items: readonly ShareableItem[], role: SharingRole | null, name: string | null = null): string {
  const n = items.filter((i) => i.shared).length;
  if (n === 0 && name !== null) return t("sharing-count-none-named", { name });
  if (n === 0) return t("sharing-count-none", { role: roleArg(role) });
  return t("sharing-count", { count: n });
}

/** The longest name for someone shared with, in characters (as the Rust side keeps). */
export const NAME_MAX = 60;

/**
 * What the person calls whoever is on `link`: the name they gave, else "Person 3" (by the link's
 * number, which never changes, so the same words never come to mean someone else).
 */
export function personName(status: Pick<SharingStatus, "people">, link: number | null): string {
  const named = status.people.find((p) => p.link === link)?.name ?? null;
  return named ?? t("sharing-person-number", { number: link ?? 1 });
}

/** Whom the words on screen are about, when they name them (see `namesPeople`), else null. */
export function shownName(status: Pick<SharingStatus, "role" | "name" | "people" | "link">): string | null {
  return namesPeople(status) ? personName(status, status.link) : null;
}

/** Whether `name` is already what the person calls someone else (letter case and spaces aside). */
export function nameTaken(status: Pick<SharingStatus, "people">, link: number | null, name: string): boolean {
  const key = (n: string) => n.trim().split(/\s+/).join(" ").toLowerCase();
  return key(name) !== "" && status.people.some((p) => p.link !== link && p.name !== null && key(p.name) === key(name));
}

/**
 * Whether the words name whom they are about: on the person's side once they named the other side
 * or share with more than one (else "your advocate", as when there could only be one).
 */
export function namesPeople(status: Pick<SharingStatus, "role" | "name" | "people">): boolean {
  return status.role !== "advocate" && (status.name !== null || status.people.length > 1);
}

type Shown = Pick<SharingStatus, "role" | "relay" | "name" | "people" | "link">;

/** "Shared with your advocate through https://relay.example", or "Shared with Sam through …". */
export function summaryText(status: Shown): string {
  if (namesPeople(status)) {
    const name = personName(status, status.link);
    return status.relay
      ? t("sharing-summary-named-through", { name, relay: status.relay })
      : t("sharing-summary-named", { name });
  }
  const role = roleArg(status.role);
  return status.relay ? t("sharing-summary-through", { role, relay: status.relay }) : t("sharing-summary", { role });
}

/** "Stop sharing with everyone? …", or, with several people, only with the one shown. */
export function stopQuestion(status: Shown): string {
  if (namesPeople(status)) return t("sharing-stop-question-named", { name: personName(status, status.link) });
  return t("sharing-stop-question", { role: roleArg(status.role) });
}

/** Said once sharing with `name` (or, with `null`, the only other side) has stopped. */
export function stoppedText(role: SharingRole | null, name: string | null): string {
  return name === null ? t("sharing-stopped", { role: roleArg(role) }) : t("sharing-stopped-named", { name });
}

/** "Last sent and received: Sat 5 Jul 2025, 14:05", or "not yet". */
export function lastSyncedText(iso: string | null): string {
  return iso ? t("sharing-last-synced", { when: formatLocalDateTime(iso) }) : t("sharing-last-synced-never");
}

/**
 * What has not got across after being sent again or asked for again, in plain words ("" when
 * nothing is stuck).
 */
export function stuckText(status: Pick<SharingStatus, "role" | "stuck">): string {
  const role = roleArg(status.role);
  const said: string[] = [];
  if (status.stuck.here) said.push(t("sharing-stuck-here", { role }));
  if (status.stuck.there) said.push(t("sharing-stuck-there", { role }));
  return said.join(" ");
}

/** What a "Send and receive now" did, in plain words. */
export function syncMessage(done: SyncDone): string {
  if (done.ended) {
    return t("sharing-sync-ended");
  }
  let text = t("sharing-sync-done", { received: done.received, sent: done.sent });
  if (done.skipped > 0) {
    text += ` ${t("sharing-sync-skipped", { skipped: done.skipped })}`;
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

/**
 * The screen's heading and opening words, for the person's own space (`several`: once they share
 * with more than one person) or an open case.
 */
export function sharingIntro(caseLabel: string | null, several = false): { title: string; lead: string } {
  if (caseLabel === null) {
    return several
      ? { title: t("sharing-intro-title-several"), lead: t("sharing-intro-lead-several") }
      : { title: t("sharing-intro-title"), lead: t("sharing-intro-lead") };
  }
  return {
    title: t("sharing-case-title"),
    lead: caseLabel.trim() ? t("sharing-case-lead-named", { name: caseLabel }) : t("sharing-case-lead"),
  };
}

/**
 * Said when sharing was stopped here but the relay could not be reached to delete its copies: a
 * message id, shown with `t`.
 */
export const STOPPED_OFFLINE = message("sharing-stopped-offline");
