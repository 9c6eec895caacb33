// The safety plan: where the person is now (staying, preparing to leave, after leaving), which
// changes the guidance in each section; a date to review the plan by; and per section the
// guidance, their own steps to tick off, change or delete, a box to add more, and their notes.
// While working together with an advocate, their edits show up here as they arrive, without
// touching what the person is typing, and the section the advocate is looking at says so.

import "./records.css";
import {
  api,
  errorMessage,
  type PlanItem,
  type PlanSectionView,
  type PlanStage,
  type PlanView,
  type Section,
} from "../api";
import { h, keepPlace, reconcileChildren, screen, showForAWhile, updatedNote } from "../dom";
import {
  attachScreen,
  changedBy,
  liveState,
  liveWith,
  presence,
  sharedItems,
  sharingRole,
  tellNotViewing,
  tellViewing,
} from "../live";
import {
  absorbRemote,
  changedSections,
  changedWhileTypingText,
  mapCaret,
  notesSavedText,
  PLAN_DOCUMENT,
  presenceBadgeText,
  sectionDocumentId,
  touchedScreens,
  type Merged,
} from "./live-logic";
import { isReviewDue, localDateString } from "./plan-dates";
import { working } from "./form-errors";
import { attachDraft, hasDraft, type DraftHandle } from "../drafts";
import { message, t } from "../i18n";
import { sectionGuidance, sectionTitle } from "../plan-words";

/** The drafts of the plan's forms: a section's notes, a new step in it, a change to a step. */
const notesDraft = (section: Section) => `notes:${section}`;
const newStepDraft = (section: Section) => `step-new:${section}`;
const stepDraft = (id: string) => `step:${id}`;

export interface PlanOptions {
  /** A draft being carried on: its box gets keyboard focus once the plan is shown. */
  focusDraft?: string;
}

/** "Guidance shown for: …" for the stage the plan is in. */
function guidanceShownFor(stage: PlanStage): string {
  if (stage === "Staying") return t("plan-guidance-staying");
  if (stage === "PreparingToLeave") return t("plan-guidance-preparing");
  return t("plan-guidance-after");
}

/** [stage, message id of its label]. */
const STAGE_OPTIONS: [PlanStage, string][] = [
  ["Staying", message("plan-stage-staying")],
  ["PreparingToLeave", message("plan-stage-preparing")],
  ["AfterLeaving", message("plan-stage-after")],
];

export function showPlan(main: HTMLElement, opts: PlanOptions = {}): void {
  screen(main, (signal) => {
    const sections = h("div", { class: "sections" });
    const status = h("p", { class: "status plan-status", role: "status" });
    const top = h("div", { class: "plan-top" });
    const topUpdated = updatedNote("p");
    main.append(h("h1", { tabindex: "-1" }, t("plan-title")), top, status, sections, printPanel());

    /** Per section, its card and the ways to change it in place (so open sections and typing stay put). */
    const views = new Map<Section, SectionView>();
    let stage: StageControl | null = null;
    let review: ReviewControl | null = null;

    function renderSections(plan: PlanView): void {
      views.clear();
      sections.replaceChildren(
        ...plan.sections.map((s) => {
          const view = section(s, plan.stage);
          views.set(s.section, view);
          return view.el;
        }),
      );
      showPresence();
    }

    function applyPlan(plan: PlanView): void {
      status.textContent = guidanceShownFor(plan.stage);
      const same = plan.sections.length === views.size && plan.sections.every((s) => views.has(s.section));
      if (!same) {
        renderSections(plan);
        return;
      }
      for (const s of plan.sections) views.get(s.section)?.setGuidance(plan.stage);
    }

    /** The badge on the section the other side is looking at, if any. */
    function showPresence(): void {
      const p = presence();
      const viewing = liveState() === "on" && p.here ? p.viewing : null;
      const text = presenceBadgeText(sharingRole(), liveWith());
      for (const [code, view] of views) view.setPresence(viewing === sectionDocumentId(code), text);
    }

    /** Fetches and redraws run one after another, so an older plan never replaces a newer one. */
    let queue: Promise<void> = (async () => {
      try {
        const plan = await api.getPlan();
        // Left (or hidden) meanwhile: nothing is drawn, and no form is attached for drafts, where
        // it would stand in for the one on screen and keep the vault's words after a hide.
        if (signal.aborted) return;
        const chooser = stageChooser(plan.stage, applyPlan);
        const box = reviewBox(plan.review_date);
        stage = chooser;
        review = box;
        top.replaceChildren(chooser.el, box.el, topUpdated);
        renderSections(plan);
        status.textContent = guidanceShownFor(plan.stage);
        if (opts.focusDraft) focusDraftBox(sections, opts.focusDraft);
      } catch (e) {
        if (!signal.aborted) status.textContent = errorMessage(e, t("plan-load-failed"));
      }
    })();

    /** The other side's edits are in the vault: show them, keeping what is being typed. */
    function remoteChanged(documents: string[]): void {
      if (!touchedScreens(documents, sharedItems()).has("plan")) return;
      const changed = changedSections(documents);
      queue = queue.then(async () => {
        let plan: PlanView;
        try {
          plan = await api.getPlan();
        } catch {
          // Nothing is lost: the changes are in the vault and show the next time the plan opens.
          return;
        }
        if (signal.aborted || views.size === 0) return;
        keepPlace(main, () => {
          if (documents.includes(PLAN_DOCUMENT)) {
            stage?.set(plan.stage);
            review?.set(plan.review_date);
            showForAWhile(topUpdated);
          }
          applyPlan(plan);
          for (const s of plan.sections) {
            if (!changed.has(s.section)) continue;
            views.get(s.section)?.update(s);
          }
        });
      });
    }

    attachScreen(sections, {
      changed: remoteChanged,
      presence: showPresence,
      live: showPresence,
      left: () => tellViewing(null),
    });
  });
}

