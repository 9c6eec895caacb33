// The incident log: a timeline, a new entry with every field the police and courts ask about,
// corrections as new versions with the history shown, and a plain-words check of the log. Files
// (photos, screenshots, letters) can be attached; each is shown with its SHA-256. In an advocate's
// open case, what the person shares of their own log shows first, read-only (shared-records.ts).

import {
  api,
  onCaseSwitch,
  isApiError,
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
import { field, h } from "../dom";
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
import { chooseChat } from "./chat-import";
import { showFilesImport } from "./files-import";
import { chooseEmails } from "./email-import";

const BEHAVIOURS: [Behaviour, string][] = [
  ["Fixated", "Fixated: they seem fixed on me"],
  ["Obsessed", "Obsessed: it takes over their time"],
  ["Unwanted", "Unwanted: I did not want this"],
  ["Repeated", "Repeated: it keeps happening"],
];

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
  try {
    const history = await api.incidentHistory(id);
    const current = history[history.length - 1];
    if (current) {
      showForm(main, { id, fields: current.fields });
      return;
    }
  } catch {
    // The entry is not here (any more): the log, where the draft stays listed.
  }
  showIncidents(main);
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
  const list = h("ol", { class: "cards timeline", "aria-label": "Incidents, newest first" });
  const check = h("p", { class: "status log-check", role: "status" });
  const newButton = h("button", { type: "button", class: "primary" }, "Write down what happened");
  newButton.addEventListener("click", () => showForm(main, null));
  const importStatus = h("p", { class: "status", role: "status" });
  const chatButton = h("button", { type: "button" }, "Bring in a chat or list of messages…");
  // Back from bringing things in: the whole log (a filter chosen before would hide what came in),
  // focus on the heading, the outcome said.
  const afterImport = ({ message }: { message: string }) => {
    remembered = null;
    showIncidents(main, { message, focusHeading: true });
  };
  chatButton.addEventListener("click", () => {
    void chooseChat(main, importStatus, afterImport);
  });
  const filesButton = h("button", { type: "button" }, "Bring in photos or files…");
  filesButton.addEventListener("click", () => showFilesImport(main, afterImport));
  const emailButton = h("button", { type: "button", id: "email-choose" }, "Bring in e-mails…");
  emailButton.addEventListener("click", () => void chooseEmails(main, importStatus, afterImport));
  if (opts.message) importStatus.textContent = opts.message;
  // In an advocate's open case: what the person shares of their own log, read-only, kept apart
  // from the case's own entries below.
  const shared = sharedSection({
    what: "incidents",
    screen: "incidents",
    lead: SHARED_INCIDENTS_LEAD,
    listLabel: "Incidents the person shares, newest first",
    load: async () => {
      const shared = await api.sharedRecords();
      const arrivals = new Map(shared.arrivals.map((a) => [a.sha256, a]));
      return shared.incidents.map((i) => sharedIncidentEntry(i, arrivals));
    },
  });
  const view = remembered;
  const filters = logFilters(() => void showPage(true), view?.filters);
  const count = h("p", { class: "status log-count", role: "status" });
  const older = h("button", { type: "button", hidden: true }, "Show older entries");
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
      if (ask !== asked || !list.isConnected) return;
      const items = page.incidents.map((i) => entry(main, i));
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
        ? "The From day is after the To day: nothing can match. Choose the days again."
        : countText(shown, Number(count.dataset.total ?? shown), filters.describe());
      if (shown === 0 && !filters.active()) list.append(h("li", { class: "empty" }, "Nothing written down yet."));
      // The end of the log is said where the list ends, not only above it.
      end.textContent = shown > 0 && next === null ? "That is everything." : "";
    } catch (e) {
      if (ask !== asked) return;
      if (fresh) list.replaceChildren();
      older.hidden = true;
      count.textContent = isApiError(e) ? e.message : "Could not load the log.";
    }
  }
  older.addEventListener("click", () => {
    // Focus stays near the new entries: the first of them, once drawn.
    const before = shown;
    void showPage(false).then(() => list.querySelectorAll<HTMLElement>("li.card button")[before]?.focus());
  });
  main.replaceChildren(
    h("h1", { tabindex: "-1" }, "Incident log"),
    ...(shared ? [shared] : []),
    h(
      "p",
      { class: "lead" },
      "Write things down as soon as you can. Each entry keeps the time it was written, and " +
        "corrections are kept as new versions, so it can be shown to the police or a court.",
    ),
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
            : report.Intact.count === 1
            ? "Checked: the saved version has not been changed since it was written."
            : `Checked: none of the ${report.Intact.count} saved versions has been changed since it was written.`
          : "Warning: part of this log has been changed outside the app since it was written.";
    } catch (e) {
      check.textContent = isApiError(e) ? e.message : "Could not load the log.";
    }
  })();
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
  const matching = filtered ? " matching" : "";
  if (total === 0) return filtered ? `No entries match ${filtered}. Show everything to see the whole log.` : "";
  if (total === 1) return `1${matching} entry.`;
  return shown >= total
    ? `All ${total}${matching} entries.`
    : `The newest ${shown} of ${total}${matching} entries.`;
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

