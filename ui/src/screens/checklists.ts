// Routine-change and device-safety checklists, with what is due now (recurring items come back).
// While working together, the advocate's ticks show up as they arrive.

import { api, isApiError, type Checklist, type ChecklistItem, type Recurrence } from "../api";
import { h, keepPlace, showForAWhile, updatedNote } from "../dom";
import { attachScreen, sharedItems } from "../live";
import { touchedScreens } from "./live-logic";

function repeatText(r: Recurrence): string {
  if (r === "None") return "";
  if (r === "Weekly") return "every week";
  if (r === "Monthly") return "every month";
  return `every ${r.EveryNDays} days`;
}

export function showChecklists(main: HTMLElement): void {
  const lists = h("div", { class: "sections" });
  const status = h("p", { class: "status", role: "status" });
  main.replaceChildren(h("h1", { tabindex: "-1" }, "Checklists"), status, lists);
  /** Loads run one after another, so an older list never replaces a newer one. */
  let queue: Promise<void> = Promise.resolve();
  /** `changed`: after the other side's edits, the documents they changed (marked for a moment). */
  const load = (changed?: readonly string[]) => {
    queue = queue.then(async () => {
      try {
        const [all, due] = await Promise.all([api.listChecklists(), api.dueChecklistItems()]);
        if (!lists.isConnected) return;
        const dueIds = new Set(due.map((i) => i.id));
        // Nothing here is typed into, so everything is drawn again (focus and scroll kept).
        keepPlace(main, () => {
          status.textContent = due.length ? `${due.length} things to do now.` : "Nothing is due right now.";
          lists.replaceChildren(...all.map((c) => checklist(c, dueIds, changed?.includes(c.id) ?? false)));
        });
      } catch (e) {
        // A failed reload after the other side's change leaves the list as it was.
        if (!changed) status.textContent = isApiError(e) ? e.message : "Could not load your checklists.";
      }
    });
  };
  load();
  attachScreen(lists, {
    changed: (documents) => {
      if (touchedScreens(documents, sharedItems()).has("checklists")) load(documents);
    },
  });
}

function checklist(c: Checklist, due: Set<string>, changed: boolean): HTMLElement {
  const updated = updatedNote("p");
  if (changed) showForAWhile(updated);
  return h(
    "section",
    { class: "card", "aria-labelledby": `cl-${c.id}` },
    h("h2", { id: `cl-${c.id}` }, c.title),
    updated,
    c.warning ? h("p", { class: "warning", role: "note" }, c.warning) : null,
    h("ul", { class: "items" }, ...c.items.map((i) => item(i, due.has(i.id)))),
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
