// Routine-change and device-safety checklists, with what is due now (recurring items come back).
// The lists are the person's own: each can be changed (renamed, items added, reworded or removed,
// the list removed) behind its "Change this list" button, so ticking stays uncluttered, and new
// lists can be made. While working together, the advocate's ticks and edits show up as they
// arrive; what is being typed into a list being changed is kept across that redraw.

import "./records.css";
import { api, isApiError, type Checklist, type ChecklistItem, type Recurrence } from "../api";
import { h, keepPlace, showForAWhile, updatedNote } from "../dom";
import { attachScreen, sharedItems } from "../live";
import { touchedScreens } from "./live-logic";
import { working } from "./form-errors";
import { askInPlace } from "./ask-in-place";
import { keepAsDraft } from "../drafts";

/** Drafts here: a new list's name, and a new item for list `id` (`list-item:<id>`). */
const NEW_LIST_DRAFT = "list-new";
const newItemDraft = (listId: string) => `list-item:${listId}`;

function repeatText(r: Recurrence): string {
  if (r === "None") return "";
  if (r === "Weekly") return "every week";
  if (r === "Monthly") return "every month";
  return `every ${r.EveryNDays} days`;
}

/** The repeat choices offered, as [value, label]; an item's own EveryNDays is added to them. */
const REPEATS: readonly [string, string][] = [
  ["None", "Once"],
  ["Weekly", "Every week"],
  ["Monthly", "Every month"],
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
  const select = h("select", { id, "data-keep": "" }, ...REPEATS.map(([v, label]) => h("option", { value: v }, label)));
  const value = recurrenceValue(current);
  if (!REPEATS.some(([v]) => v === value) && typeof current !== "string") {
    select.append(h("option", { value }, `Every ${current.EveryNDays} days`));
  }
  select.value = value;
  return select;
}

export interface ChecklistsOptions {
  /** Carrying on with a draft: the new-list box, or that list open for changing at its new item. */
  focusDraft?: string;
}

export function showChecklists(main: HTMLElement, opts: ChecklistsOptions = {}): void {
  const lists = h("div", { class: "sections" });
  const status = h("p", { class: "status", role: "status" });
  const heading = h("h1", { tabindex: "-1" }, "Checklists");
  /** The lists open for changing, kept open across redraws. */
  const changing = new Set<string>();
  const draftList = opts.focusDraft?.startsWith("list-item:") ? opts.focusDraft.slice("list-item:".length) : null;
  if (draftList) changing.add(draftList);
  const newList = newListForm((list) => {
    changing.add(list.id);
    load(undefined, () => {
      status.textContent = `"${list.title}" is made. Add its first item below.`;
      document.getElementById(`f-new-item-${list.id}`)?.focus();
    });
  });
  main.replaceChildren(heading, status, lists, newList);
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
        if (!lists.isConnected) return;
        const dueIds = new Set(due.map((i) => i.id));
        for (const id of changing) if (!all.some((c) => c.id === id)) changing.delete(id);
        // What is typed into a list being changed survives the redraw.
        const typed = new Map<string, string>();
        for (const box of lists.querySelectorAll<HTMLInputElement | HTMLSelectElement>("[data-keep]")) {
          if (box.id) typed.set(box.id, box.value);
        }
        keepPlace(main, () => {
          status.textContent = due.length ? `${due.length} things to do now.` : "Nothing is due right now.";
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
        if (!changed) status.textContent = isApiError(e) ? e.message : "Could not load your checklists.";
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
      "aria-label": actions.changing ? `Done changing ${c.title}` : `Change this list: ${c.title}`,
    },
    actions.changing ? "Done changing" : "Change this list",
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
      items.length === 0 ? h("li", { class: "empty" }, "Nothing on this list yet.") : null,
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
    isDue && i.done_at ? h("span", { class: "badge" }, "due again") : null,
  );
}