/** "3 Oct 2026" for a date box's YYYY-MM-DD. */
function dayWords(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).toLocaleDateString("en-GB", {
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
  const kind = select("log-kind", "What happened", [
    ["", "Any kind"],
    ...INCIDENT_KINDS.map(([k]): [string, string] => [k, kindLabel(k)]),
  ]);
  const behaviour = select("log-behaviour", "Fits", [
    ["", "Anything"],
    ...BEHAVIOURS.map(([b, text]): [string, string] => [b, text.split(":")[0] ?? b]),
  ]);
  const files = select("log-files", "Files", [
    ["", "With or without"],
    ["with", "With files attached"],
    ["without", "Without files"],
  ]);
  // An empty date box still shows a date in grey (WebKitGTK): the hint under it says what is chosen.
  const day = (id: string, label: string) => {
    const control = h("input", { id, type: "date", "aria-describedby": `${id}-hint` });
    const hint = h("span", { class: "hint", id: `${id}-hint` }, "Any day");
    control.addEventListener("change", () => {
      hint.textContent = control.value ? "Chosen" : "Any day";
      changed();
    });
    return {
      control,
      hint,
      wrap: h("div", { class: "field" }, h("label", { for: id }, label), control, hint),
    };
  };
  // Who, and which order was broken: shown once there are people or orders to choose from.
  const person = select("log-person", "Who", [["", "Anyone"]]);
  const order = select("log-order", "Order broken", [["", "Any, or none"]]);
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
      loaded = true;
    })
    .catch(() => undefined);
  const from = day("log-from", "From (day)");
  const to = day("log-to", "To (day)");
  const clear = h("button", { type: "button" }, "Show everything");
  clear.addEventListener("click", () => {
    for (const c of [kind.control, behaviour.control, files.control, person.control, order.control]) c.value = "";
    for (const d of [from, to]) {
      d.control.value = "";
      d.hint.textContent = "Any day";
    }
    changed();
  });
  const el = h(
    "fieldset",
    { class: "log-filters" },
    h("legend", {}, "Show only"),
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
      d.hint.textContent = v ? "Chosen" : "Any day";
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
    if (kind.control.value) parts.push(`what happened: ${chosenText(kind.control)}`);
    if (behaviour.control.value) parts.push(`fits: ${chosenText(behaviour.control)}`);
    if (files.control.value) parts.push(chosenText(files.control).toLowerCase());
    if (person.control.value) parts.push(`who: ${chosenText(person.control)}`);
    if (order.control.value) parts.push(`broke: ${chosenText(order.control)}`);
    if (from.control.value) parts.push(`from ${dayWords(from.control.value)}`);
    if (to.control.value) parts.push(`to ${dayWords(to.control.value)}`);
    return parts.join(", ");
  };
  const backwards = () => from.control.value !== "" && to.control.value !== "" && from.control.value > to.control.value;
  return { el, value, values, active, describe, backwards };
}

function entry(main: HTMLElement, incident: Incident): HTMLElement {
  const f = incident.current.fields;
  const linked = linkRows(f.links);
  const open = h(
    "button",
    {
      type: "button",
      "aria-label": `Open: ${kindLabel(f.kind)}, ${when(f.occurred_at)}`,
      "data-incident-id": incident.id,
    },
    "Open",
  );
  open.addEventListener("click", () => void showDetail(main, incident.id));
  return h(
    "li",
    { class: "card" },
    h("h2", {}, kindLabel(f.kind), h("span", { class: "muted" }, ` · ${when(f.occurred_at)}`)),
    f.location ? h("p", { class: "muted" }, f.location) : null,
    h("p", { class: "excerpt" }, f.description),
    f.behaviours.length > 0
      ? h("p", { class: "muted" }, `Fits: ${f.behaviours.map((b) => b.toString()).join(", ")}`)
      : null,
    linked.who ? h("p", { class: "muted" }, `Who: ${linked.who}`) : null,
    ...linked.breached.map((b) => h("p", { class: "muted entry-breach" }, `Marked as breaching ${b}`)),
    incident.current.revision > 1
      ? h("p", { class: "muted" }, `Corrected (version ${incident.current.revision})`)
      : null,
    f.attachments.length > 0
      ? h("p", { class: "muted" }, f.attachments.length === 1 ? "1 file attached" : `${f.attachments.length} files attached`)
      : null,
    open,
  );
}

