// Routine-change and device-safety checklists, with what is due now (recurring items come back).
// The lists are the person's own: each can be changed (renamed, items added, reworded or removed,
// the list removed) behind its "Change this list" button, so ticking stays uncluttered, and new
// lists can be made. While working together, the advocate's ticks and edits show up as they
// arrive; what is being typed into a list being changed is kept across that redraw.

import "./records.css";
import { api, errorMessage, type Checklist, type ChecklistItem, type Recurrence } from "../api";
import { fitListBox, h, keepPlace, screen, showForAWhile, updatedNote } from "../dom";
import { attachScreen, sharedItems } from "../live";
import { touchedScreens } from "./live-logic";
import { working } from "./form-errors";
import { askInPlace } from "./ask-in-place";
import { keepAsDraft } from "../drafts";
import { message, t } from "../i18n";

/** Drafts here: a new list's name, and a new item for list `id` (`list-item:<id>`). */
const NEW_LIST_DRAFT = "list-new";
const newItemDraft = (listId: string) => `list-item:${listId}`;

function repeatText(r: Recurrence): string {
  if (r === "None") return "";
  if (r === "Weekly") return t("checklists-repeat-weekly");
  if (r === "Monthly") return t("checklists-repeat-monthly");
  return t("checklists-repeat-days", { days: r.EveryNDays });
}

/** The repeat choices offered, as [value, label's message id]; an item's own EveryNDays is added to them. */
const REPEATS: readonly [string, string][] = [
  ["None", message("checklists-repeat-once")],
  ["Weekly", message("checklists-repeat-every-week")],
  ["Monthly", message("checklists-repeat-every-month")],
];

function recurrenceValue(r: Recurrence): string {
  return typeof r === "string" ? r : `days:${r.EveryNDays}`;
}

function recurrenceOf(value: string): Recurrence {
  if (value === "Weekly" || value === "Monthly") return value;
  const days = /^days:(\d+)$/.exec(value);
  return days ? { EveryNDays: Number(days[1]) } : "None";
}

function repeatSelect(id: string, current: Recurrence = "None"): HTMLSelectElement {
  const select = h("select", { id, "data-keep": "" }, ...REPEATS.map(([v, label]) => h("option", { value: v }, t(label))));
  const value = recurrenceValue(current);
  if (!REPEATS.some(([v]) => v === value) && typeof current !== "string") {
    select.append(h("option", { value }, t("checklists-repeat-every-days", { days: current.EveryNDays })));
  }
  select.value = value;
  fitListBox(select);
  return select;
}

export interface ChecklistsOptions {
  /** Carrying on with a draft: the new-list box, or that list open for changing at its new item. */
  focusDraft?: string;
}