/** Opens the section holding a draft's box and puts keyboard focus in it. */
function focusDraftBox(sections: HTMLElement, key: string): void {
  const [kind, target = ""] = key.split(/:(.*)/s);
  const id =
    kind === "notes" ? `notes-${target}` : kind === "step-new" ? `add-${target}` : kind === "step" ? `edit-${target}` : null;
  const box = id ? sections.querySelector<HTMLElement>(`#${CSS.escape(id)}`) : null;
  if (!box) return;
  const details = box.closest("details");
  if (details) details.open = true;
  box.focus();
  box.scrollIntoView({ block: "center" });
}

interface StageControl {
  el: HTMLElement;
  /** The other side changed the stage. */
  set(stage: PlanStage): void;
}

interface ReviewControl {
  el: HTMLElement;
  /** The other side changed the review date. */
  set(date: string | null): void;
}

/** Radio buttons; each change is saved, then the plan is fetched again for the new guidance. */
function stageChooser(initial: PlanStage, onReloaded: (plan: PlanView) => void): StageControl {
  let saved = initial;
  let latest = 0;
  /** Saves not finished yet: while there are any, their own reload shows the outcome. */
  let pending = 0;
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
    h("legend", {}, t("plan-stage-legend")),
    h("p", { class: "hint", id: "stage-hint" }, t("plan-stage-hint")),
    h(
      "div",
      { class: "stage-options" },
      ...STAGE_OPTIONS.map(([code, label], n) =>
        h("div", { class: "radio" }, radios[n] ?? null, h("label", { for: `stage-${code}` }, t(label))),
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
      pending++;
      queue = queue
        .then(async () => {
          await api.setPlanStage(stage);
          saved = stage;
          const plan = await api.getPlan();
          if (mine === latest) onReloaded(plan);
        })
        .catch((e: unknown) => {
          if (mine !== latest) return;
          error.textContent = errorMessage(e, t("plan-stage-failed"));
          const back = radios.find((r) => r.value === saved);
          if (back) back.checked = true;
        })
        .finally(() => {
          pending--;
        });
    });
  }
  return {
    el: box,
    set(stage: PlanStage) {
      if (pending > 0) return;
      saved = stage;
      for (const r of radios) r.checked = r.value === stage;
    },
  };
}