async function showDetail(main: HTMLElement, id: string, justRecorded = false): Promise<void> {
  const history = await api.incidentHistory(id);
  const current = history[history.length - 1];
  if (!current) return;
  const back = h("button", { type: "button" }, "Back to the log");
  back.addEventListener("click", () => showIncidents(main, { returnTo: id }));
  const correct = h("button", { type: "button", class: "primary" }, "Correct or add to this entry");
  correct.addEventListener("click", () => showForm(main, { id, fields: current.fields }));
  // For the many that repeat (messages, calls, the car again): the next one in a few keys.
  const another = h("button", { type: "button" }, "Write another like this one");
  another.addEventListener("click", () => showForm(main, null, current.fields, id));
  // One look-up for the files of every version; if it fails the entry is still shown.
  const files = await loadAttachmentInfo(history.flatMap((r) => r.fields.attachments));
  main.replaceChildren(
    h("div", { class: "actions start" }, back),
    h("h1", { tabindex: "-1" }, kindLabel(current.fields.kind)),
    ...(justRecorded ? [planPrompt(main)] : []),
    details(current.fields, current.recorded_at, history[0]?.recorded_at ?? current.recorded_at),
    attachedFiles(id, current.fields.attachments, files),
    h("div", { class: "actions start" }, correct, another),
    h("h2", {}, "Versions"),
    h(
      "ol",
      { class: "cards history", "aria-label": "All versions, oldest first" },
      ...history.map((r, i) => {
        const previous = i > 0 ? history[i - 1] : undefined;
        const changed = previous ? changedFields(previous.fields, r.fields) : [];
        return h(
          "li",
          { class: "card" },
          h("h3", {}, r.revision === 1 ? "First written" : `Correction ${r.revision - 1}`),
          h("p", { class: "muted" }, `Written ${when(r.recorded_at)}`),
          previous
            ? h("p", {}, changed.length ? `Changed: ${changed.join(", ")}` : "No changes to the text.")
            : null,
          h("p", { class: "excerpt" }, r.fields.description),
          versionFiles(r.fields.attachments, files),
        );
      }),
    ),
  );
  main.querySelector<HTMLElement>("h1")?.focus();
}

/** "Attached files" and the list, or an empty fragment when there are none. */
/** After a new incident: a quiet suggestion to look over the plan, since things may have changed. */
function planPrompt(main: HTMLElement): HTMLElement {
  const open = h("button", { type: "button" }, "Look over my safety plan");
  open.addEventListener("click", () => showPlan(main));
  return h(
    "div",
    { class: "guidance plan-prompt", role: "status" },
    h(
      "p",
      {},
      "This is saved. When something new happens, it can help to look over your safety plan " +
        "and check it still fits. There's no rush.",
    ),
    open,
  );
}

function attachedFiles(incidentId: string, ids: string[], files: Map<string, AttachmentMeta> | null): Node {
  if (ids.length === 0) return document.createDocumentFragment();
  const list = attachmentList(ids, files);
  const section = h(
    "section",
    { class: "attached-files", "aria-labelledby": "attached-files-title" },
    h("h2", { id: "attached-files-title" }, "Attached files"),
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
    row("Happened", f.occurred_until ? `${when(f.occurred_at)} to ${when(f.occurred_until)}` : when(f.occurred_at)),
    row("First written", when(firstWritten)),
    row("This version written", when(lastWritten)),
    row("Where", f.location),
    row("Who", linked.who),
    ...linked.breached.map((b) => row("Marked as breaching", b)),
    row("Behaviour", f.behaviours.join(", ")),
    row("What was said or done", f.description),
    row("What they looked like", f.perpetrator_appearance),
    row("Vehicle", f.vehicle),
    row("Witnesses", f.witnesses),
    row("How it affected me", f.impact_on_victim),
    row("How it changed my daily life", f.impact_on_daily_life),
    row("Police officer", f.police.officer),
    row("Crime reference", f.police.crime_reference),
    row("Also told", f.reported_to),
  );
}

