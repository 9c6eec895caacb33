// An advocate's open case: which one it is (from the last caseload Rust sent) and the header's
// banner that says so on every screen. Memory only, never browser storage; forgotten on every
// hide (Rust closes the case then too), so the app always opens in the person's own space.

import { api, errorMessage, type Caseload } from "./api";
import { h } from "./dom";
import { t } from "./i18n";
import { noteStatus } from "./live";
import { caseBannerText, openCaseOf } from "./screens/caseload-logic";

let open: { id: string; label: string } | null = null;
let banner: { el: HTMLElement; label: HTMLElement; error: HTMLElement } | null = null;
/** Bumped on every hide: answers that arrive after it are dropped. */
let generation = 0;

/** The open case, or null in the advocate's (or person's) own space. */
export const openCase = (): { readonly id: string; readonly label: string } | null => open;

/**
 * A caseload arrived (from any case command): takes which case is open. Returns whether that
 * changed, so the caller can show the screen again for the case now open (or for none).
 */
export function noteCaseload(c: Caseload): boolean {
  const next = openCaseOf(c);
  const changed = next?.id !== open?.id;
  open = next;
  showBanner();
  if (changed) refreshSharing();
  return changed;
}

/**
 * For the answer to a case command sent now: takes which case is open (as noteCaseload), unless a
 * hide came meanwhile. Rust closed every case at that hide, so the answer is about an opening that
 * is over, and the next one (perhaps the second PIN's) must not start out naming that case.
 */
export function caseAnswer(): (c: Caseload) => boolean {
  const asked = generation;
  return (c) => asked === generation && noteCaseload(c);
}

/** On hide: forget the case (the page is being replaced by the disguise). */
export function casesLocked(): void {
  generation++;
  open = null;
  banner = null;
}

/**
 * After something replaced the records under the page (a restore closes any open case): asks
 * which case is open now and shows the banner for it.
 */
export function recheckCase(): void {
  const asked = generation;
  api
    .caseload()
    .then((c) => {
      if (asked === generation) noteCaseload(c);
    })
    .catch(() => undefined);
}

/** The live session's view of sharing belongs to the case (or own space) that was open. */
function refreshSharing(): void {
  const asked = generation;
  api
    .sharingStatus()
    .then((st) => {
      if (asked === generation) noteStatus(st);
    })
    .catch(() => undefined);
}

export interface BannerOptions {
  /** The case was closed, or another chosen: show the screen again for what is open now. */
  changed(): void;
  /** Shows the caseload screen. */
  openCaseload(): void;
}

/**
 * The header's "Case: AB" with the way back to the advocate's own space. Part of the open app's
 * header, so a hide (which replaces the whole page) takes it away too.
 */
export function caseBanner(opts: BannerOptions): HTMLElement {
  const label = h("span", { class: "case-banner-label", id: "case-banner-label" });
  const error = h("span", { class: "case-banner-error", role: "alert" });
  const caseload = h("button", { type: "button", class: "small", id: "case-caseload" }, t("app-case-caseload"));
  const close = h("button", { type: "button", class: "small", id: "case-close" }, t("app-case-back-to-own-space"));
  const el = h(
    "div",
    { class: "case-banner", id: "case-banner", role: "group", "aria-labelledby": "case-banner-label", hidden: true },
    label,
    caseload,
    close,
    error,
  );
  caseload.addEventListener("click", () => {
    error.textContent = "";
    opts.openCaseload();
  });
  let pending = false;
  close.addEventListener("click", () => {
    if (pending) return;
    pending = true;
    error.textContent = "";
    const asked = generation;
    api
      .caseClose()
      .then((c) => {
        if (asked !== generation) return;
        noteCaseload(c);
        opts.changed();
      })
      .catch((e: unknown) => {
        if (asked !== generation) return;
        error.textContent = errorMessage(e, t("app-case-close-failed"));
      })
      .finally(() => {
        pending = false;
      });
  });
  banner = { el, label, error };
  showBanner();
  return el;
}

function showBanner(): void {
  if (!banner) return;
  banner.el.hidden = open === null;
  banner.label.textContent = open ? caseBannerText(open.label) : "";
  if (open === null) banner.error.textContent = "";
}