/** An item while its list is being changed: its words with Change and Remove. */
function editableItem(i: ChecklistItem, actions: ListActions): HTMLElement {
  const repeat = repeatText(i.recurrence);
  const change = h(
    "button",
    { type: "button", class: "small", id: `item-change-${i.id}`, "aria-label": `Change "${i.text}"` },
    "Change",
  );
  const remove = h("button", { type: "button", class: "small", "aria-label": `Remove "${i.text}"` }, "Remove");
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
    const save = h("button", { type: "submit", class: "small primary" }, "Save");
    const cancel = h("button", { type: "button", class: "small" }, "Cancel");
    const form = h(
      "form",
      { class: "item-form", "aria-label": `Change "${i.text}"` },
      h("label", { for: textId }, "What to do"),
      text,
      h("label", { for: when.id }, "How often"),
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
        error.textContent = "Please write something for this item, or remove it.";
        text.focus();
        return;
      }
      busy = true;
      const done = working(save, "Saving…");
      api
        .updateChecklistItem(i.id, text.value, recurrenceOf(when.value))
        .then(() => actions.reload("Saved.", `item-change-${i.id}`))
        .catch((err: unknown) => {
          busy = false;
          done();
          error.textContent = isApiError(err) ? err.message : "This could not be saved. Nothing has changed.";
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
      question: "Remove this item? This cannot be undone.",
      act: () =>
        api
          .removeChecklistItem(i.id)
          .then(() => actions.reload(`"${i.text}" has been removed.`, `f-new-item-${i.checklist_id}`)),
      failed: (err) => {
        error.textContent = isApiError(err) ? err.message : "This could not be removed. Nothing has changed.";
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
  const addButton = h("button", { type: "submit", class: "small" }, "Add item");
  const add = h(
    "form",
    { class: "item-form", "aria-label": `Add an item to ${c.title}` },
    h("label", { for: newId }, "New item"),
    text,
    h("label", { for: when.id }, "How often"),
    when,
    addButton,
    addError,
  );
  const addDraft = keepAsDraft(add, newItemDraft(c.id), `A new item for "${c.title}"`, "press Add item to keep it");
  let adding = false;
  add.addEventListener("submit", (e) => {
    e.preventDefault();
    if (adding) return;
    if (text.value.trim() === "") {
      addError.textContent = "Please write what the item is.";
      text.focus();
      return;
    }
    adding = true;
    const done = working(addButton, "Adding…");
    api
      .addChecklistItem(c.id, text.value, recurrenceOf(when.value))
      .then(() => {
        addDraft.done();
        // Ready for the next one.
        text.value = "";
        actions.reload("Added.", newId);
      })
      .catch((err: unknown) => {
        adding = false;
        done();
        addError.textContent = isApiError(err) ? err.message : "This could not be added. Nothing has changed.";
      });
  });

  const nameId = `f-list-name-${c.id}`;
  const name = h("input", { type: "text", id: nameId, value: c.title, "data-keep": "", autocomplete: "off", maxlength: "500" });
  const renameButton = h("button", { type: "submit", class: "small" }, "Save name");
  const renameError = h("p", { class: "form-error", role: "alert" });
  const rename = h(
    "form",
    { class: "item-form", "aria-label": `The name of ${c.title}` },
    h("label", { for: nameId }, "Name of the list"),
    name,
    renameButton,
    renameError,
  );
  let renaming = false;
  rename.addEventListener("submit", (e) => {
    e.preventDefault();
    if (renaming) return;
    if (name.value.trim() === "") {
      renameError.textContent = "Please give the list a name.";
      name.focus();
      return;
    }
    renaming = true;
    const done = working(renameButton, "Saving…");
    api
      .renameChecklist(c.id, name.value)
      .then((list) => actions.reload(`The list is now called "${list.title}".`, nameId))
      .catch((err: unknown) => {
        renaming = false;
        done();
        renameError.textContent = isApiError(err) ? err.message : "The name could not be saved. Nothing has changed.";
      });
  });

  const removeList = h("button", { type: "button", class: "small danger" }, "Remove this list");
  const removeError = h("p", { class: "form-error", role: "alert" });
  const removeRow = h("div", { class: "card-actions" }, removeList);
  removeList.addEventListener("click", () => {
    removeError.textContent = "";
    askInPlace({
      buttons: removeRow,
      asker: removeList,
      id: `list-${c.id}`,
      question: `Remove the list "${c.title}" and everything on it? This cannot be undone.`,
      act: () => api.removeChecklist(c.id).then(() => actions.reload(`The list "${c.title}" has been removed.`)),
      failed: (err) => {
        removeError.textContent = isApiError(err) ? err.message : "The list could not be removed. Nothing has changed.";
      },
    });
  });

  return h("div", { class: "list-editor" }, add, rename, removeRow, removeError);
}

/** At the end of the screen: a new list of the person's own. */
function newListForm(made: (list: Checklist) => void): HTMLElement {
  const id = "f-new-list";
  const name = h("input", { type: "text", id, autocomplete: "off", maxlength: "500" });
  const button = h("button", { type: "submit" }, "Make the list");
  const error = h("p", { class: "form-error", role: "alert" });
  const form = h(
    "form",
    { class: "panel new-list", "aria-labelledby": "new-list-title" },
    h("h2", { id: "new-list-title" }, "A new list of your own"),
    h("div", { class: "field" }, h("label", { for: id }, "Name of the list"), name),
    h("div", { class: "actions start" }, button),
    error,
  );
  const draft = keepAsDraft(form, NEW_LIST_DRAFT, "A new checklist", "press Make the list to keep it");
  let busy = false;
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (busy) return;
    error.textContent = "";
    if (name.value.trim() === "") {
      error.textContent = "Please give the list a name.";
      name.focus();
      return;
    }
    busy = true;
    const done = working(button, "Making…");
    api
      .addChecklist(name.value)
      .then((list) => {
        draft.done();
        name.value = "";
        made(list);
      })
      .catch((err: unknown) => error.textContent = isApiError(err) ? err.message : "The list could not be made. Nothing has changed.")
      .finally(() => {
        busy = false;
        done();
      });
  });
  return form;
}