const FIELD_NAMES: [keyof IncidentFields, string][] = [
  ["occurred_at", "when it happened"],
  ["occurred_until", "until when"],
  ["location", "where"],
  ["kind", "kind"],
  ["behaviours", "behaviour"],
  ["description", "what was said or done"],
  ["perpetrator_appearance", "appearance"],
  ["vehicle", "vehicle"],
  ["witnesses", "witnesses"],
  ["impact_on_victim", "how it affected me"],
  ["impact_on_daily_life", "daily life"],
  ["police", "police details"],
  ["reported_to", "also told"],
  ["attachments", "attachments"],
  ["links", "who, or the order broken"],
];

/** Which fields a correction changed, in plain words, so versions are never silently merged. */
function changedFields(before: IncidentFields, after: IncidentFields): string[] {
  return FIELD_NAMES.filter(([key]) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).map(
    ([, name]) => name,
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
  const start = field("When did it happen?", "occurred_at", { type: "datetime-local" });
  const until = field("Until (if it went on for a while)", "occurred_until", { type: "datetime-local" });
  const location = field("Where", "location");
  const kind = h(
    "select",
    { id: "f-kind", name: "kind" },
    ...INCIDENT_KINDS.map(([code, label]) => h("option", { value: code }, label)),
  );
  const behaviours = h(
    "fieldset",
    { class: "field" },
    h("legend", {}, "Which of these fit? (choose any)"),
    ...BEHAVIOURS.map(([code, label]) =>
      h(
        "div",
        { class: "check" },
        h("input", { type: "checkbox", id: `b-${code}`, value: code }),
        h("label", { for: `b-${code}` }, label),
      ),
    ),
  );
  const description = field("What was said or done", "description", {
    multiline: true,
    hint: "Their exact words if you can remember them.",
  });
  const appearance = field("What did they look like?", "perpetrator_appearance", { multiline: true });
  const vehicle = field("Vehicle", "vehicle", { hint: "Make, colour, number plate if seen." });
  const witnesses = field("Witnesses", "witnesses");
  const impact = field("How did it make you feel?", "impact_on_victim", { multiline: true });
  const daily = field("Has it changed what you do day to day?", "impact_on_daily_life", {
    multiline: true,
    hint: "For example a different route, staying in, time off work. This matters to the police.",
  });
  const officer = field("Police officer (if reported)", "officer");
  const crimeRef = field("Crime reference number", "crime_reference");
  const reportedTo = field("Anyone else you told", "reported_to");
  const attachments = attachmentPicker(existing?.fields.attachments ?? [], existing !== null);
  const links = linkPicker(existing?.fields.links ?? like?.links ?? [], () => {
    document.querySelector<HTMLButtonElement>('nav button[data-screen="people"]')?.click();
  });
  // "Breaking a court order" says what; the condition ticked says which, and lets the log find it.
  const breachHint = h(
    "p",
    { class: "hint", id: "f-kind-breach-hint", hidden: true },
    "Tick the condition they broke, under “Did they break an order or condition?”, so the log can find this entry by its order.",
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
  const cancel = h("button", { type: "button", "aria-label": "Close without saving; what you wrote is kept as a draft" }, "Close");
  cancel.addEventListener("click", () => {
    if (existing) void showDetail(main, existing.id);
    else if (likeId) void showDetail(main, likeId);
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
    h("h1", { id: "incident-form-title", tabindex: "-1" }, existing ? "Correct or add to this entry" : "Write down what happened"),
    existing
      ? h("p", { class: "hint" }, "The first version stays as it was. This is saved as a new version, with today's date.")
      : like
        ? h("p", { class: "hint" }, "Filled in from the entry you were looking at. Check the time, and change anything that was different.")
        : null,
    draftNote,
    start.wrap,
    until.wrap,
    location.wrap,
    h("div", { class: "field" }, h("label", { for: "f-kind" }, "What kind of thing happened?"), kind, breachHint),
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
    h("div", { class: "actions" }, cancel, h("button", { type: "submit", class: "primary" }, "Save")),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (!start.control.value) {
      error.textContent = "Please give the date and time, even roughly.";
      start.control.focus();
      return;
    }
    if (attachments.busy()) {
      error.textContent = "The files are still being added. Please save again in a moment.";
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
      .then((saved) => showDetail(main, saved.id, !existing))
      .catch((err: unknown) => {
        error.textContent = isApiError(err) ? err.message : "That could not be saved. Nothing was lost; please try again.";
      });
  });
  main.replaceChildren(form);
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
          ? `A correction to the entry of ${when(existing.fields.occurred_at)} (${kindLabel(existing.fields.kind)})`
          : "A new incident",
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
      saveHint: "press Save, at the end of the form, to keep it",
    },
    draftNote,
  );
  form.querySelector<HTMLElement>("h1")?.focus();
}
