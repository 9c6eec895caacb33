// The incident log: a timeline, a new entry with every field the police and courts ask about,
// corrections as new versions with the history shown, and a plain-words check of the log. Files
// (photos, screenshots, letters) can be attached; each is shown with its SHA-256. In an advocate's
// open case, what the person shares of their own log shows first, read-only (shared-records.ts).

import {
  api,
  onCaseSwitch,
  errorMessage,
  INCIDENT_KINDS,
  type AttachmentMeta,
  type Behaviour,
  type Incident,
  type IncidentFields,
  type IncidentFilter,
  type IncidentKind,
  type PageCursor,
} from "../api";
import "./records.css";
import { field, fitListBox, h, screen } from "../dom";
import { attachDraft, readControls, fillControls } from "../drafts";
import { kindLabel } from "../labels";
import { formatLocalDateTime } from "../dates";
import { openCase } from "../cases";
import { showPlan } from "./plan";
import { isLink, linkPicker, linkRows } from "./incident-links";
import { orderTitle } from "./people-orders-logic";
import { attachmentList, attachmentPicker, loadAttachmentInfo, versionFiles } from "./attachments";
import { offerFileSharing } from "./file-sharing";
import { sharedIncidentEntry, sharedSection } from "./shared-records";
import { SHARED_INCIDENTS_LEAD } from "./shared-records-logic";
import { FluentNumber } from "@fluent/bundle";
import { locale, message, t } from "../i18n";
import { chooseChat } from "./chat-import";
import { showFilesImport } from "./files-import";
import { chooseEmails } from "./email-import";

/** Each behaviour: its code, its name (filters, an entry's lines) and its line in the form (message ids). */
const BEHAVIOURS: [Behaviour, string, string][] = [
  ["Fixated", message("incidents-behaviour-name-fixated"), message("incidents-behaviour-fixated")],
  ["Obsessed", message("incidents-behaviour-name-obsessed"), message("incidents-behaviour-obsessed")],
  ["Unwanted", message("incidents-behaviour-name-unwanted"), message("incidents-behaviour-unwanted")],
  ["Repeated", message("incidents-behaviour-name-repeated"), message("incidents-behaviour-repeated")],
];

/** A behaviour's name in the language in use ("Fixated"). */
function behaviourName(b: Behaviour): string {
  const name = BEHAVIOURS.find(([code]) => code === b)?.[1];
  return name ? t(name) : b;
}

/** Names and counts joined for reading: "a, b, c" (the separator is the language's own). */
const joined = (parts: readonly string[]) => parts.join(t("incidents-list-separator"));

/** A count as the app has always written it: no thousands separator ("1234 entries"). */
const plain = (n: number) => new FluentNumber(n, { useGrouping: false });

/** "Sat 5 Jul 2025, 14:05", the same on every computer (as the rest of the app writes it). */
const when = (iso: string) => formatLocalDateTime(iso);

/** The drafts of the incident forms: a new entry, and a correction to entry `id`. */
export const NEW_INCIDENT_DRAFT = "incident";
export const correctionDraft = (id: string) => `correction:${id}`;

/** Opens the log at a form being written before (a draft carried on). */
export async function resumeIncidentDraft(main: HTMLElement, key: string): Promise<void> {
  if (key === NEW_INCIDENT_DRAFT) {
    showForm(main, null);
    return;
  }
  const id = key.slice("correction:".length);
  // This screen from now (empty while the entry is read back): if the person moves on, or the app
  // hides, meanwhile, the form is not drawn over what is on show then.
  const signal = screen(main, () => undefined);
  try {
    const history = await api.incidentHistory(id);
    if (signal.aborted) return;
    const current = history[history.length - 1];
    if (current) {
      showForm(main, { id, fields: current.fields });
      return;
    }
  } catch {
    // The entry is not here (any more): the log, where the draft stays listed.
  }
  if (!signal.aborted) showIncidents(main);
}

/**
 * How the log was last looked at in this opening (filters chosen, how many entries shown), so
 * going into an entry and back lands where the person was. Forgotten at every hide and case
 * switch: the next opening (perhaps the second PIN's) starts from the whole log.
 */
interface LogView {
  filters: FilterValues;
  shown: number;
}
let remembered: LogView | null = null;

/** At a hide: nothing of how the log was looked at is kept. */
export function incidentsLocked(): void {
  remembered = null;
}

onCaseSwitch(
  () => undefined,
  () => {
    remembered = null;
  },
);