export function showChecklists(main: HTMLElement, opts: ChecklistsOptions = {}): void {
  screen(main, (signal) => {
    const lists = h("div", { class: "sections" });
    const status = h("p", { class: "status", role: "status" });
    const heading = h("h1", { tabindex: "-1" }, t("checklists-title"));
    /** The lists open for changing, kept open across redraws. */
    const changing = new Set<string>();
    const draftList = opts.focusDraft?.startsWith("list-item:") ? opts.focusDraft.slice("list-item:".length) : null;
    if (draftList) changing.add(draftList);
    const newList = newListForm((list) => {
      changing.add(list.id);
      load(undefined, () => {
        status.textContent = t("checklists-made", { list: list.title });
        document.getElementById(`f-new-item-${list.id}`)?.focus();
      });
    });
    main.append(heading, status, lists, newList);
    /** Loads run one after another, so an older list never replaces a newer one. */
    let queue: Promise<void> = Promise.resolve();
    /**
     * `changed`: after the other side's edits, the documents they changed (marked for a moment).
     * `then`: runs once this load has drawn (to move focus or say something).
     */
    const load = (changed?: readonly string[], then?: () => void) => {
      queue = queue.then(async () => {
        try {
          const [all, due] = await Promise.all([api.listChecklists(), api.dueChecklistItems()]);
          if (signal.aborted) return;
          const dueIds = new Set(due.map((i) => i.id));
          for (const id of changing) if (!all.some((c) => c.id === id)) changing.delete(id);
          // What is typed into a list being changed survives the redraw.
          const typed = new Map<string, string>();
          for (const box of lists.querySelectorAll<HTMLInputElement | HTMLSelectElement>("[data-keep]")) {
            if (box.id) typed.set(box.id, box.value);
          }
          keepPlace(main, () => {
            status.textContent = due.length ? t("checklists-due-count", { count: due.length }) : t("checklists-nothing-due");
            lists.replaceChildren(
              ...all.map((c) =>
                checklist(c, dueIds, changed?.includes(c.id) ?? false, {
                  changing: changing.has(c.id),
                  setChanging: (on) => {
                    if (on) changing.add(c.id);
                    else changing.delete(c.id);
                    load(undefined, () => document.getElementById(`change-${c.id}`)?.focus());
                  },
                  reload: (message, focusId) =>
                    load(undefined, () => {
                      if (message) status.textContent = message;
                      (document.getElementById(focusId ?? "") ?? heading).focus();
                    }),
                }),
              ),
            );
            for (const [id, value] of typed) {
              const box = document.getElementById(id);
              if (box instanceof HTMLInputElement || box instanceof HTMLSelectElement) box.value = value;
            }
          });
          then?.();
        } catch (e) {
          // A failed reload after the other side's change leaves the list as it was.
          if (!changed) status.textContent = errorMessage(e, t("checklists-load-failed"));
        }
      });
    };
    load(undefined, () => {
      if (opts.focusDraft === NEW_LIST_DRAFT) document.getElementById("f-new-list")?.focus();
      else if (draftList) document.getElementById(`f-new-item-${draftList}`)?.focus();
    });
    attachScreen(lists, {
      changed: (documents) => {
        if (touchedScreens(documents, sharedItems()).has("checklists")) load(documents);
      },
    });
  });
}

interface ListActions {
  changing: boolean;
  setChanging(on: boolean): void;
  /** Draws again, then says `message` and focuses the element with `focusId` (else the heading). */
  reload(message?: string, focusId?: string): void;
}

function checklist(c: Checklist, due: Set<string>, changed: boolean, actions: ListActions): HTMLElement {
  const updated = updatedNote("p");
  if (changed) showForAWhile(updated);
  const toggle = h(
    "button",
    {
      type: "button",
      class: "small",
      id: `change-${c.id}`,
      "aria-expanded": actions.changing ? "true" : "false",
      "aria-label": actions.changing
        ? t("checklists-done-changing-label", { list: c.title })
        : t("checklists-change-list-label", { list: c.title }),
    },
    actions.changing ? t("checklists-done-changing") : t("checklists-change-list"),
  );
  toggle.addEventListener("click", () => actions.setChanging(!actions.changing));
  const items = c.items.map((i) => (actions.changing ? editableItem(i, actions) : item(i, due.has(i.id))));
  return h(
    "section",
    { class: "card checklist", "aria-labelledby": `cl-${c.id}`, "data-checklist-id": c.id },
    // The toggle beside the title, so it stays where it was pressed as the list opens below it.
    h("div", { class: "checklist-head" }, h("h2", { id: `cl-${c.id}` }, c.title), toggle),
    updated,
    c.warning ? h("p", { class: "warning", role: "note" }, c.warning) : null,
    h(
      "ul",
      { class: "items" },
      ...items,
      items.length === 0 ? h("li", { class: "empty" }, t("checklists-empty")) : null,
    ),
    actions.changing ? listEditor(c, actions) : null,
  );
}

function item(i: ChecklistItem, isDue: boolean): HTMLElement {
  const box = h("input", { type: "checkbox", id: `ci-${i.id}`, checked: !isDue && i.done_at !== null });
  const repeat = repeatText(i.recurrence);
  box.addEventListener("change", () => {
    void api.setChecklistItemDone(i.id, box.checked).catch(() => {
      box.checked = !box.checked;
    });
  });
  return h(
    "li",
    { class: "check" },
    box,
    h("label", { for: `ci-${i.id}` }, i.text, repeat ? h("span", { class: "muted" }, ` (${repeat})`) : null),
    isDue && i.done_at ? h("span", { class: "badge" }, t("checklists-due-again")) : null,
  );
}

