// The parts of search that need no DOM: grouping results under plain headings, and running a
// search as the person types (waiting for a pause, and only ever showing the latest answer).

import type { SearchHit, SearchKind } from "../api";
import { message, t } from "../i18n";
import { sectionTitleFromEnglish } from "../plan-words";

/** The groups in the order they are shown, with their headings (message ids). */
export const SEARCH_GROUPS: readonly { kind: SearchKind; heading: string }[] = [
  { kind: "Incident", heading: message("search-group-incidents") },
  { kind: "PlanItem", heading: message("search-group-plan") },
  { kind: "PlanNotes", heading: message("search-group-plan-notes") },
  { kind: "Contact", heading: message("search-group-contacts") },
  { kind: "ChecklistItem", heading: message("search-group-checklists") },
];

export interface HitGroup {
  kind: SearchKind;
  /** The heading in words, in the language in use. */
  heading: string;
  hits: SearchHit[];
}

/**
 * Hits grouped by kind, groups always in the same order (so the page does not jump about as the
 * person types), best matches first within a group (the order the search returned them). Groups
 * with no hits are left out; a hit of a kind this page does not know is left out too.
 */
export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  const byKind = new Map<SearchKind, SearchHit[]>();
  for (const hit of hits) {
    const list = byKind.get(hit.kind);
    if (list) list.push(hit);
    else byKind.set(hit.kind, [hit]);
  }
  return SEARCH_GROUPS.flatMap(({ kind, heading }) => {
    const found = byKind.get(kind);
    return found ? [{ kind, heading: t(heading), hits: found }] : [];
  });
}

/** The query to send, or null if there is nothing worth searching for. */
export function normaliseQuery(text: string): string | null {
  const trimmed = text.trim().replace(/\s+/g, " ");
  return /[\p{L}\p{N}]/u.test(trimmed) ? trimmed : null;
}

/**
 * A hit's title in the language in use: a plan step or notes are titled by their section, which
 * Rust names in English; everything else by what the person wrote.
 */
export function hitTitle(hit: SearchHit): string {
  const own = hit.title.trim();
  const section = hit.kind === "PlanItem" || hit.kind === "PlanNotes" ? sectionTitleFromEnglish(own) : null;
  return section ?? (own || t("search-untitled"));
}

/** What a button for a hit is called by assistive technology: the title, then the snippet. */
export function hitLabel(hit: SearchHit): string {
  const title = hitTitle(hit);
  const snippet = hit.snippet.trim();
  return snippet ? t("search-hit-label", { title, snippet }) : title;
}

/** How many results, in words. */
export function resultCountText(count: number): string {
  return t("search-result-count", { count });
}

export interface LiveSearchHandlers<T> {
  /** Runs the search for a non-empty query. */
  run(query: string): Promise<T>;
  /** The answer for the latest query (never an older one). */
  onResult(query: string, result: T): void;
  /** The query became empty: clear what is shown. */
  onEmpty(): void;
  /** The latest query failed. */
  onError(query: string, error: unknown): void;
}

export interface LiveSearch {
  /** Call on every change of the text; `now` skips the wait (e.g. when Enter is pressed). */
  input(text: string, now?: boolean): void;
  /** Stops any pending search and ignores any answer still on its way (e.g. when leaving). */
  cancel(): void;
}

/**
 * Searches after `delayMs` without typing. Each query gets a number; an answer is shown only if no
 * newer query has been typed since, so a slow early answer never replaces a later one.
 */
export function createLiveSearch<T>(handlers: LiveSearchHandlers<T>, delayMs = 200): LiveSearch {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  function stopTimer(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  return {
    input(text: string, now = false): void {
      stopTimer();
      const ticket = ++latest;
      const query = normaliseQuery(text);
      if (query === null) {
        handlers.onEmpty();
        return;
      }
      const go = (): void => {
        timer = undefined;
        let pending: Promise<T>;
        try {
          pending = handlers.run(query);
        } catch (error) {
          pending = Promise.reject(error);
        }
        pending.then(
          (result) => {
            if (ticket === latest) handlers.onResult(query, result);
          },
          (error: unknown) => {
            if (ticket === latest) handlers.onError(query, error);
          },
        );
      };
      if (now) go();
      else timer = setTimeout(go, delayMs);
    },
    cancel(): void {
      stopTimer();
      latest++;
    },
  };
}