export interface IncidentsOptions {
  /** Back from this entry: its Open button gets focus (the heading if it is not shown). */
  returnTo?: string;
  /** Said once the log is shown (after bringing messages in). */
  message?: string;
  /** Focus on the heading once shown (back from a screen of its own). */
  focusHeading?: boolean;
}

export function showIncidents(main: HTMLElement, opts: IncidentsOptions = {}): void {
  screen(main, (signal) => {
    const list = h("ol", { class: "cards timeline", "aria-label": t("incidents-list-label") });
    const check = h("p", { class: "status log-check", role: "status" });
    const newButton = h("button", { type: "button", class: "primary" }, t("incidents-new"));
    newButton.addEventListener("click", () => showForm(main, null));
    const importStatus = h("p", { class: "status", role: "status" });
    const chatButton = h("button", { type: "button" }, t("incidents-bring-chat"));
    // Back from bringing things in: the whole log (a filter chosen before would hide what came in),
    // focus on the heading, the outcome said.
    const afterImport = ({ message }: { message: string }) => {
      remembered = null;
      showIncidents(main, { message, focusHeading: true });
    };
    chatButton.addEventListener("click", () => {
      void chooseChat(main, importStatus, afterImport);
    });
    const filesButton = h("button", { type: "button" }, t("incidents-bring-files"));
    filesButton.addEventListener("click", () => showFilesImport(main, afterImport));
    const emailButton = h("button", { type: "button", id: "email-choose" }, t("incidents-bring-emails"));
    emailButton.addEventListener("click", () => void chooseEmails(main, importStatus, afterImport));
    if (opts.message) importStatus.textContent = opts.message;
    // In an advocate's open case: what the person shares of their own log, read-only, kept apart
    // from the case's own entries below.
    const shared = sharedSection({
      what: "incidents",
      screen: "incidents",
      lead: SHARED_INCIDENTS_LEAD,
      listLabel: t("incidents-shared-list-label"),
      load: async () => {
        const shared = await api.sharedRecords();
        const arrivals = new Map(shared.arrivals.map((a) => [a.sha256, a]));
        return {
          entries: shared.incidents.map((i) => sharedIncidentEntry(i, arrivals)),
          check: shared.check,
          incomplete: shared.incomplete,
        };
      },
    });
    const view = remembered;
    const filters = logFilters(() => void showPage(true), view?.filters);
    const count = h("p", { class: "status log-count", role: "status" });
    const older = h("button", { type: "button", hidden: true }, t("incidents-show-older"));
    const end = h("p", { class: "muted log-end" });
    let next: PageCursor | null = null;
    let shown = 0;
    // One page of the whole log at a time, newest first; `fresh` starts again from the newest.
    let asked = 0;
    async function showPage(fresh: boolean): Promise<void> {
      const ask = ++asked;
      const filter = filters.value();
      // Back from an entry: as many as were shown then, in one page (the store gives at most 500).
      const limit = fresh && restoring ? Math.min(Math.max(view?.shown ?? 0, PAGE_SIZE), 500) : PAGE_SIZE;
      try {
        const [page, total] = await Promise.all([
          api.listIncidents(limit, fresh ? null : next, filter),
          fresh ? api.countIncidents(filter) : Promise.resolve(null),
        ]);
        // A later question (another filter chosen meanwhile) has the last word.
        if (ask !== asked || signal.aborted) return;
        const items = page.incidents.map((i) => entry(main, i, signal));
        if (fresh) {
          shown = 0;
          list.replaceChildren(...items);
        } else list.append(...items);
        shown += page.incidents.length;
        next = page.next;
        remembered = { filters: filters.values(), shown };
        older.hidden = next === null;
        if (total !== null) count.dataset.total = String(total);
        // Nothing to filter yet: no filters, just the empty log.
        const empty = total === 0 && !filters.active();
        if (fresh) filters.el.hidden = empty;
        count.textContent = filters.backwards()
          ? t("incidents-filter-backwards")
          : countText(shown, Number(count.dataset.total ?? shown), filters.describe());
        if (shown === 0 && !filters.active()) list.append(h("li", { class: "empty" }, t("incidents-nothing-yet")));
        // The end of the log is said where the list ends, not only above it.
        end.textContent = shown > 0 && next === null ? t("incidents-everything-shown") : "";
      } catch (e) {
        if (ask !== asked) return;
        if (fresh) list.replaceChildren();
        older.hidden = true;
        count.textContent = errorMessage(e, t("incidents-load-failed"));
      }
    }
    older.addEventListener("click", () => {
      // Focus stays near the new entries: the first of them, once drawn.
      const before = shown;
      void showPage(false).then(() => list.querySelectorAll<HTMLElement>("li.card button")[before]?.focus());
    });
    main.append(
      h("h1", { tabindex: "-1" }, t("incidents-title")),
      ...(shared ? [shared] : []),
      h("p", { class: "lead" }, t("incidents-lead")),
      h("div", { class: "actions start" }, newButton, chatButton, emailButton, filesButton),
      importStatus,
      check,
      filters.el,
      count,
      list,
      h("div", { class: "actions start" }, older),
      end,
    );
    let restoring = view !== null;
    void (async () => {
      try {
        await showPage(true);
        // Left meanwhile: focus stays on the screen shown now.
        if (signal.aborted) return;
        restoring = false;
        if (opts.focusHeading) main.querySelector<HTMLElement>("h1")?.focus();
        if (opts.returnTo) {
          const open = list.querySelector<HTMLElement>(`button[data-incident-id="${CSS.escape(opts.returnTo)}"]`);
          if (open) {
            open.focus();
            open.scrollIntoView({ block: "center" });
          } else main.querySelector<HTMLElement>("h1")?.focus();
        }
        const report = await api.checkLog();
        check.textContent =
          "Intact" in report
            ? report.Intact.count === 0
              ? ""
              : t("incidents-check-intact", { count: plain(report.Intact.count) })
            : t("incidents-check-changed");
      } catch (e) {
        check.textContent = errorMessage(e, t("incidents-load-failed"));
      }
    })();
  });
}