/** "Review your plan by": a date, Save and Clear, and a calm note once the date has come. */
function reviewBox(initial: string | null): ReviewControl {
  let saved = initial;
  const input = h("input", {
    type: "date",
    id: "plan-review-date",
    name: "review_date",
    "aria-describedby": "plan-review-hint",
  });
  input.value = initial ?? "";
  const save = h("button", { type: "submit", "aria-label": t("plan-review-save-label"), "data-action": "save-review" }, t("plan-review-save"));
  const clear = h("button", { type: "button", "aria-label": t("plan-review-clear-label"), "data-action": "clear-review" }, t("plan-review-clear"));
  const note = h("p", { class: "review-note", role: "note" }, t("plan-review-due"));
  const done = h("p", { class: "status", role: "status" });
  const error = h("p", { class: "form-error", role: "alert" });
  const updateNote = () => {
    note.hidden = !isReviewDue(saved, localDateString());
  };
  updateNote();

  const form = h(
    "form",
    // Checked here instead: WebKit can block an empty date input's submit without saying why.
    { class: "review", "aria-label": t("plan-review-form"), novalidate: true },
    h("label", { for: "plan-review-date" }, t("plan-review-by")),
    h(
      "p",
      { class: "hint", id: "plan-review-hint" },
      t("plan-review-hint"),
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
        error.textContent = errorMessage(e, t("plan-review-save-failed"));
      });
  };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (!input.value) {
      error.textContent = t("plan-review-no-date");
      input.focus();
      return;
    }
    store(input.value, t("plan-review-saved"));
  });
  clear.addEventListener("click", () => store(null, t("plan-review-cleared")));
  input.addEventListener("input", () => {
    done.textContent = "";
  });
  return {
    el: form,
    set(date: string | null) {
      // A date being chosen stays; saving it then replaces theirs.
      const choosing = document.activeElement === input || input.value !== (saved ?? "");
      saved = date;
      if (!choosing) input.value = date ?? "";
      updateNote();
    },
  };
}

interface SectionView {
  el: HTMLElement;
  /** The guidance for `stage`, in the language in use. */
  setGuidance(stage: PlanStage): void;
  /** The other side changed this section: show theirs, keeping anything being typed or changed. */
  update(s: PlanSectionView): void;
  /** Shows or hides "<advocate> is here" on the card. */
  setPresence(here: boolean, text: string): void;
}

