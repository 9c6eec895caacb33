// The read-only section an advocate sees inside an open case: what the person shares of their
// incident log (on the incident log screen) or their risk screenings (on the risk screen). It is
// kept apart from the advocate's own forms, has no controls that change anything, and is drawn
// again when the person's changes arrive while working together.

import "./shared-records.css";
import { api, errorMessage, type FileArrival, type RecordsCheck, type SharedIncident } from "../api";
import { openCase } from "../cases";
import { h, keepPlace, showForAWhile, updatedNote } from "../dom";
import { t } from "../i18n";
import { attachScreen, sharedItems } from "../live";
import { touchedScreens, type LiveScreen } from "./live-logic";
import { checkText, sharedIncidentView } from "./shared-records-logic";
import { groupedHash } from "./updates";
import { fileRow } from "./attachments";
import { fileArrivalText, NOT_SHOWN_HERE } from "./file-sharing-logic";
import { isShowableImage } from "./attachment-format";

export interface SharedSectionOptions {
  /** Names the ids: `shared-${what}` is the list, `shared-${what}-section` the section. */
  what: "incidents" | "screenings";
  /** The screen this is on, for which of the other side's changes concern it. */
  screen: LiveScreen;
  /** The line under the heading: a message id (e.g. SHARED_INCIDENTS_LEAD), or text already in words. */
  lead: string;
  /** The list's accessible name. */
  listLabel: string;
  /**
   * What is shared now, one list entry per record (none: the empty state shows), each with its
   * id in `data-incident-id` or `data-screening-id`; and how those check against the person's
   * signing key.
   */
  load(): Promise<{ entries: HTMLElement[]; check: RecordsCheck; incomplete: boolean }>;
}

/**
 * Marks each entry that does not check against the person's signing key, in words beside it (an
 * advocate must not take a changed entry for what the person wrote). How many it marked.
 */
export function markUnchecked(entries: HTMLElement[], check: RecordsCheck): number {
  const unchecked = new Set(check.unchecked);
  let marked = 0;
  for (const entry of entries) {
    const id = entry.dataset.incidentId ?? entry.dataset.screeningId;
    const holds = check.signer !== null && id !== undefined && !unchecked.has(id);
    entry.dataset.checked = String(holds);
    if (holds || check.signer === null) continue;
    marked += 1;
    // Straight under the entry's heading: read before anything done with the entry.
    const warning = h("p", { class: "shared-unchecked" }, t("shared-records-entry-unchecked"));
    const heading = entry.querySelector("h3, h4");
    if (heading?.parentElement === entry) heading.after(warning);
    else entry.prepend(warning);
  }
  return marked;
}

/**
 * The section, or null outside an open case (the person's own screens have nothing shared to
 * them). It loads by itself and listens for the other side's changes while it is on screen.
 */