/** Whether a description is the app's own account of something brought in (a chat's message, files). */
function broughtIn(description: string): boolean {
  return (
    description.includes("(as written in the chat export)") ||
    description.startsWith("File brought in: ") ||
    description.includes("(as written in the e-mail).") ||
    /^\d+ files brought in together: /.test(description)
  );
}

/** How many entries one page of the log shows. */
const PAGE_SIZE = 50;

/** `filtered`: what the chosen filters say in words ("" when none is chosen). */
function countText(shown: number, total: number, filtered: string): string {
  if (total === 0) return filtered ? t("incidents-count-none-matching", { filters: filtered }) : "";
  // One entry ("1 entry.") or all of them shown; otherwise the newest of them.
  if (total === 1 || shown >= total) {
    return filtered
      ? t("incidents-count-all-matching", { total: plain(total) })
      : t("incidents-count-all", { total: plain(total) });
  }
  return filtered
    ? t("incidents-count-newest-matching", { shown: plain(shown), total: plain(total) })
    : t("incidents-count-newest", { shown: plain(shown), total: plain(total) });
}

/** Local midnight at the start of `date` (YYYY-MM-DD), or null. */
function startOfDay(date: string, daysLater = 0): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + daysLater).toISOString();
}

/** The filter boxes' values, as the boxes hold them ("" for any). */
interface FilterValues {
  kind: string;
  behaviour: string;
  files: string;
  /** A profile's id, or "". */
  person: string;
  /** An order's id, or "". */
  order: string;
  from: string;
  to: string;
}

/** "3 Oct 2026" for a date box's YYYY-MM-DD (in the language in use). */
function dayWords(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).toLocaleDateString(locale(), {
    day: "numeric",
    month: "short",
    year: "numeric",
  });
}

