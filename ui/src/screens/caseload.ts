// An advocate's caseload: one case for each person they support, each kept apart from every other
// and from the advocate's own space. Opening a case makes the plan, contacts, checklists and
// sharing screens show that case; each case also has private notes the person never sees. Notes
// being typed are held only in this screen's memory until saved, never in browser storage.

import "./records.css";
import "./caseload.css";
import { api, errorMessage, type CaseSummary, type Caseload } from "../api";
import { caseAnswer, noteCaseload } from "../cases";
import { field, h, keepPlace, screen } from "../dom";
import { t } from "../i18n";
import {
  CASE_ORDERS,
  type CaseOrder,
  caseRiskText,
  caseSharingText,
  checkCaseLabel,
  removeBlockedText,
  removeQuestion,
  sortCases,
} from "./caseload-logic";
import { localDateString } from "./plan-dates";
import { lastSyncedText } from "./sharing-logic";

export interface CaseloadOptions {
  /** A case was opened: show its plan. */
  opened(): void;
}

/** A message to show on one case's row after the list is drawn again. */
interface RowMessage {
  id: string;
  text: string;
  error: boolean;
}

export function showCaseload(main: HTMLElement, opts: CaseloadOptions): void {
  screen(main, (signal) => {
    const error = h("p", { class: "form-error", role: "alert", id: "caseload-error" });
    const status = h("p", { class: "status", role: "status", id: "caseload-status" });
    const list = h("ul", { class: "caseload-list", id: "caseload-list", "aria-label": t("caseload-list-label") });
    const order = h(
      "select",
      { id: "caseload-order", name: "caseload-order" },
      ...CASE_ORDERS.map(([value, words]) => h("option", { value }, t(words))),
    );
    const orderField = h(
      "div",
      { class: "field caseload-order", hidden: true },
      h("label", { for: "caseload-order" }, t("caseload-sort-label")),
      order,
    );
    const empty = h(
      "p",
      { class: "empty", id: "caseload-empty", hidden: true },
      t("caseload-empty"),
    );

    const label = field(t("caseload-field-label"), "case-label", {
      hint: t("caseload-field-hint"),
    });
    const labelInput = label.control as HTMLInputElement;
    labelInput.maxLength = 200;
    const add = h("button", { type: "submit", class: "primary", id: "case-add" }, t("caseload-add"));
    const addForm = h(
      "form",
      { class: "panel caseload-add", "aria-labelledby": "caseload-add-title", novalidate: true },
      h("h2", { id: "caseload-add-title" }, t("caseload-add-heading")),
      label.wrap,
      h("div", { class: "actions start" }, add),
    );

    main.append(
      h("h1", { tabindex: "-1" }, t("caseload-heading")),
      h(
        "p",
        { class: "lead" },
        t("caseload-lead"),
      ),
      error,
      status,
      orderField,
      list,
      empty,
      addForm,
    );
    main.querySelector<HTMLElement>("h1")?.focus();

    /** Notes typed but not saved yet, by case (memory only, gone when the screen is left). */
    const drafts = new Map<string, string>();
    /** Cases whose notes box is open. */
    const expanded = new Set<string>();
    /** The latest caseload shown. */
    let shown: Caseload | null = null;
    /** One change at a time: a second click while one is on its way does nothing. */
    let pending = false;

    function clearMessages(): void {
      error.textContent = "";
      status.textContent = "";
    }

    function render(c: Caseload, message?: RowMessage): void {
      shown = c;
      noteCaseload(c);
      const today = localDateString();
      keepPlace(main, () => {
        list.replaceChildren(
          ...sortCases(c.cases, order.value as CaseOrder).map((x) =>
            row(x, x.id === c.open, today, message?.id === x.id ? message : undefined),
          ),
        );
        list.hidden = c.cases.length === 0;
        empty.hidden = c.cases.length !== 0;
        orderField.hidden = c.cases.length < 2;
      });
    }
    order.addEventListener("change", () => {
      if (shown) render(shown);
    });

    /** Runs a case command, then draws the list from the caseload it answers with. */
    function act(
      call: () => Promise<Caseload>,
      failed: string,
      done: (c: Caseload) => void,
      rowId?: string,
    ): void {
      if (pending) return;
      pending = true;
      clearMessages();
      const taken = caseAnswer();
      call()
        .then((c) => {
          if (signal.aborted) {
            // Left the screen meanwhile: still take which case is open (not after a hide).
            taken(c);
            return;
          }
          done(c);
        })
        .catch((e: unknown) => {
          // Whatever failed, the banner must show what Rust has open now, not what was hoped for.
          api
            .caseload()
            .then(taken)
            .catch(() => undefined);
          if (signal.aborted) return;
          const text = errorMessage(e, failed);
          if (rowId && shown) render(shown, { id: rowId, text, error: true });
          else error.textContent = text;
        })
        .finally(() => {
          pending = false;
        });
    }

    function row(c: CaseSummary, isOpen: boolean, today: string, message?: RowMessage): HTMLElement {
      const titleId = `case-title-${c.id}`;
      const notesId = `case-notes-${c.id}`;
      const hintId = `${notesId}-hint`;

      const open = h(
        "button",
        { type: "button", class: "primary small", "data-action": "case-open", "aria-label": t("caseload-open-label", { label: c.label }) },
        isOpen ? t("caseload-go-to") : t("caseload-open"),
      );
      open.addEventListener("click", () =>
        act(
          () => api.caseOpen(c.id),
          t("caseload-open-failed"),
          (next) => {
            noteCaseload(next);
            opts.opened();
          },
          c.id,
        ),
      );

      // ---- Private notes ----
      const notes = h("textarea", {
        id: notesId,
        name: notesId,
        rows: "5",
        spellcheck: "false",
        autocomplete: "off",
        "aria-describedby": hintId,
      });
      notes.value = drafts.get(c.id) ?? c.notes;
      notes.addEventListener("input", () => {
        if (notes.value === c.notes) drafts.delete(c.id);
        else drafts.set(c.id, notes.value);
      });
      const save = h(
        "button",
        { type: "button", class: "small", "data-action": "case-notes-save", "aria-label": t("caseload-notes-save-label", { label: c.label }) },
        t("caseload-notes-save"),
      );
      save.addEventListener("click", () => {
        const text = notes.value;
        act(
          () => api.caseSetNotes(c.id, text),
          t("caseload-notes-save-failed"),
          (next) => {
            // Typed on while saving: what came after stays as a draft.
            if (drafts.get(c.id) === text) drafts.delete(c.id);
            render(next, { id: c.id, text: t("caseload-notes-saved"), error: false });
          },
          c.id,
        );
      });
      const details = h(
        "details",
        { class: "case-notes", open: expanded.has(c.id) || drafts.has(c.id) },
        h("summary", {}, drafts.has(c.id) ? t("caseload-notes-summary-unsaved") : t("caseload-notes-summary")),
        h("label", { for: notesId }, t("caseload-notes-label", { label: c.label })),
        h("p", { class: "hint", id: hintId }, t("caseload-notes-hint")),
        notes,
        h("div", { class: "actions start" }, save),
      );
      details.addEventListener("toggle", () => {
        if (details.open) expanded.add(c.id);
        else expanded.delete(c.id);
      });

      // ---- Removing ----
      const remove = h(
        "button",
        { type: "button", class: "small danger", "data-action": "case-remove", "aria-label": t("caseload-remove-label", { label: c.label }) },
        t("caseload-remove"),
      );
      const questionId = `case-remove-question-${c.id}`;
      const yes = h("button", { type: "button", class: "small danger", "data-action": "case-remove-yes" }, t("caseload-remove-yes"));
      const no = h("button", { type: "button", class: "small", "data-action": "case-remove-no" }, t("caseload-remove-no"));
      const confirm = h(
        "div",
        { class: "confirm", role: "group", "aria-labelledby": questionId, hidden: true },
        h("p", { id: questionId }, removeQuestion(c.label)),
        yes,
        no,
      );
      const rowError = h("p", { class: "form-error case-row-error", role: "alert" });
      const rowStatus = h("p", { class: "status case-row-status", role: "status" });
      if (message) (message.error ? rowError : rowStatus).textContent = message.text;

      remove.addEventListener("click", () => {
        clearMessages();
        rowStatus.textContent = "";
        const blocked = removeBlockedText(c);
        rowError.textContent = blocked ?? "";
        if (blocked) return;
        confirm.hidden = false;
        no.focus();
      });
      no.addEventListener("click", () => {
        confirm.hidden = true;
        remove.focus();
      });
      confirm.addEventListener("keydown", (e) => {
        if (e.key !== "Escape") return;
        e.preventDefault();
        confirm.hidden = true;
        remove.focus();
      });
      yes.addEventListener("click", () =>
        act(
          () => api.caseRemove(c.id),
          t("caseload-remove-failed"),
          (next) => {
            drafts.delete(c.id);
            expanded.delete(c.id);
            render(next);
            status.textContent = t("caseload-removed", { label: c.label });
            main.querySelector<HTMLElement>("h1")?.focus();
          },
          c.id,
        ),
      );

      return h(
        "li",
        { class: "card case", "data-item-id": c.id, "data-sharing": c.sharing, "aria-labelledby": titleId },
        h(
          "div",
          { class: "case-head" },
          h("h2", { id: titleId }, c.label),
          isOpen ? h("span", { class: "badge" }, t("caseload-open-now")) : null,
        ),
        h(
          "p",
          { class: "case-facts" },
          h("span", { class: "case-sharing" }, caseSharingText(c.sharing)),
          " · ",
          h("span", { class: "case-synced" }, lastSyncedText(c.last_synced)),
        ),
        h(
          "p",
          { class: "case-risk", "data-level": c.risk?.level ?? "none" },
          c.risk?.level === "High" ? h("span", { class: "badge case-high" }, t("caseload-high")) : null,
          caseRiskText(c.risk, today),
        ),
        rowError,
        rowStatus,
        h("div", { class: "card-actions" }, open, remove),
        confirm,
        details,
      );
    }

    addForm.addEventListener("submit", (e) => {
      e.preventDefault();
      clearMessages();
      labelInput.removeAttribute("aria-invalid");
      const checked = checkCaseLabel(labelInput.value);
      if (!checked.ok) {
        error.textContent = checked.message;
        labelInput.setAttribute("aria-invalid", "true");
        labelInput.focus();
        return;
      }
      act(
        () => api.caseAdd(checked.value),
        t("caseload-add-failed"),
        (next) => {
          labelInput.value = "";
          render(next);
          status.textContent = t("caseload-added", { label: checked.value });
        },
      );
    });

    const taken = caseAnswer();
    api
      .caseload()
      .then((c) => {
        if (!signal.aborted) render(c);
        else taken(c);
      })
      .catch((e: unknown) => {
        if (!signal.aborted) error.textContent = errorMessage(e, t("caseload-load-failed"));
      });
  });
}