/** An item while its list is being changed: its words with Change and Remove. */
function editableItem(i: ChecklistItem, actions: ListActions): HTMLElement {
  const repeat = repeatText(i.recurrence);
  const change = h(
    "button",
    { type: "button", class: "small", id: `item-change-${i.id}`, "aria-label": t("checklists-item-change-label", { item: i.text }) },
    t("checklists-item-change"),
  );
  const remove = h(
    "button",
    { type: "button", class: "small", "aria-label": t("checklists-item-remove-label", { item: i.text }) },
    t("checklists-item-remove"),
  );
  const error = h("p", { class: "form-error", role: "alert" });
  const row = h(
    "li",
    { class: "check editing", "data-item-id": i.id },
    h("span", { class: "item-text" }, i.text, repeat ? h("span", { class: "muted" }, ` (${repeat})`) : null),
    h("span", { class: "card-actions" }, change, remove),
    error,
  );
  change.addEventListener("click", () => {
    const textId = `f-item-${i.id}`;
    const text = h("input", { type: "text", id: textId, value: i.text, "data-keep": "", autocomplete: "off", maxlength: "2000" });
    const when = repeatSelect(`f-item-repeat-${i.id}`, i.recurrence);
    const save = h("button", { type: "submit", class: "small primary" }, t("checklists-item-save"));
    const cancel = h("button", { type: "button", class: "small" }, t("checklists-item-cancel"));
    const form = h(
      "form",
      { class: "item-form", "aria-label": t("checklists-item-change-label", { item: i.text }) },
      h("label", { for: textId }, t("checklists-what-to-do")),
      text,
      h("label", { for: when.id }, t("checklists-how-often")),
      when,
      save,
      cancel,
      error,
    );
    cancel.addEventListener("click", () => actions.reload(undefined, `item-change-${i.id}`));
    let busy = false;
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      if (busy) return;
      if (text.value.trim() === "") {
        error.textContent = t("checklists-item-empty");
        text.focus();
        return;
      }
      busy = true;
      const done = working(save, t("checklists-saving"));
      api
        .updateChecklistItem(i.id, text.value, recurrenceOf(when.value))
        .then(() => actions.reload(t("checklists-saved"), `item-change-${i.id}`))
        .catch((err: unknown) => {
          busy = false;
          done();
          error.textContent = errorMessage(err, t("checklists-item-save-failed"));
        });
    });
    row.replaceChildren(form);
    text.focus();
  });
  const buttons = change.parentElement ?? change;
  remove.addEventListener("click", () => {
    error.textContent = "";
    askInPlace({
      buttons,
      asker: remove,
      id: `item-${i.id}`,
      question: t("checklists-item-remove-question"),
      act: () =>
        api
          .removeChecklistItem(i.id)
          .then(() => actions.reload(t("checklists-item-removed", { item: i.text }), `f-new-item-${i.checklist_id}`)),
      failed: (err) => {
        error.textContent = errorMessage(err, t("checklists-item-remove-failed"));
      },
    });
  });
  return row;
}