/** The log's filters: what happened, how it felt, files, and the days it happened between. */
function logFilters(
  changed: () => void,
  initial?: FilterValues,
): {
  el: HTMLElement;
  value(): IncidentFilter;
  values(): FilterValues;
  active(): boolean;
  /** The chosen filters in words, for "No entries match …"; "" when none is chosen. */
  describe(): string;
  backwards(): boolean;
} {
  const select = (id: string, label: string, options: [string, string][]) => {
    const control = h("select", { id }, ...options.map(([v, text]) => h("option", { value: v }, text)));
    control.addEventListener("change", changed);
    return { control, wrap: h("div", { class: "field" }, h("label", { for: id }, label), control) };
  };
  const kind = select("log-kind", t("incidents-filter-kind"), [
    ["", t("incidents-filter-any-kind")],
    ...INCIDENT_KINDS.map(([k]): [string, string] => [k, kindLabel(k)]),
  ]);
  const behaviour = select("log-behaviour", t("incidents-filter-fits"), [
    ["", t("incidents-filter-anything")],
    ...BEHAVIOURS.map(([b]): [string, string] => [b, behaviourName(b)]),
  ]);
  const files = select("log-files", t("incidents-filter-files"), [
    ["", t("incidents-filter-files-any")],
    ["with", t("incidents-filter-files-with")],
    ["without", t("incidents-filter-files-without")],
  ]);
  // An empty date box still shows a date in grey (WebKitGTK): the hint under it says what is chosen.
  const day = (id: string, label: string) => {
    const control = h("input", { id, type: "date", "aria-describedby": `${id}-hint` });
    const hint = h("span", { class: "hint", id: `${id}-hint` }, t("incidents-filter-any-day"));
    control.addEventListener("change", () => {
      hint.textContent = control.value ? t("incidents-filter-chosen") : t("incidents-filter-any-day");
      changed();
    });
    return {
      control,
      hint,
      wrap: h("div", { class: "field" }, h("label", { for: id }, label), control, hint),
    };
  };
  // Who, and which order was broken: shown once there are people or orders to choose from.
  const person = select("log-person", t("incidents-filter-who"), [["", t("incidents-filter-anyone")]]);
  const order = select("log-order", t("incidents-filter-order"), [["", t("incidents-filter-any-order")]]);
  person.wrap.hidden = order.wrap.hidden = true;
  // Until the lists arrive, what was chosen before (kept across an entry and back) still holds.
  let loaded = false;
  const chosenId = (c: HTMLSelectElement, before: string | undefined) => (loaded ? c.value : (before ?? ""));
  Promise.all([api.harmProfiles(), api.courtOrders()])
    .then(([profiles, orders]) => {
      person.control.append(...profiles.map((p) => h("option", { value: p.id }, p.fields.name)));
      order.control.append(...orders.map((o) => h("option", { value: o.id }, orderTitle(o))));
      person.wrap.hidden = profiles.length === 0;
      order.wrap.hidden = orders.length === 0;
      if (initial) {
        person.control.value = initial.person;
        order.control.value = initial.order;
      }
      fitListBox(person.control);
      fitListBox(order.control);
      loaded = true;
    })
    .catch(() => undefined);
  const from = day("log-from", t("incidents-filter-from"));
  const to = day("log-to", t("incidents-filter-to"));
  const clear = h("button", { type: "button" }, t("incidents-filter-clear"));
  clear.addEventListener("click", () => {
    for (const c of [kind.control, behaviour.control, files.control, person.control, order.control]) c.value = "";
    for (const d of [from, to]) {
      d.control.value = "";
      d.hint.textContent = t("incidents-filter-any-day");
    }
    changed();
  });
  const el = h(
    "fieldset",
    { class: "log-filters" },
    h("legend", {}, t("incidents-filter-legend")),
    kind.wrap,
    behaviour.wrap,
    files.wrap,
    person.wrap,
    order.wrap,
    from.wrap,
    to.wrap,
    h("div", { class: "actions start" }, clear),
  );
  const value = (): IncidentFilter => ({
    kind: (kind.control.value || null) as IncidentKind | null,
    behaviour: (behaviour.control.value || null) as Behaviour | null,
    with_attachments: files.control.value === "" ? null : files.control.value === "with",
    from: startOfDay(from.control.value),
    until: startOfDay(to.control.value, 1),
    profile: chosenId(person.control, initial?.person) || null,
    order: chosenId(order.control, initial?.order) || null,
  });
  if (initial) {
    kind.control.value = initial.kind;
    behaviour.control.value = initial.behaviour;
    files.control.value = initial.files;
    for (const [d, v] of [
      [from, initial.from],
      [to, initial.to],
    ] as const) {
      d.control.value = v;
      d.hint.textContent = v ? t("incidents-filter-chosen") : t("incidents-filter-any-day");
    }
  }
  const values = (): FilterValues => ({
    kind: kind.control.value,
    behaviour: behaviour.control.value,
    files: files.control.value,
    person: chosenId(person.control, initial?.person),
    order: chosenId(order.control, initial?.order),
    from: from.control.value,
    to: to.control.value,
  });
  const active = () =>
    [kind.control, behaviour.control, files.control, from.control, to.control].some((c) => c.value !== "") ||
    chosenId(person.control, initial?.person) !== "" ||
    chosenId(order.control, initial?.order) !== "";
  const chosenText = (c: HTMLSelectElement) => c.selectedOptions[0]?.textContent ?? c.value;
  const describe = () => {
    const parts: string[] = [];
    if (kind.control.value) parts.push(t("incidents-filter-said-kind", { choice: chosenText(kind.control) }));
    if (behaviour.control.value) parts.push(t("incidents-filter-said-fits", { choice: chosenText(behaviour.control) }));
    if (files.control.value) {
      parts.push(
        files.control.value === "with" ? t("incidents-filter-said-with-files") : t("incidents-filter-said-without-files"),
      );
    }
    if (person.control.value) parts.push(t("incidents-filter-said-who", { choice: chosenText(person.control) }));
    if (order.control.value) parts.push(t("incidents-filter-said-order", { choice: chosenText(order.control) }));
    if (from.control.value) parts.push(t("incidents-filter-said-from", { day: dayWords(from.control.value) }));
    if (to.control.value) parts.push(t("incidents-filter-said-to", { day: dayWords(to.control.value) }));
    return joined(parts);
  };
  const backwards = () => from.control.value !== "" && to.control.value !== "" && from.control.value > to.control.value;
  return { el, value, values, active, describe, backwards };
}