export function sharedSection(opts: SharedSectionOptions): HTMLElement | null {
  if (openCase() === null) return null;
  const titleId = `shared-${opts.what}-title`;
  const error = h("p", { class: "form-error", role: "alert", id: `shared-${opts.what}-error` });
  const updated = updatedNote("p");
  // Whether what is shown is what the person's app signed, the key to compare with their
  // report, and whether some of what they sent has not arrived.
  const signed = h("p", { class: "shared-signed", id: `shared-${opts.what}-signed` });
  const keyValue = h("code", { class: "shared-key-value", dir: "ltr" });
  const key = h("p", { class: "shared-key", id: `shared-${opts.what}-key`, hidden: true }, t("shared-records-key"), " ", keyValue);
  const incomplete = h("p", { class: "shared-incomplete", id: `shared-${opts.what}-incomplete` });
  const list = h("ul", {
    class: "cards shared-list",
    id: `shared-${opts.what}`,
    "aria-label": opts.listLabel,
    "aria-busy": "true",
  });
  const section = h(
    "section",
    {
      class: "panel shared-records",
      id: `shared-${opts.what}-section`,
      "aria-labelledby": titleId,
      "data-readonly": "true",
    },
    h("h2", { id: titleId }, t("shared-records-heading")),
    h("p", { class: "muted" }, t(opts.lead)),
    incomplete,
    signed,
    key,
    updated,
    error,
    list,
  );

  /** Loads run one after another, so an older list never replaces a newer one. */
  let queue: Promise<void> = Promise.resolve();
  const load = (changed: boolean) => {
    queue = queue.then(async () => {
      try {
        const { entries, check, incomplete: notAll } = await opts.load();
        if (!list.isConnected) return;
        const marked = markUnchecked(entries, check);
        keepPlace(section, () => {
          error.textContent = "";
          incomplete.textContent = notAll ? t("shared-records-incomplete") : "";
          signed.textContent = checkText(check.signer !== null, entries.length, marked);
          signed.dataset.marked = String(marked);
          keyValue.textContent = check.signer === null ? "" : groupedHash(check.signer);
          key.hidden = check.signer === null || entries.length === 0;
          list.replaceChildren(
            ...(entries.length > 0 ? entries : [h("li", { class: "empty shared-empty" }, t("shared-records-empty"))]),
          );
          list.removeAttribute("aria-busy");
        });
        if (changed) showForAWhile(updated);
      } catch (e) {
        list.removeAttribute("aria-busy");
        // A failed reload after the other side's change leaves the list as it was.
        if (!changed) {
          error.textContent = errorMessage(e, t("shared-records-load-failed"));
        }
      }
    });
  };
  load(false);
  attachScreen(section, {
    changed: (documents) => {
      if (touchedScreens(documents, sharedItems()).has(opts.screen)) load(true);
    },
  });
  return section;
}

/**
 * The files the person shows with an entry: each with its hash, and a picture that is here whole
 * can be shown. Nothing can be changed or saved from here.
 */
function sharedFiles(i: SharedIncident, arrivals: Map<string, FileArrival>): HTMLElement | null {
  if (i.files.length === 0) return null;
  return h(
    "ul",
    { class: "attachment-list shared-file-list", "aria-label": t("shared-records-files-label") },
    ...i.files.map((f) => {
      const arrival = arrivals.get(f.sha256);
      const here = arrival?.here === true;
      const note = fileArrivalText(arrival) || (here && !isShowableImage(f.media_type) ? t(NOT_SHOWN_HERE) : null);
      const li = fileRow(f, here ? () => api.sharedFileBytes(f.sha256) : null, note);
      li.setAttribute("data-shared-file", f.sha256);
      li.setAttribute("data-here", String(here));
      return li;
    }),
  );
}

/** One incident the person shares: what they wrote, with no way to change it. */
export function sharedIncidentEntry(i: SharedIncident, arrivals: Map<string, FileArrival> = new Map()): HTMLElement {
  const v = sharedIncidentView(i);
  const row = (label: string, value: string | null) =>
    value ? h("div", { class: "row" }, h("dt", {}, label), h("dd", {}, value)) : null;
  return h(
    "li",
    { class: "card shared-incident", "data-incident-id": i.id, "data-revision": String(i.revision) },
    h("h3", {}, v.kind, h("span", { class: "muted" }, ` · ${v.when}`)),
    v.location ? h("p", { class: "muted shared-location" }, v.location) : null,
    v.description ? h("p", { class: "excerpt shared-description" }, v.description) : null,
    v.behaviours || v.police
      ? h("dl", { class: "details shared-facts" }, row(t("shared-records-behaviour"), v.behaviours), row(t("shared-records-police"), v.police))
      : null,
    h(
      "p",
      { class: "muted shared-written" },
      v.written,
      v.corrected ? h("span", { class: "shared-corrected" }, ` · ${v.corrected}`) : null,
    ),
    v.files ? h("p", { class: "muted shared-files" }, v.files) : null,
    sharedFiles(i, arrivals),
    v.more.length > 0
      ? h(
          "details",
          { class: "shared-more" },
          h("summary", {}, t("shared-records-more")),
          h("dl", { class: "details" }, ...v.more.map(([label, text]) => row(label, text))),
        )
      : null,
  );
}