function section(s: PlanSectionView, stage: PlanStage): SectionView {
  const doc = sectionDocumentId(s.section);
  const list = h("ul", { class: "items", "aria-label": t("plan-steps-label", { section: sectionTitle(s.section) }) });
  const count = h("span", { class: "muted" }, ` ${s.items.length || ""}`);
  const badge = h("span", { class: "presence-badge", hidden: true });
  const updated = updatedNote();
  const sectionStatus = h("p", { class: "status", role: "status" });
  const guidance = h("p", { class: "guidance" }, sectionGuidance(s.section, stage));
  const input = h("input", {
    type: "text",
    id: `add-${s.section}`,
    "aria-label": t("plan-add-step-label", { section: sectionTitle(s.section) }),
    placeholder: t("plan-add-step-placeholder"),
    spellcheck: "false",
    autocomplete: "off",
  });
  const updateCount = () => {
    count.textContent = ` ${list.children.length || ""}`;
  };
  const context: ItemContext = {
    sectionTitle: sectionTitle(s.section),
    onRemoved(li) {
      const next = (li.nextElementSibling ?? li.previousElementSibling) as HTMLElement | null;
      li.remove();
      updateCount();
      sectionStatus.textContent = t("plan-step-deleted");
      (next?.querySelector<HTMLElement>('input[type="checkbox"]') ?? input).focus();
    },
  };
  list.replaceChildren(...s.items.map((i) => item(i, context, s.version)));

  const addNote = h("div", { class: "draft-note-host" });
  const add = h("form", { class: "add-item" }, input, h("button", { type: "submit" }, t("plan-add")));
  const error = h("p", { class: "form-error", role: "alert" });
  let addDraft: DraftHandle | null = null;
  add.addEventListener("submit", (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text || !addDraft) return;
    addDraft
      .save((key) => api.addPlanItem(s.section, text, key))
      .then((saved) => {
        input.value = "";
        error.textContent = "";
        // The other side's copy of it may have arrived first.
        if (!list.querySelector(`[data-item-id="${CSS.escape(saved.id)}"]`)) list.append(item(saved, context, null));
        updateCount();
      })
      .catch((err: unknown) => {
        error.textContent = errorMessage(err, t("plan-add-failed"));
      });
  });

  const summary = h("summary", {}, h("h2", {}, sectionTitle(s.section)), count, badge, updated);
  const notes = notesForm(s, sectionStatus);
  // A section holding something written and not saved opens by itself, so it is seen.
  const drafted =
    hasDraft(notesDraft(s.section)) ||
    hasDraft(newStepDraft(s.section)) ||
    s.items.some((i) => hasDraft(stepDraft(i.id)));
  const el = h(
    "details",
    {
      class: "card section",
      "data-section": s.section,
      open: s.items.length > 0 || s.notes.trim() !== "" || drafted,
    },
    summary,
    guidance,
    list,
    addNote,
    add,
    error,
    notes.el,
    sectionStatus,
  );
  addDraft = attachDraft(
    add,
    {
      key: newStepDraft(s.section),
      label: () => t("plan-new-step-draft", { section: sectionTitle(s.section) }),
      read: () => (input.value.trim() ? { controls: { [input.id]: input.value } } : null),
      fill: (content) => {
        const text = content.controls[input.id];
        if (typeof text === "string") input.value = text;
      },
      clear: () => {
        input.value = "";
      },
      saveHint: t("plan-new-step-save-hint"),
    },
    addNote,
  );
  notes.attach();
  // While working together, the other side sees which section is open in front of the person.
  // (The summary's click comes before the section opens or closes; a toggle event would also
  // fire for sections that start open.)
  el.addEventListener("focusin", () => tellViewing(doc));
  summary.addEventListener("click", () => {
    if (el.open) tellNotViewing(doc);
    else tellViewing(doc);
  });

  return {
    el,
    setGuidance(now: PlanStage) {
      guidance.textContent = sectionGuidance(s.section, now);
    },
    // The guidance follows the stage (setGuidance), not the section's own changes.
    update(next: PlanSectionView) {
      const shown = new Map<string, HTMLElement>();
      for (const li of list.querySelectorAll<HTMLElement>(":scope > li[data-item-id]")) {
        shown.set(li.dataset.itemId ?? "", li);
      }
      const wanted: HTMLElement[] = next.items.map((i) => {
        const li = shown.get(i.id);
        const handle = li ? itemHandles.get(li) : undefined;
        if (li && handle && handle.busy()) return li;
        if (li && handle && sameItem(handle.current(), i)) {
          handle.seen(next.version);
          return li;
        }
        return item(i, context, next.version);
      });
      // A step being changed or deleted here that the other side removed stays, so what was typed
      // is not lost (saving it then says it could not be).
      const wantedIds = new Set(next.items.map((i) => i.id));
      for (const [id, li] of shown) if (!wantedIds.has(id) && itemHandles.get(li)?.busy()) wanted.push(li);
      reconcileChildren(list, wanted);
      updateCount();
      notes.absorb(next.notes, next.version);
      showForAWhile(updated);
    },
    setPresence(here: boolean, text: string) {
      badge.textContent = text;
      badge.hidden = !here;
    },
  };
}

/** The start of a step's words, to tell its draft from another step's. */
const shortened = (text: string) => {
  // By characters, not UTF-16 units: half an emoji cannot be sent to Rust (see wellFormed in api.ts).
  const chars = Array.from(text);
  return chars.length > 40 ? `${chars.slice(0, 39).join("").trimEnd()}…` : text;
};

const sameItem = (a: PlanItem, b: PlanItem) => a.text === b.text && a.done_at === b.done_at;

/**
 * Saves the person's notes as edited from `version` (the section as they loaded it). The vault
 * makes their edit on top of that version and merges in whatever the other side saved since,
 * like any two edits at once, so no one's words are lost. Returns what the notes now say.
 */
async function saveMerged(
  section: Section,
  version: string,
  mine: string,
  draft: string,
): Promise<{ merged: Merged; version: string; mineVersion: string }> {
  const saved = await api.setSectionNotes(section, mine, version, draft);
  const now = (await api.getPlan()).sections.find((x) => x.section === section);
  return {
    merged: { text: now?.notes ?? mine, clean: true },
    version: now?.version ?? saved.version,
    // Exactly `mine`, before anything was merged in: what a box that grew from `mine` saves from.
    mineVersion: saved.version,
  };
}

interface NotesForm {
  el: HTMLElement;
  absorb(incoming: string, version: string): void;
  /** Starts keeping what is typed as a draft (once the form is on the page). */
  attach(): void;
}