function entry(main: HTMLElement, incident: Incident, signal: AbortSignal): HTMLElement {
  const f = incident.current.fields;
  const linked = linkRows(f.links);
  const open = h(
    "button",
    {
      type: "button",
      "aria-label": t("incidents-open-label", { kind: kindLabel(f.kind), when: when(f.occurred_at) }),
      "data-incident-id": incident.id,
    },
    t("incidents-open"),
  );
  open.addEventListener("click", () => void showDetail(main, incident.id, signal));
  return h(
    "li",
    { class: "card" },
    h("h2", {}, kindLabel(f.kind), h("span", { class: "muted" }, ` · ${when(f.occurred_at)}`)),
    f.location ? h("p", { class: "muted" }, f.location) : null,
    h("p", { class: "excerpt" }, f.description),
    f.behaviours.length > 0
      ? h("p", { class: "muted" }, t("incidents-entry-fits", { behaviours: joined(f.behaviours.map(behaviourName)) }))
      : null,
    linked.who ? h("p", { class: "muted" }, t("incidents-entry-who", { who: linked.who })) : null,
    ...linked.breached.map((b) => h("p", { class: "muted entry-breach" }, t("incidents-entry-breach", { condition: b }))),
    incident.current.revision > 1
      ? h("p", { class: "muted" }, t("incidents-entry-corrected", { version: plain(incident.current.revision) }))
      : null,
    f.attachments.length > 0
      ? h("p", { class: "muted" }, t("incidents-entry-files", { count: plain(f.attachments.length) }))
      : null,
    open,
  );
}

/** `from`: the signal of the screen it is opened from; left meanwhile, the entry is not drawn. */
async function showDetail(main: HTMLElement, id: string, from: AbortSignal, justRecorded = false): Promise<void> {
  const history = await api.incidentHistory(id);
  const current = history[history.length - 1];
  if (!current) return;
  const back = h("button", { type: "button" }, t("incidents-back"));
  back.addEventListener("click", () => showIncidents(main, { returnTo: id }));
  const correct = h("button", { type: "button", class: "primary" }, t("incidents-correct"));
  correct.addEventListener("click", () => showForm(main, { id, fields: current.fields }));
  // For the many that repeat (messages, calls, the car again): the next one in a few keys.
  const another = h("button", { type: "button" }, t("incidents-another"));
  another.addEventListener("click", () => showForm(main, null, current.fields, id));
  // One look-up for the files of every version; if it fails the entry is still shown.
  const files = await loadAttachmentInfo(history.flatMap((r) => r.fields.attachments));
  if (from.aborted) return;
  screen(main, () => {
    main.append(
      h("div", { class: "actions start" }, back),
      h("h1", { tabindex: "-1" }, kindLabel(current.fields.kind)),
      ...(justRecorded ? [planPrompt(main)] : []),
      details(current.fields, current.recorded_at, history[0]?.recorded_at ?? current.recorded_at),
      attachedFiles(id, current.fields.attachments, files),
      h("div", { class: "actions start" }, correct, another),
      h("h2", {}, t("incidents-versions")),
      h(
        "ol",
        { class: "cards history", "aria-label": t("incidents-versions-label") },
        ...history.map((r, i) => {
          const previous = i > 0 ? history[i - 1] : undefined;
          const changed = previous ? changedFields(previous.fields, r.fields) : [];
          return h(
            "li",
            { class: "card" },
            h(
              "h3",
              {},
              r.revision === 1
                ? t("incidents-version-first")
                : t("incidents-version-correction", { number: plain(r.revision - 1) }),
            ),
            h("p", { class: "muted" }, t("incidents-version-written", { when: when(r.recorded_at) })),
            previous
              ? h(
                  "p",
                  {},
                  changed.length
                    ? t("incidents-version-changed", { fields: joined(changed) })
                    : t("incidents-version-unchanged"),
                )
              : null,
            h("p", { class: "excerpt" }, r.fields.description),
            versionFiles(r.fields.attachments, files),
          );
        }),
      ),
    );
    main.querySelector<HTMLElement>("h1")?.focus();
  });
}

