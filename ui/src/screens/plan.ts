// The safety plan: where the person is now (staying, preparing to leave, after leaving), which
// changes the guidance in each section; a date to review the plan by; and per section the
// guidance, their own steps to tick off, change or delete, a box to add more, and their notes.

import "./records.css";
import { api, isApiError, type PlanItem, type PlanSectionView, type PlanStage, type PlanView } from "../api";
import { h } from "../dom";
import { isReviewDue, localDateString } from "./plan-dates";

const STAGES: Record<PlanStage, string> = {
  Staying: "staying",
  PreparingToLeave: "preparing to leave",
  AfterLeaving: "after leaving",
};

const STAGE_OPTIONS: [PlanStage, string][] = [
  ["Staying", "Staying"],
  ["PreparingToLeave", "Preparing to leave"],
  ["AfterLeaving", "After leaving"],
];

const message = (e: unknown, fallback: string) => (isApiError(e) ? e.message : fallback);

export function showPlan(main: HTMLElement): void {
  const sections = h("div", { class: "sections" });
  const status = h("p", { class: "status plan-status", role: "status" });
  const top = h("div", { class: "plan-top" });
  main.replaceChildren(h("h1", { tabindex: "-1" }, "Safety plan"), top, status, sections);

  /** Per section, a way to change its guidance in place (so open sections and typing stay put). */
  const guidanceSetters = new Map<string, (text: string) => void>();

  function renderSections(plan: PlanView): void {
    guidanceSetters.clear();
    sections.replaceChildren(
      ...plan.sections.map((s) => {
        const view = section(s);
        guidanceSetters.set(s.section, view.setGuidance);
        return view.el;
      }),
    );
  }

  function applyPlan(plan: PlanView): void {
    status.textContent = `Guidance shown for: ${STAGES[plan.stage]}.`;
    const same =
      plan.sections.length === guidanceSetters.size && plan.sections.every((s) => guidanceSetters.has(s.section));
    if (!same) {
      renderSections(plan);
      return;
    }
    for (const s of plan.sections) guidanceSetters.get(s.section)?.(s.guidance);
  }

  void (async () => {
    try {
      const plan = await api.getPlan();
      top.replaceChildren(stageChooser(plan.stage, applyPlan), reviewBox(plan.review_date));
      renderSections(plan);
      status.textContent = `Guidance shown for: ${STAGES[plan.stage]}.`;
    } catch (e) {
      status.textContent = message(e, "Could not load your plan.");
    }
  })();
}

/** Radio buttons; each change is saved, then the plan is fetched again for the new guidance. */
function stageChooser(initial: PlanStage, onReloaded: (plan: PlanView) => void): HTMLElement {
  let saved = initial;
  let latest = 0;
  // Arrow keys move through the radios quickly: saves run one after another, and only the last
  // one's reload is shown.
  let queue: Promise<void> = Promise.resolve();
  const error = h("p", { class: "form-error", role: "alert" });
  const radios = STAGE_OPTIONS.map(([code]) =>
    h("input", {
      type: "radio",
      name: "plan-stage",
      id: `stage-${code}`,
      value: code,
      checked: code === initial,
    }),
  );
  const box = h(
    "fieldset",
    { class: "stage-chooser", "aria-describedby": "stage-hint" },
    h("legend", {}, "Where you are now"),
    h("p", { class: "hint", id: "stage-hint" }, "The guidance in each section changes to fit. You can change this at any time."),
    h(
      "div",
      { class: "stage-options" },
      ...STAGE_OPTIONS.map(([code, label], n) =>
        h("div", { class: "radio" }, radios[n] ?? null, h("label", { for: `stage-${code}` }, label)),
      ),
    ),
    error,
  );
  for (const radio of radios) {
    radio.addEventListener("change", () => {
      if (!radio.checked) return;
      const stage = radio.value as PlanStage;
      const mine = ++latest;
      error.textContent = "";
      queue = queue
        .then(async () => {
          await api.setPlanStage(stage);
          saved = stage;
          const plan = await api.getPlan();
          if (mine === latest) onReloaded(plan);
        })
        .catch((e: unknown) => {
          if (mine !== latest) return;
          error.textContent = message(e, "That could not be changed. Your plan is as it was.");
          const back = radios.find((r) => r.value === saved);
          if (back) back.checked = true;
        });
    });
  }
  return box;
}