function notesForm(s: PlanSectionView, status: HTMLElement): NotesForm {
  const id = `notes-${s.section}`;
  const notes = h("textarea", { id, name: id, rows: "4", spellcheck: "false", "data-notes": s.section });
  notes.value = s.notes;
  /** The saved text the box was last filled from: what the person's edits are measured against. */
  let base = s.notes;
  /** The section's version `base` came from: a save is made on top of it. */
  let version = s.version;
  /** Newer saved text from the other side, not shown because the person is in the box or changed it. */
  let pending: string | null = null;
  let pendingVersion = version;
  const remote = h("p", { class: "remote-note", role: "note", id: `${id}-remote`, hidden: true });
  const error = h("p", { class: "form-error", role: "alert" });
  const draftNote = h("div", { class: "draft-note-host" });
  /** The newest saved notes known here, and their version (what Discard goes back to). */
  let latest = s.notes;
  let latestVersion = s.version;
  const form = h(
    "form",
    { class: "section-notes" },
    h("label", { for: id }, t("plan-notes-label", { section: sectionTitle(s.section) })),
    draftNote,
    notes,
    remote,
    h(
      "div",
      { class: "actions" },
      h(
        "button",
        { type: "submit", "aria-label": t("plan-notes-save-label", { section: sectionTitle(s.section) }), "data-action": "save-notes" },
        t("plan-notes-save"),
      ),
    ),
    error,
  );
  const showRemote = () => {
    const show = pending !== null && pending !== notes.value;
    remote.textContent = show ? changedWhileTypingText(changedBy().role, t("plan-these-notes"), changedBy().name) : "";
    remote.hidden = !show;
    if (show) notes.setAttribute("aria-describedby", remote.id);
    else notes.removeAttribute("aria-describedby");
  };
  /** What the status last said about a save of these notes (cleared again once typing starts). */
  let savedSaid: string | null = null;
  notes.addEventListener("input", () => {
    if (savedSaid !== null && status.textContent === savedSaid) status.textContent = "";
  });
  // Left without changing anything: now the other side's text can show.
  notes.addEventListener("blur", () => {
    if (pending === null || notes.value !== base) return;
    notes.value = pending;
    base = pending;
    version = pendingVersion;
    pending = null;
    showRemote();
  });
  let saving = false;
  let draft: DraftHandle | null = null;
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (saving || !draft) return;
    saving = true;
    error.textContent = "";
    const mine = notes.value;
    draft
      .save((key) => saveMerged(s.section, version, mine, key))
      .then(({ merged, version: saved, mineVersion }) => {
        latest = merged.text;
        latestVersion = saved;
        if (notes.value === mine) {
          // Show what was saved, both sides' words, with the caret where the person left it.
          if (merged.text !== mine) {
            const focused = document.activeElement === notes;
            const [from, to] = [notes.selectionStart, notes.selectionEnd];
            notes.value = merged.text;
            if (focused) notes.setSelectionRange(mapCaret(mine, merged.text, from), mapCaret(mine, merged.text, to));
          }
          base = merged.text;
          version = saved;
          pending = null;
        } else {
          // Typed on while saving: the box now grew from `mine`, and the vault holds the merge.
          base = mine;
          version = mineVersion;
          pending = merged.text === mine ? null : merged.text;
          pendingVersion = saved;
        }
        showRemote();
        savedSaid = notesSavedText(merged, mine, changedBy().role, changedBy().name);
        status.textContent = savedSaid;
      })
      .catch((err: unknown) => {
        error.textContent = errorMessage(err, t("plan-notes-save-failed"));
      })
      .finally(() => {
        saving = false;
      });
  });
  return {
    el: form,
    attach() {
      // Unsaved words in the box are kept as a draft, with the version they were written on,
      // so carrying on later still merges with what the other side saved meanwhile.
      draft = attachDraft(
        form,
        {
          key: notesDraft(s.section),
          label: () => t("plan-notes-label", { section: sectionTitle(s.section) }),
          read: () => (notes.value === base ? null : { controls: { [id]: notes.value }, extra: { base, version } }),
          fill: (content) => {
            const text = content.controls[id];
            if (typeof text !== "string") return;
            const extra = content.extra ?? {};
            if (typeof extra.base === "string" && typeof extra.version === "string") {
              base = extra.base;
              version = extra.version;
            }
            notes.value = text;
            // What is saved now, if it moved on since the draft was written, shows as the other
            // side's text does while typing; saving merges both.
            pending = latest === base ? null : latest;
            pendingVersion = latestVersion;
            showRemote();
          },
          clear: () => {
            notes.value = latest;
            base = latest;
            version = latestVersion;
            pending = null;
            showRemote();
          },
          saveHint: t("plan-notes-save-hint"),
        },
        draftNote,
      );
    },
    absorb(incoming: string, incomingVersion: string) {
      latest = incoming;
      latestVersion = incomingVersion;
      const busy = new Set(document.activeElement === notes ? ["notes"] : []);
      const r = absorbRemote({ notes: base }, { notes: notes.value }, { notes: incoming }, busy);
      base = r.base.notes;
      if (base === incoming) version = incomingVersion;
      pendingVersion = incomingVersion;
      if (r.shown.notes !== notes.value) notes.value = r.shown.notes;
      pending = base === incoming ? null : incoming;
      showRemote();
    },
  };
}