/** "Attached files" and the list, or an empty fragment when there are none. */
/** After a new incident: a quiet suggestion to look over the plan, since things may have changed. */
function planPrompt(main: HTMLElement): HTMLElement {
  const open = h("button", { type: "button" }, t("incidents-plan-open"));
  open.addEventListener("click", () => showPlan(main));
  return h("div", { class: "guidance plan-prompt", role: "status" }, h("p", {}, t("incidents-plan-prompt")), open);
}

function attachedFiles(incidentId: string, ids: string[], files: Map<string, AttachmentMeta> | null): Node {
  if (ids.length === 0) return document.createDocumentFragment();
  const list = attachmentList(ids, files);
  const section = h(
    "section",
    { class: "attached-files", "aria-labelledby": "attached-files-title" },
    h("h2", { id: "attached-files-title" }, t("incidents-attached-files")),
    list,
  );
  // Outside a case only: in an advocate's case these are the advocate's own entries.
  if (openCase() === null) offerFileSharing(incidentId, list);
  return section;
}

function details(f: IncidentFields, lastWritten: string, firstWritten: string): HTMLElement {
  const linked = linkRows(f.links);
  const row = (label: string, value: string) =>
    value ? h("div", { class: "row" }, h("dt", {}, label), h("dd", {}, value)) : null;
  return h(
    "dl",
    { class: "card details" },
    row(
      t("incidents-row-happened"),
      f.occurred_until
        ? t("incidents-happened-span", { from: when(f.occurred_at), until: when(f.occurred_until) })
        : when(f.occurred_at),
    ),
    row(t("incidents-row-first-written"), when(firstWritten)),
    row(t("incidents-row-this-version"), when(lastWritten)),
    row(t("incidents-row-where"), f.location),
    row(t("incidents-row-who"), linked.who),
    ...linked.breached.map((b) => row(t("incidents-row-breaching"), b)),
    row(t("incidents-row-behaviour"), joined(f.behaviours.map(behaviourName))),
    row(t("incidents-row-description"), f.description),
    row(t("incidents-row-appearance"), f.perpetrator_appearance),
    row(t("incidents-row-vehicle"), f.vehicle),
    row(t("incidents-row-witnesses"), f.witnesses),
    row(t("incidents-row-impact"), f.impact_on_victim),
    row(t("incidents-row-daily-life"), f.impact_on_daily_life),
    row(t("incidents-row-officer"), f.police.officer),
    row(t("incidents-row-crime-ref"), f.police.crime_reference),
    row(t("incidents-row-also-told"), f.reported_to),
  );
}

/** Each field and its name in "Changed: …" (message ids). */
const FIELD_NAMES: [keyof IncidentFields, string][] = [
  ["occurred_at", message("incidents-field-occurred-at")],
  ["occurred_until", message("incidents-field-occurred-until")],
  ["location", message("incidents-field-location")],
  ["kind", message("incidents-field-kind")],
  ["behaviours", message("incidents-field-behaviours")],
  ["description", message("incidents-field-description")],
  ["perpetrator_appearance", message("incidents-field-appearance")],
  ["vehicle", message("incidents-field-vehicle")],
  ["witnesses", message("incidents-field-witnesses")],
  ["impact_on_victim", message("incidents-field-impact")],
  ["impact_on_daily_life", message("incidents-field-daily-life")],
  ["police", message("incidents-field-police")],
  ["reported_to", message("incidents-field-reported-to")],
  ["attachments", message("incidents-field-attachments")],
  ["links", message("incidents-field-links")],
];

/** Which fields a correction changed, in plain words, so versions are never silently merged. */
function changedFields(before: IncidentFields, after: IncidentFields): string[] {
  return FIELD_NAMES.filter(([key]) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).map(([, name]) =>
    t(name),
  );
}