/** "Review your plan by": a date, Save and Clear, and a calm note once the date has come. */
function reviewBox(initial: string | null): HTMLElement {
  let saved = initial;
  const input = h("input", {
    type: "date",
    id: "plan-review-date",
    name: "review_date",
    "aria-describedby": "plan-review-hint",
  });
  input.value = initial ?? "";
  const save = h("button", { type: "submit", "aria-label": "Save review date", "data-action": "save-review" }, "Save");
  const clear = h("button", { type: "button", "aria-label": "Clear review date", "data-action": "clear-review" }, "Clear");
  const note = h("p", { class: "review-note", role: "note" }, "It's time to look over your plan.");
  const done = h("p", { class: "status", role: "status" });
  const error = h("p", { class: "form-error", role: "alert" });
  const updateNote = () => {
    note.hidden = !isReviewDue(saved, localDateString());
  };
  updateNote();

  const form = h(
    "form",
    // Checked here instead: WebKit can block an empty date input's submit without saying why.
    { class: "review", "aria-label": "Review date", novalidate: true },
    h("label", { for: "plan-review-date" }, "Review your plan by"),
    h(
      "p",
      { class: "hint", id: "plan-review-hint" },
      "A day to look over your plan again. The reminder only ever shows here, inside the app.",
    ),
    h("div", { class: "review-row" }, input, save, clear),
    note,
    done,
    error,
  );

  const store = (date: string | null, said: string) => {
    error.textContent = "";
    done.textContent = "";
    api
      .setPlanReviewDate(date)
      .then(() => {
        saved = date;
        input.value = date ?? "";
        done.textContent = said;
        updateNote();
      })
      .catch((e: unknown) => {
        error.textContent = message(e, "That could not be saved. Please try again.");
      });
  };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (!input.value) {
      error.textContent = "Please choose a whole date first. To remove the date, use Clear.";
      input.focus();
      return;
    }
    store(input.value, "Review date saved.");
  });
  clear.addEventListener("click", () => store(null, "Review date cleared."));
  input.addEventListener("input", () => {
    done.textContent = "";
  });
  return form;
}

function section(s: PlanSectionView): { el: HTMLElement; setGuidance(text: string): void } {
  const list = h("ul", { class: "items", "aria-label": `${s.title}: your steps` });
  const count = h("span", { class: "muted" }, ` ${s.items.length || ""}`);
  const sectionStatus = h("p", { class: "status", role: "status" });
  const guidance = h("p", { class: "guidance" }, s.guidance);
  const input = h("input", {
    type: "text",
    id: `add-${s.section}`,
    "aria-label": `Add a step to ${s.title}`,
    placeholder: "Add a step",
    spellcheck: "false",
    autocomplete: "off",
  });
  const updateCount = () => {
    count.textContent = ` ${list.children.length || ""}`;
  };
  const context: ItemContext = {
    onRemoved(li) {
      const next = (li.nextElementSibling ?? li.previousElementSibling) as HTMLElement | null;
      li.remove();
      updateCount();
      sectionStatus.textContent = "Step deleted.";
      (next?.querySelector<HTMLElement>('input[type="checkbox"]') ?? input).focus();
    },
  };
  list.replaceChildren(...s.items.map((i) => item(i, context)));

  const add = h("form", { class: "add-item" }, input, h("button", { type: "submit" }, "Add"));
  const error = h("p", { class: "form-error", role: "alert" });
  add.addEventListener("submit", (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    api
      .addPlanItem(s.section, text)
      .then((saved) => {
        input.value = "";
        error.textContent = "";
        list.append(item(saved, context));
        updateCount();
      })
      .catch((err: unknown) => {
        error.textContent = message(err, "That could not be saved.");
      });
  });

  return {
    el: h(
      "details",
      { class: "card section", "data-section": s.section, open: s.items.length > 0 || s.notes.trim() !== "" },
      h("summary", {}, h("h2", {}, s.title), count),
      guidance,
      list,
      add,
      error,
      notesForm(s, sectionStatus),
      sectionStatus,
    ),
    setGuidance(text: string) {
      guidance.textContent = text;
    },
  };
}

function notesForm(s: PlanSectionView, status: HTMLElement): HTMLElement {
  const id = `notes-${s.section}`;
  const notes = h("textarea", { id, name: id, rows: "4", spellcheck: "false", "data-notes": s.section });
  notes.value = s.notes;
  const error = h("p", { class: "form-error", role: "alert" });
  const form = h(
    "form",
    { class: "section-notes" },
    h("label", { for: id }, `Notes for ${s.title}`),
    notes,
    h(
      "div",
      { class: "actions" },
      h("button", { type: "submit", "aria-label": `Save notes for ${s.title}`, "data-action": "save-notes" }, "Save notes"),
    ),
    error,
  );
  notes.addEventListener("input", () => {
    if (status.textContent === "Notes saved.") status.textContent = "";
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    error.textContent = "";
    api
      .setSectionNotes(s.section, notes.value)
      .then(() => {
        status.textContent = "Notes saved.";
      })
      .catch((err: unknown) => {
        error.textContent = message(err, "Your notes could not be saved. They are still here; please try again.");
      });
  });
  return form;
}

