// The period a report covers and the entries in it, each ticked or not. Every entry listed is
// ticked, except ones the person unticked before: those are remembered across period changes, so
// widening the period does not tick them again.

import { api, errorMessage, type Incident } from "../../api";
import { field, h } from "../../dom";
import { t } from "../../i18n";
import { kindLabel } from "../../labels";
import {
  chosenCountText,
  formatHappened,
  normaliseDate,
  periodProblem,
  shorten,
  tickedAfterLoad,
  type EvidenceChoices,
  type ProblemAt,
} from "../evidence-logic";
import { checkbox } from "./controls";

export interface Entries {
  /** The period's dates and "Show entries" (the draft keeps its boxes). */
  periodForm: HTMLFormElement;
  /** The entries in the period, with how many are ticked and "Choose all" / "Choose none". */
  entries: HTMLElement;
  /** Lists the entries in the period now in the boxes (or says what is wrong with it). */
  load(): void;
  /** Entries the person unticked, sorted (for the draft). */
  untickedIds(): string[];
  /** Entries to leave unticked whenever they are listed (a draft carried on, or cleared). */
  setUnticked(ids: readonly string[]): void;
  /** The period and entries as chosen now. */
  state(): Pick<EvidenceChoices, "from" | "until" | "shown" | "listedCount" | "incidentIds">;
  /** Puts keyboard focus on the control a problem is about. */
  focus(at: ProblemAt): void;
}

export function entriesView(ctx: { signal: AbortSignal }): Entries {
  let listed: Incident[] = [];
  const ticked = new Set<string>();
  const unticked = new Set<string>();
  let shown: { from: string | null; until: string | null } | null = null;
  // Only the latest list load may fill the list.
  let loadCount = 0;

  const from = field(t("evidence-from"), "ev-from", { type: "date" });
  const until = field(t("evidence-until"), "ev-until", { type: "date" });
  const fromInput = from.control as HTMLInputElement;
  const untilInput = until.control as HTMLInputElement;
  const show = h("button", { type: "submit", id: "ev-show" }, t("evidence-show-entries"));
  const periodError = h("p", { class: "form-error", role: "alert", id: "ev-period-error" });
  const periodForm = h(
    "form",
    { class: "ev-period", "aria-labelledby": "ev-period-title", novalidate: true },
    h("h3", { id: "ev-period-title" }, t("evidence-period")),
    h("p", { class: "hint", id: "ev-period-hint" }, t("evidence-period-hint")),
    h("div", { class: "ev-dates" }, from.wrap, until.wrap, h("div", { class: "ev-show" }, show)),
    periodError,
  );
  for (const input of [fromInput, untilInput]) input.setAttribute("aria-describedby", "ev-period-hint");

  const count = h("p", { class: "status ev-count", role: "status", id: "ev-count" });
  const all = h("button", { type: "button", class: "small", id: "ev-choose-all" }, t("evidence-choose-all"));
  const none = h("button", { type: "button", class: "small", id: "ev-choose-none" }, t("evidence-choose-none"));
  const list = h("ul", { class: "ev-list", id: "ev-list", "aria-labelledby": "ev-entries-title" });
  const entries = h(
    "div",
    { class: "ev-entries" },
    h("h3", { id: "ev-entries-title" }, t("evidence-entries")),
    h("div", { class: "ev-entries-bar" }, count, h("div", { class: "ev-bulk" }, all, none)),
    list,
  );

  periodForm.addEventListener("submit", (e) => {
    e.preventDefault();
    const problem = periodProblem(fromInput.value, untilInput.value);
    if (problem) (problem.at === "from" ? fromInput : untilInput).focus();
    load();
  });
  // A finished date (or a cleared one) updates the list at once.
  for (const input of [fromInput, untilInput]) input.addEventListener("change", () => load());

  function load(): void {
    periodError.textContent = "";
    const problem = periodProblem(fromInput.value, untilInput.value);
    if (problem) {
      periodError.textContent = problem.message;
      return;
    }
    const period = { from: normaliseDate(fromInput.value), until: normaliseDate(untilInput.value) };
    const mine = ++loadCount;
    list.setAttribute("aria-busy", "true");
    api
      .incidentsBetween(period.from, period.until)
      .then((incidents) => {
        if (mine !== loadCount || ctx.signal.aborted) return;
        listed = incidents;
        shown = period;
        const keep = tickedAfterLoad(incidents.map((i) => i.id), unticked);
        ticked.clear();
        for (const id of keep) ticked.add(id);
        render();
      })
      .catch((e: unknown) => {
        if (mine !== loadCount || ctx.signal.aborted) return;
        periodError.textContent = errorMessage(e, t("evidence-entries-error"));
      })
      .finally(() => {
        if (mine === loadCount) list.removeAttribute("aria-busy");
      });
  }

  function render(): void {
    if (listed.length === 0) {
      list.replaceChildren(h("li", { class: "empty" }, t("evidence-no-entries")));
    } else {
      list.replaceChildren(...listed.map(row));
    }
    all.hidden = none.hidden = listed.length === 0;
    updateCount();
  }

  function row(incident: Incident): HTMLElement {
    const f = incident.current.fields;
    const files = f.attachments.length;
    const preview = shorten(f.description);
    const box = checkbox(
      `ev-incident-${incident.id}`,
      h("span", { class: "ev-row" },
        h("span", { class: "ev-row-head" },
          h("span", { class: "ev-when" }, formatHappened(f.occurred_at, f.occurred_until)),
          ` · ${kindLabel(f.kind)}`,
          files > 0 ? h("span", { class: "muted" }, ` · ${t("evidence-row-files", { count: files })}`) : null),
        // A space between the two lines, so a screen reader does not run them together.
        " ",
        h("span", { class: "ev-preview" }, preview || t("evidence-row-nothing-written")),
      ),
      { "data-incident-id": incident.id },
    );
    box.input.checked = ticked.has(incident.id);
    box.input.addEventListener("change", () => {
      setTicked(incident.id, box.input.checked);
      updateCount();
    });
    return h("li", {}, box.wrap);
  }

  function setTicked(id: string, on: boolean): void {
    if (on) {
      ticked.add(id);
      unticked.delete(id);
    } else {
      ticked.delete(id);
      unticked.add(id);
    }
  }

  function setAll(on: boolean): void {
    for (const i of listed) setTicked(i.id, on);
    for (const input of list.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) input.checked = on;
    updateCount();
  }
  all.addEventListener("click", () => setAll(true));
  none.addEventListener("click", () => setAll(false));

  function updateCount(): void {
    count.textContent = listed.length === 0 ? "" : chosenCountText(ticked.size, listed.length);
  }

  return {
    periodForm,
    entries,
    load,
    untickedIds: () => [...unticked].sort(),
    setUnticked(ids) {
      unticked.clear();
      for (const id of ids) unticked.add(id);
    },
    state: () => ({
      from: fromInput.value,
      until: untilInput.value,
      shown,
      listedCount: listed.length,
      // In list order (oldest first); Rust sorts anyway.
      incidentIds: listed.filter((i) => ticked.has(i.id)).map((i) => i.id),
    }),
    focus(at) {
      const target =
        at === "from"
          ? fromInput
          : at === "until"
            ? untilInput
            : at === "entries"
              ? (list.querySelector<HTMLElement>("input[type=checkbox]") ?? fromInput)
              : show;
      target.focus();
    },
  };
}