/** For a datetime-local input: the local wall-clock time of an ISO instant. */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * The entry form: a new entry, a correction of `existing`, or (`like`) a new entry filled in from
 * another, for the many that repeat (the same kind, place, person and words, at a new time).
 */
function showForm(
  main: HTMLElement,
  existing: { id: string; fields: IncidentFields } | null,
  like?: IncidentFields,
  /** The entry `like` came from: Close goes back to it. */
  likeId?: string,
): void {
  screen(main, (signal) => {
    const start = field(t("incidents-form-when"), "occurred_at", { type: "datetime-local" });
    const until = field(t("incidents-form-until"), "occurred_until", { type: "datetime-local" });
    const location = field(t("incidents-form-where"), "location");
    const kind = h(
      "select",
      { id: "f-kind", name: "kind" },
      ...INCIDENT_KINDS.map(([code]) => h("option", { value: code }, kindLabel(code))),
    );
    const behaviours = h(
      "fieldset",
      { class: "field" },
      h("legend", {}, t("incidents-form-behaviours")),
      ...BEHAVIOURS.map(([code, , label]) =>
        h(
          "div",
          { class: "check" },
          h("input", { type: "checkbox", id: `b-${code}`, value: code }),
          h("label", { for: `b-${code}` }, t(label)),
        ),
      ),
    );
    const description = field(t("incidents-form-description"), "description", {
      multiline: true,
      hint: t("incidents-form-description-hint"),
    });
    const appearance = field(t("incidents-form-appearance"), "perpetrator_appearance", { multiline: true });
    const vehicle = field(t("incidents-form-vehicle"), "vehicle", { hint: t("incidents-form-vehicle-hint") });
    const witnesses = field(t("incidents-form-witnesses"), "witnesses");
    const impact = field(t("incidents-form-impact"), "impact_on_victim", { multiline: true });
    const daily = field(t("incidents-form-daily"), "impact_on_daily_life", {
      multiline: true,
      hint: t("incidents-form-daily-hint"),
    });
    const officer = field(t("incidents-form-officer"), "officer");
    const crimeRef = field(t("incidents-form-crime-ref"), "crime_reference");
    const reportedTo = field(t("incidents-form-reported-to"), "reported_to");
    const attachments = attachmentPicker(existing?.fields.attachments ?? [], existing !== null);
    const links = linkPicker(existing?.fields.links ?? like?.links ?? [], () => {
      document.querySelector<HTMLButtonElement>('nav button[data-screen="people"]')?.click();
    });
    // "Breaking a court order" says what; the condition ticked says which, and lets the log find it.
    const breachHint = h(
      "p",
      { class: "hint", id: "f-kind-breach-hint", hidden: true },
      t("incidents-form-breach-hint"),
    );
    const showBreachHint = () => {
      breachHint.hidden =
        kind.value !== "OrderBreach" ||
        links.links().some((l) => l.kind === "Breach") ||
        !links.el.querySelector('input[data-link^="Breach:"]');
    };
    kind.addEventListener("change", showBreachHint);
    links.el.addEventListener("change", showBreachHint);
    const error = h("p", { class: "form-error", role: "alert" });
    // Closing keeps what was typed as a draft (listed at the top); only Discard throws it away.
    const cancel = h("button", { type: "button", "aria-label": t("incidents-form-close-label") }, t("incidents-form-close"));
    cancel.addEventListener("click", () => {
      if (existing) void showDetail(main, existing.id, signal);
      else if (likeId) void showDetail(main, likeId, signal);
      else showIncidents(main);
    });

    // Filled in from `like`: what describes the event, never its time, police details or files.
    const f: IncidentFields | undefined =
      existing?.fields ??
      (like && {
        ...like,
        // Words the app wrote when bringing something in claim a source this entry does not have.
        description: broughtIn(like.description) ? "" : like.description,
        occurred_at: new Date().toISOString(),
        occurred_until: null,
        police: { officer: "", crime_reference: "" },
        reported_to: "",
        attachments: [],
      });
    start.control.value = toLocalInput(f?.occurred_at ?? new Date().toISOString());
    const draftNote = h("div", { class: "draft-note-host" });
    if (f?.occurred_until) until.control.value = toLocalInput(f.occurred_until);
    if (f) {
      location.control.value = f.location;
      kind.value = f.kind;
      for (const b of f.behaviours) {
        const box = behaviours.querySelector<HTMLInputElement>(`#b-${b}`);
        if (box) box.checked = true;
      }
      description.control.value = f.description;
      appearance.control.value = f.perpetrator_appearance;
      vehicle.control.value = f.vehicle;
      witnesses.control.value = f.witnesses;
      impact.control.value = f.impact_on_victim;
      daily.control.value = f.impact_on_daily_life;
      officer.control.value = f.police.officer;
      crimeRef.control.value = f.police.crime_reference;
      reportedTo.control.value = f.reported_to;
    }

    const form = h(
      "form",
      { class: "panel", "aria-labelledby": "incident-form-title" },
      h(
        "h1",
        { id: "incident-form-title", tabindex: "-1" },
        existing ? t("incidents-form-title-correct") : t("incidents-form-title-new"),
      ),
      existing
        ? h("p", { class: "hint" }, t("incidents-form-correct-hint"))
        : like
          ? h("p", { class: "hint" }, t("incidents-form-like-hint"))
          : null,
      draftNote,
      start.wrap,
      until.wrap,
      location.wrap,
      h("div", { class: "field" }, h("label", { for: "f-kind" }, t("incidents-form-kind")), kind, breachHint),
      behaviours,
      links.el,
      description.wrap,
      appearance.wrap,
      vehicle.wrap,
      witnesses.wrap,
      impact.wrap,
      daily.wrap,
      officer.wrap,
      crimeRef.wrap,
      reportedTo.wrap,
      attachments.el,
      error,
      h("div", { class: "actions" }, cancel, h("button", { type: "submit", class: "primary" }, t("incidents-form-save"))),
    );
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      if (!start.control.value) {
        error.textContent = t("incidents-form-need-time");
        start.control.focus();
        return;
      }
      if (attachments.busy()) {
        error.textContent = t("incidents-form-files-busy");
        return;
      }
      const fields: IncidentFields = {
        occurred_at: new Date(start.control.value).toISOString(),
        occurred_until: until.control.value ? new Date(until.control.value).toISOString() : null,
        location: location.control.value,
        kind: kind.value as IncidentKind,
        behaviours: BEHAVIOURS.map(([code]) => code).filter(
          (code) => behaviours.querySelector<HTMLInputElement>(`#b-${code}`)?.checked,
        ),
        description: description.control.value,
        perpetrator_appearance: appearance.control.value,
        vehicle: vehicle.control.value,
        witnesses: witnesses.control.value,
        impact_on_victim: impact.control.value,
        impact_on_daily_life: daily.control.value,
        police: { officer: officer.control.value, crime_reference: crimeRef.control.value },
        reported_to: reportedTo.control.value,
        attachments: attachments.ids(),
        links: links.links(),
      };
      const saving = draft.save((key) =>
        existing ? api.reviseIncident(existing.id, fields, key) : api.recordIncident(fields, key),
      );
      saving
        .then((saved) => showDetail(main, saved.id, signal, !existing))
        .catch((err: unknown) => {
          error.textContent = errorMessage(err, t("incidents-form-not-saved"));
        });
    });
    main.append(form);
    // What is typed here is kept as a draft until it is saved (a hide never loses it; leaving with
    // Cancel keeps it too, listed at the top to carry on or discard); a draft of this form kept
    // earlier fills it now.
    const linked = () => links.links().map((l) => `${l.kind}:${l.target}`).sort();
    const initial = JSON.stringify([readControls(form), attachments.ids(), linked()]);
    const draft = attachDraft(
      form,
      {
        key: existing ? correctionDraft(existing.id) : NEW_INCIDENT_DRAFT,
        label: () =>
          existing
            ? t("incidents-draft-correction", {
                when: when(existing.fields.occurred_at),
                kind: kindLabel(existing.fields.kind),
              })
            : t("incidents-draft-new"),
        read: () => {
          const controls = readControls(form);
          const ids = attachments.ids();
          return JSON.stringify([controls, ids, linked()]) === initial
            ? null
            : { controls, attachments: ids, extra: { links: links.links() } };
        },
        fill: (content) => {
          fillControls(form, content.controls);
          attachments.replace(content.attachments ?? []);
          const kept = content.extra?.links;
          if (Array.isArray(kept)) links.set(kept.filter(isLink));
        },
        clear: () => showForm(main, existing),
        saveHint: t("incidents-draft-save-hint"),
      },
      draftNote,
    );
    form.querySelector<HTMLElement>("h1")?.focus();
  });
}