interface ItemContext {
  /** Called after the item is deleted; takes it out of the list and moves focus on. */
  onRemoved(li: HTMLElement): void;
}

/** One step: tick box and text, with Edit (in place) and Delete (after a confirmation in place). */
function item(initial: PlanItem, ctx: ItemContext): HTMLElement {
  let current = initial;
  const li = h("li", { class: "check", "data-item-id": initial.id });

  function view(focus?: "edit" | "delete"): void {
    const box = h("input", { type: "checkbox", id: `item-${current.id}`, checked: current.done_at !== null });
    box.addEventListener("change", () => {
      api
        .setPlanItemDone(current.id, box.checked)
        .then((saved) => {
          current = saved;
        })
        .catch(() => {
          box.checked = !box.checked;
        });
    });
    const edit = h(
      "button",
      { type: "button", class: "small", "data-action": "edit", "aria-label": `Edit step: ${current.text}` },
      "Edit",
    );
    const del = h(
      "button",
      { type: "button", class: "small", "data-action": "delete", "aria-label": `Delete step: ${current.text}` },
      "Delete",
    );
    edit.addEventListener("click", editing);
    del.addEventListener("click", confirming);
    li.replaceChildren(
      box,
      h("label", { for: `item-${current.id}` }, current.text),
      h("span", { class: "item-actions" }, edit, del),
    );
    if (focus === "edit") edit.focus();
    if (focus === "delete") del.focus();
  }

  function editing(): void {
    const text = h("input", {
      type: "text",
      id: `edit-${current.id}`,
      name: "item-text",
      "aria-label": `Change step: ${current.text}`,
      spellcheck: "false",
      autocomplete: "off",
    });
    text.value = current.text;
    const cancel = h("button", { type: "button", "aria-label": "Cancel changing this step" }, "Cancel");
    const error = h("p", { class: "form-error", role: "alert" });
    const form = h(
      "form",
      { class: "edit-item" },
      text,
      h("button", { type: "submit", class: "primary", "aria-label": "Save step" }, "Save"),
      cancel,
    );
    cancel.addEventListener("click", () => view("edit"));
    text.addEventListener("keydown", (e) => {
      if (e.key === "Escape") {
        e.preventDefault();
        view("edit");
      }
    });
    let saving = false;
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      if (saving) return;
      const value = text.value.trim();
      if (!value) {
        error.textContent = "Please write something, or use Delete to remove this step.";
        text.focus();
        return;
      }
      saving = true;
      api
        .updatePlanItem(current.id, value)
        .then((saved) => {
          current = saved;
          view("edit");
        })
        .catch((err: unknown) => {
          saving = false;
          error.textContent = message(err, "That could not be saved. Your words are still here.");
        });
    });
    li.replaceChildren(form, error);
    text.focus();
    text.setSelectionRange(text.value.length, text.value.length);
  }

  function confirming(): void {
    const questionId = `confirm-item-${current.id}`;
    const yes = h("button", { type: "button", class: "small danger", "data-action": "confirm-delete" }, "Yes, delete");
    const keep = h("button", { type: "button", class: "small", "data-action": "keep" }, "Keep");
    const error = h("p", { class: "form-error", role: "alert" });
    const confirm = h(
      "div",
      { class: "confirm", role: "group", "aria-labelledby": questionId },
      h("p", { id: questionId }, `Delete “${current.text}”? This cannot be undone.`),
      yes,
      keep,
    );
    keep.addEventListener("click", () => view("delete"));
    confirm.addEventListener("keydown", (e) => {
      if (e.key === "Escape") {
        e.preventDefault();
        view("delete");
      }
    });
    let busy = false;
    yes.addEventListener("click", () => {
      if (busy) return;
      busy = true;
      api
        .deletePlanItem(current.id)
        .then(() => ctx.onRemoved(li))
        .catch((err: unknown) => {
          busy = false;
          error.textContent = message(err, "That could not be deleted. Nothing has changed.");
        });
    });
    li.replaceChildren(confirm, error);
    keep.focus();
  }

  view();
  return li;
}