/** Under a list being changed: add an item, rename the list, remove the list. */
function listEditor(c: Checklist, actions: ListActions): HTMLElement {
  const newId = `f-new-item-${c.id}`;
  const text = h("input", { type: "text", id: newId, "data-keep": "", autocomplete: "off", maxlength: "2000" });
  const when = repeatSelect(`f-new-item-repeat-${c.id}`);
  const addError = h("p", { class: "form-error", role: "alert" });
  const addButton = h("button", { type: "submit", class: "small" }, t("checklists-add-item"));
  const add = h(
    "form",
    { class: "item-form", "aria-label": t("checklists-add-item-label", { list: c.title }) },
    h("label", { for: newId }, t("checklists-new-item")),
    text,
    h("label", { for: when.id }, t("checklists-how-often")),
    when,
    addButton,
    addError,
  );
  const addDraft = keepAsDraft(
    add,
    newItemDraft(c.id),
    t("checklists-new-item-draft", { list: c.title }),
    t("checklists-new-item-save-hint"),
  );
  let adding = false;
  add.addEventListener("submit", (e) => {
    e.preventDefault();
    if (adding) return;
    if (text.value.trim() === "") {
      addError.textContent = t("checklists-new-item-empty");
      text.focus();
      return;
    }
    adding = true;
    const done = working(addButton, t("checklists-adding"));
    api
      .addChecklistItem(c.id, text.value, recurrenceOf(when.value))
      .then(() => {
        addDraft.done();
        // Ready for the next one.
        text.value = "";
        actions.reload(t("checklists-added"), newId);
      })
      .catch((err: unknown) => {
        adding = false;
        done();
        addError.textContent = errorMessage(err, t("checklists-add-failed"));
      });
  });

  const nameId = `f-list-name-${c.id}`;
  const name = h("input", { type: "text", id: nameId, value: c.title, "data-keep": "", autocomplete: "off", maxlength: "500" });
  const renameButton = h("button", { type: "submit", class: "small" }, t("checklists-save-name"));
  const renameError = h("p", { class: "form-error", role: "alert" });
  const rename = h(
    "form",
    { class: "item-form", "aria-label": t("checklists-name-form-label", { list: c.title }) },
    h("label", { for: nameId }, t("checklists-list-name")),
    name,
    renameButton,
    renameError,
  );
  let renaming = false;
  rename.addEventListener("submit", (e) => {
    e.preventDefault();
    if (renaming) return;
    if (name.value.trim() === "") {
      renameError.textContent = t("checklists-name-empty");
      name.focus();
      return;
    }
    renaming = true;
    const done = working(renameButton, t("checklists-saving"));
    api
      .renameChecklist(c.id, name.value)
      .then((list) => actions.reload(t("checklists-renamed", { list: list.title }), nameId))
      .catch((err: unknown) => {
        renaming = false;
        done();
        renameError.textContent = errorMessage(err, t("checklists-rename-failed"));
      });
  });

  const removeList = h("button", { type: "button", class: "small danger" }, t("checklists-remove-list"));
  const removeError = h("p", { class: "form-error", role: "alert" });
  const removeRow = h("div", { class: "card-actions" }, removeList);
  removeList.addEventListener("click", () => {
    removeError.textContent = "";
    askInPlace({
      buttons: removeRow,
      asker: removeList,
      id: `list-${c.id}`,
      question: t("checklists-remove-list-question", { list: c.title }),
      act: () => api.removeChecklist(c.id).then(() => actions.reload(t("checklists-list-removed", { list: c.title }))),
      failed: (err) => {
        removeError.textContent = errorMessage(err, t("checklists-remove-list-failed"));
      },
    });
  });

  return h("div", { class: "list-editor" }, add, rename, removeRow, removeError);
}

/** At the end of the screen: a new list of the person's own. */
function newListForm(made: (list: Checklist) => void): HTMLElement {
  const id = "f-new-list";
  const name = h("input", { type: "text", id, autocomplete: "off", maxlength: "500" });
  const button = h("button", { type: "submit" }, t("checklists-make-list"));
  const error = h("p", { class: "form-error", role: "alert" });
  const form = h(
    "form",
    { class: "panel new-list", "aria-labelledby": "new-list-title" },
    h("h2", { id: "new-list-title" }, t("checklists-new-list-title")),
    h("div", { class: "field" }, h("label", { for: id }, t("checklists-list-name")), name),
    h("div", { class: "actions start" }, button),
    error,
  );
  const draft = keepAsDraft(form, NEW_LIST_DRAFT, t("checklists-new-list-draft"), t("checklists-new-list-save-hint"));
  let busy = false;
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (busy) return;
    error.textContent = "";
    if (name.value.trim() === "") {
      error.textContent = t("checklists-name-empty");
      name.focus();
      return;
    }
    busy = true;
    const done = working(button, t("checklists-making"));
    api
      .addChecklist(name.value)
      .then((list) => {
        draft.done();
        name.value = "";
        made(list);
      })
      .catch((err: unknown) => error.textContent = errorMessage(err, t("checklists-make-failed")))
      .finally(() => {
        busy = false;
        done();
      });
  });
  return form;
}