interface ItemContext {
  /** The section's title (for the draft of a change to a step). */
  sectionTitle: string;
  /** Called after the item is deleted; takes it out of the list and moves focus on. */
  onRemoved(li: HTMLElement): void;
}

/** One step: tick box and text, with Edit (in place) and Delete (after a confirmation in place). */
/** Per step on screen: what it shows, and whether it is being changed or deleted in place. */
interface ItemHandle {
  current(): PlanItem;
  busy(): boolean;
  /** A newer version of the section in which the step reads as shown. */
  seen(version: string): void;
}
const itemHandles = new WeakMap<HTMLElement, ItemHandle>();

/**
 * `seenIn` is the section's version the step was shown from (null: the current one). A change
 * to the step is saved on top of it, so words the other side put in the same step meanwhile are
 * merged in, not saved over.
 */
function item(initial: PlanItem, ctx: ItemContext, seenIn: string | null): HTMLElement {
  let current = initial;
  let version = seenIn;
  let mode: "view" | "edit" | "confirm" = "view";
  const li = h("li", { class: "check", "data-item-id": initial.id });
  itemHandles.set(li, {
    current: () => current,
    busy: () => mode !== "view",
    seen: (v) => {
      version = v;
    },
  });

  function view(focus?: "edit" | "delete"): void {
    mode = "view";
    const box = h("input", { type: "checkbox", id: `item-${current.id}`, checked: current.done_at !== null });
    box.addEventListener("change", () => {
      api
        .setPlanItemDone(current.id, box.checked)
        .then((saved) => {
          // Only the tick: the text shown (and the version it came from) stays until the list
          // is shown again, so an edit is never saved on top of a version it wasn't shown from.
          current = { ...current, done_at: saved.done_at };
        })
        .catch(() => {
          box.checked = !box.checked;
        });
    });
    const edit = h(
      "button",
      { type: "button", class: "small", "data-action": "edit", "aria-label": t("plan-step-edit-label", { step: current.text }) },
      t("plan-step-edit"),
    );
    const del = h(
      "button",
      { type: "button", class: "small", "data-action": "delete", "aria-label": t("plan-step-delete-label", { step: current.text }) },
      t("plan-step-delete"),
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
    mode = "edit";
    const draftNote = h("div", { class: "draft-note-host" });
    const text = h("input", {
      type: "text",
      id: `edit-${current.id}`,
      name: "item-text",
      "aria-label": t("plan-step-change-label", { step: current.text }),
      spellcheck: "false",
      autocomplete: "off",
    });
    text.value = current.text;
    const cancel = h("button", { type: "button", "aria-label": t("plan-step-close-label") }, t("plan-step-close"));
    const error = h("p", { class: "form-error", role: "alert" });
    const form = h(
      "form",
      { class: "edit-item" },
      text,
      h("button", { type: "submit", class: "primary", "aria-label": t("plan-step-save-label") }, t("plan-step-save")),
      cancel,
    );
    // Closing (or Esc) shows the step as saved; a change typed here is kept as a draft, listed
    // at the top, as everywhere: throwing words away is only ever done with Discard.
    const leave = () => view("edit");
    cancel.addEventListener("click", leave);
    text.addEventListener("keydown", (e) => {
      if (e.key === "Escape") {
        e.preventDefault();
        leave();
      }
    });
    let saving = false;
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      if (saving) return;
      const value = text.value.trim();
      if (!value) {
        error.textContent = t("plan-step-empty");
        text.focus();
        return;
      }
      saving = true;
      draft
        .save((key) => api.updatePlanItem(current.id, value, version, key))
        .then((saved) => {
          current = saved.item;
          version = saved.version;
          view("edit");
        })
        .catch((err: unknown) => {
          saving = false;
          error.textContent = errorMessage(err, t("plan-step-save-failed"));
        });
    });
    li.replaceChildren(draftNote, form, error);
    const draft = attachDraft(
      form,
      {
        key: stepDraft(current.id),
        label: () => t("plan-step-draft", { step: shortened(current.text), section: ctx.sectionTitle }),
        read: () => (text.value === current.text ? null : { controls: { [text.id]: text.value }, extra: { version } }),
        fill: (content) => {
          const value = content.controls[text.id];
          if (typeof value === "string") text.value = value;
          const from = content.extra?.version;
          if (typeof from === "string" || from === null) version = from;
        },
        clear: () => view("edit"),
        saveHint: t("plan-step-save-hint"),
      },
      draftNote,
    );
    if (focusOnEdit) {
      text.focus();
      text.setSelectionRange(text.value.length, text.value.length);
    }
    focusOnEdit = true;
  }

  function confirming(): void {
    mode = "confirm";
    const questionId = `confirm-item-${current.id}`;
    const yes = h("button", { type: "button", class: "small danger", "data-action": "confirm-delete" }, t("plan-step-delete-yes"));
    const keep = h("button", { type: "button", class: "small", "data-action": "keep" }, t("plan-step-keep"));
    const error = h("p", { class: "form-error", role: "alert" });
    const confirm = h(
      "div",
      { class: "confirm", role: "group", "aria-labelledby": questionId },
      h("p", { id: questionId }, t("plan-step-delete-question", { step: current.text })),
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
          error.textContent = errorMessage(err, t("plan-step-delete-failed"));
        });
    });
    li.replaceChildren(confirm, error);
    keep.focus();
  }

  // A change to this step written before and not saved: the step opens being changed.
  let focusOnEdit = false;
  if (hasDraft(stepDraft(initial.id))) editing();
  else {
    focusOnEdit = true;
    view();
  }
  return li;
}

/** At the end of the plan: the plan alone as a PDF, to print or keep (what goes in, ticked). */
function printPanel(): HTMLElement {
  const contacts = h("input", { type: "checkbox", id: "plan-print-contacts" });
  const stage = h("input", { type: "checkbox", id: "plan-print-stage", "aria-describedby": "plan-print-stage-hint" });
  const save = h("button", { type: "button" }, t("plan-print-save"));
  const status = h("p", { class: "status", role: "status" });
  const error = h("p", { class: "form-error", role: "alert" });
  let busy = false;
  save.addEventListener("click", () => {
    if (busy) return;
    busy = true;
    status.textContent = t("plan-print-choose");
    error.textContent = "";
    const done = working(save, t("plan-print-saving"));
    api
      .savePlanSheet({ with_contacts: contacts.checked, with_stage: stage.checked })
      .then((r) => {
        status.textContent = r.done ? t("plan-print-saved", { pages: r.pages }) : t("plan-print-nothing");
      })
      .catch((e: unknown) => {
        status.textContent = "";
        error.textContent = errorMessage(e, t("plan-print-failed"));
      })
      .finally(() => {
        busy = false;
        done();
      });
  });
  return h(
    "section",
    { class: "panel plan-print", "aria-labelledby": "plan-print-title" },
    h("h2", { id: "plan-print-title" }, t("plan-print-title")),
    h("p", {}, t("plan-print-about")),
    h(
      "div",
      { class: "check" },
      contacts,
      h("label", { for: contacts.id }, t("plan-print-contacts")),
    ),
    h("div", { class: "check" }, stage, h("label", { for: stage.id }, t("plan-print-stage"))),
    h(
      "p",
      { class: "hint", id: "plan-print-stage-hint" },
      t("plan-print-stage-hint"),
    ),
    h("div", { class: "actions start" }, save),
    status,
    error,
  );
}
