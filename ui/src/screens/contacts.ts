// Trusted contacts: who can help, how to reach them, the code word, what they know. Each one can
// be changed (the same form, filled in) or deleted after a plain confirmation in place. While
// working together, the advocate's changes show up as they arrive, without touching what is being
// typed; saving a contact puts both sides' changes together.

import "./records.css";
import { api, errorMessage, type Contact, type ContactFields } from "../api";
import { field, h, keepPlace, reconcileChildren, screen, showForAWhile, updatedNote } from "../dom";
import { attachDraft, fillControls, readControls, type DraftHandle } from "../drafts";
import { t } from "../i18n";

/** The drafts of the contact forms: a new contact, and changes to contact `id`. */
const NEW_CONTACT_DRAFT = "contact";
const contactDraft = (id: string) => `contact:${id}`;
import { attachScreen, changedBy, sharedItems } from "../live";
import {
  absorbRemote,
  changedWhileTypingText,
  contactSavedText,
  mergeFields,
  removedWhileEditingText,
  touchedScreens,
} from "./live-logic";

export interface ContactsOptions {
  /** After an edit: put focus back on this contact's Edit button. */
  focusContact?: string;
  /** A short message to announce once the list is shown (e.g. "Changes saved."). */
  message?: string;
  /** A draft being carried on: the new contact form gets focus, or that contact's form opens. */
  focusDraft?: string;
}

export function showContacts(main: HTMLElement, opts: ContactsOptions = {}): void {
  if (opts.focusDraft?.startsWith(`${NEW_CONTACT_DRAFT}:`)) {
    void editFromDraft(main, opts.focusDraft.slice(NEW_CONTACT_DRAFT.length + 1));
    return;
  }
  screen(main, (signal) => {
    const list = h("ul", { class: "cards", "aria-label": t("contacts-list-label") });
    const status = h("p", { role: "status", class: "status" });
    const heading = h("h1", { tabindex: "-1" }, t("contacts-title"));
    const adding = contactForm({
      onSaved: async () => {
        await refresh();
      },
    });
    main.append(
      heading,
      h("p", { class: "lead" }, t("contacts-lead")),
      list,
      status,
      adding.form,
    );
    adding.attach();
    if (opts.focusDraft === NEW_CONTACT_DRAFT) {
      adding.form.querySelector<HTMLElement>("input")?.focus();
      adding.form.scrollIntoView({ block: "center" });
    }

    /**
     * Draws the list again. After the other side's edits (`changed`: the documents they changed), a
     * card asking "Delete …?" stays as it is, and focus and scroll stay put.
     */
    async function refresh(changed?: readonly string[]): Promise<Map<string, HTMLButtonElement>> {
      const editButtons = new Map<string, HTMLButtonElement>();
      try {
        const contacts = await api.listContacts();
        if (changed && signal.aborted) return editButtons;
        const asking = new Map<string, HTMLElement>();
        for (const li of list.querySelectorAll<HTMLElement>(":scope > li[data-contact-id]")) {
          if (li.querySelector(".confirm")) asking.set(li.dataset.contactId ?? "", li);
        }
        const cards = contacts.map((c) => {
          const kept = changed ? asking.get(c.id) : undefined;
          if (kept) return kept;
          const el = card(c, {
            onEdit: () => showEdit(main, c),
            onDeleted: (name) => {
              status.textContent = t("contacts-removed", { name });
              void refresh().then(() => heading.focus());
            },
            register: (button) => editButtons.set(c.id, button),
          });
          const updated = el.querySelector<HTMLElement>(".updated-note");
          if (updated && changed?.includes(c.id)) showForAWhile(updated);
          return el;
        });
        const draw = () => {
          reconcileChildren(list, cards.length ? cards : [h("li", { class: "empty" }, t("contacts-none"))]);
        };
        if (changed) keepPlace(main, draw);
        else draw();
      } catch (e) {
        // A failed reload after the other side's change leaves the list as it was.
        if (!changed) status.textContent = errorMessage(e, t("contacts-load-failed"));
      }
      return editButtons;
    }

    let queue: Promise<unknown> = Promise.resolve();
    attachScreen(list, {
      changed: (documents) => {
        if (!touchedScreens(documents, sharedItems()).has("contacts")) return;
        queue = queue.then(() => refresh(documents));
      },
    });

    void refresh().then((editButtons) => {
      if (opts.message) status.textContent = opts.message;
      if (opts.focusContact) {
        const button = editButtons.get(opts.focusContact);
        if (button) {
          button.focus();
          button.scrollIntoView({ block: "nearest" });
        } else heading.focus();
      }
    });
  });
}

/** The contact's name for buttons and messages, never empty. */
const nameOf = (c: Contact) => c.fields.name.trim() || t("contacts-unnamed");

interface CardActions {
  onEdit(): void;
  onDeleted(name: string): void;
  register(editButton: HTMLButtonElement): void;
}

function card(c: Contact, actions: CardActions): HTMLElement {
  const f = c.fields;
  const name = nameOf(c);
  const row = (label: string, value: string) =>
    // dir=auto: what the person typed keeps its own direction inside a right-to-left page.
    value ? h("div", { class: "row" }, h("dt", {}, label), h("dd", { dir: "auto" }, value)) : null;

  const edit = h(
    "button",
    { type: "button", class: "small", "data-action": "edit", "data-id": c.id, "aria-label": t("contacts-edit-label", { name }) },
    t("contacts-edit"),
  );
  const del = h(
    "button",
    { type: "button", class: "small", "data-action": "delete", "data-id": c.id, "aria-label": t("contacts-delete-label", { name }) },
    t("contacts-delete"),
  );
  actions.register(edit);
  const buttons = h("div", { class: "card-actions" }, edit, del);
  const error = h("p", { class: "form-error", role: "alert" });
  edit.addEventListener("click", () => actions.onEdit());

  del.addEventListener("click", () => {
    const questionId = `confirm-contact-${c.id}`;
    const yes = h("button", { type: "button", class: "small danger", "data-action": "confirm-delete" }, t("contacts-delete-yes"));
    const keep = h("button", { type: "button", class: "small", "data-action": "keep" }, t("contacts-keep"));
    const confirm = h(
      "div",
      { class: "confirm", role: "group", "aria-labelledby": questionId },
      h("p", { id: questionId }, t("contacts-delete-question", { name })),
      yes,
      keep,
    );
    const close = () => {
      confirm.replaceWith(buttons);
      del.focus();
    };
    keep.addEventListener("click", close);
    confirm.addEventListener("keydown", (e) => {
      if (e.key === "Escape") {
        e.preventDefault();
        close();
      }
    });
    let busy = false;
    yes.addEventListener("click", () => {
      if (busy) return;
      busy = true;
      error.textContent = "";
      api
        .deleteContact(c.id)
        .then(() => actions.onDeleted(name))
        .catch((err: unknown) => {
          busy = false;
          error.textContent = errorMessage(err, t("contacts-delete-failed", { name }));
        });
    });
    buttons.replaceWith(confirm);
    keep.focus();
  });

  return h(
    "li",
    { class: "card", "data-contact-id": c.id },
    h("h2", {}, f.name, f.relationship ? h("span", { class: "muted" }, ` · ${f.relationship}`) : null),
    updatedNote("p"),
    h(
      "dl",
      {},
      row(t("contacts-row-reach"), f.how_to_reach),
      row(t("contacts-row-code-word"), f.code_word),
      row(t("contacts-row-knows"), f.what_they_know),
      row(t("contacts-row-check-in"), f.check_in),
      row(t("contacts-row-safe-times"), f.safe_times),
      row(t("contacts-row-emergency"), f.may_call_in_emergency ? t("contacts-may-call") : t("contacts-do-not-call")),
    ),
    buttons,
    error,
  );
}

/** Carrying on with changes to a contact: its form, filled in, if it is still here. */
async function editFromDraft(main: HTMLElement, id: string): Promise<void> {
  // This screen from now (empty while the contact is read back): if the person moves on, or the
  // app hides, meanwhile, the form is not drawn over what is on show then.
  const signal = screen(main, () => undefined);
  try {
    const c = (await api.listContacts()).find((x) => x.id === id);
    if (signal.aborted) return;
    if (c) {
      showEdit(main, c);
      return;
    }
  } catch {
    // Not here any more, or not readable now: the list, where the draft stays listed.
  }
  if (!signal.aborted) showContacts(main);
}

/** The whole screen becomes the form, filled in; Save or Cancel go back to the list. */
function showEdit(main: HTMLElement, c: Contact): void {
  screen(main, (signal) => {
    // Back to the list, unless the person left while a save was on its way (or the app hid).
    const back = (message?: string) => {
      if (!signal.aborted) showContacts(main, { focusContact: c.id, message });
    };
    const { form, absorb, attach } = contactForm({
      existing: c,
      onSaved: async (clean) => back(contactSavedText(clean, changedBy().role, changedBy().name)),
      onCancel: () => back(),
    });
    main.append(form);
    attach();
    form.querySelector<HTMLElement>("h1")?.focus();
    let queue: Promise<void> = Promise.resolve();
    attachScreen(form, {
      changed: (documents) => {
        if (!documents.includes(c.id)) return;
        queue = queue.then(async () => {
          try {
            const now = (await api.listContacts()).find((x) => x.id === c.id);
            if (!signal.aborted) absorb(now?.fields ?? null);
          } catch {
            // Saving merges with whatever is in the vault then, so nothing is lost.
          }
        });
      },
    });
  });
}

interface ContactFormOptions {
  /** When given, the form is filled in and saves with updateContact. */
  existing?: Contact;
  /** `clean`: false when both sides changed the same details (both versions are kept). */
  onSaved(clean: boolean): Promise<void>;
  /** Shown as a Cancel button (editing only). */
  onCancel?(): void;
}

/** Saves a contact put together with whatever the other side saved since `base` was loaded. */
async function saveMerged(id: string, base: ContactFields, mine: ContactFields, draft: string): Promise<boolean> {
  const now = (await api.listContacts()).find((x) => x.id === id);
  const merged = now ? mergeFields(base, mine, now.fields) : { value: mine, clean: true };
  await api.updateContact(id, merged.value, draft);
  return merged.clean;
}

interface ContactForm {
  form: HTMLElement;
  /** The other side changed this contact (null: removed it); only for a form filled in. */
  absorb(incoming: ContactFields | null): void;
  /** Starts keeping what is typed as a draft (once the form is on the page). */
  attach(): void;
}

function contactForm(opts: ContactFormOptions): ContactForm {
  const existing = opts.existing;
  const name = field(t("contacts-field-name"), "name");
  const relationship = field(t("contacts-field-relationship"), "relationship");
  const reach = field(t("contacts-field-reach"), "how_to_reach");
  const code = field(t("contacts-field-code-word"), "code_word", { hint: t("contacts-field-code-word-hint") });
  const knows = field(t("contacts-field-knows"), "what_they_know", { multiline: true });
  const checkIn = field(t("contacts-field-check-in"), "check_in");
  const safeTimes = field(t("contacts-field-safe-times"), "safe_times");
  const emergency = h("input", { type: "checkbox", id: "f-emergency" });
  const error = h("p", { class: "form-error", role: "alert" });
  const remote = h("p", { class: "remote-note", role: "note", hidden: true });
  const texts = {
    name: name.control,
    relationship: relationship.control,
    how_to_reach: reach.control,
    code_word: code.control,
    what_they_know: knows.control,
    check_in: checkIn.control,
    safe_times: safeTimes.control,
  } satisfies Record<Exclude<keyof ContactFields, "may_call_in_emergency">, HTMLInputElement | HTMLTextAreaElement>;
  const values = (): ContactFields => ({
    name: texts.name.value,
    relationship: texts.relationship.value,
    how_to_reach: texts.how_to_reach.value,
    code_word: texts.code_word.value,
    what_they_know: texts.what_they_know.value,
    may_call_in_emergency: emergency.checked,
    check_in: texts.check_in.value,
    safe_times: texts.safe_times.value,
  });
  /** The saved details the form was last filled from: what the person's edits are measured against. */
  let base: ContactFields | null = existing ? { ...existing.fields } : null;

  if (existing) {
    const f = existing.fields;
    name.control.value = f.name;
    relationship.control.value = f.relationship;
    reach.control.value = f.how_to_reach;
    code.control.value = f.code_word;
    knows.control.value = f.what_they_know;
    checkIn.control.value = f.check_in;
    safeTimes.control.value = f.safe_times;
    emergency.checked = f.may_call_in_emergency;
  }

  const draftNote = h("div", { class: "draft-note-host" });
  const titleId = existing ? "edit-contact" : "add-contact";
  const title = existing
    ? h("h1", { id: titleId, tabindex: "-1" }, t("contacts-change-title", { name: nameOf(existing) }))
    : h("h2", { id: titleId }, t("contacts-add-title"));
  let cancel: HTMLButtonElement | null = null;
  if (opts.onCancel) {
    const onCancel = opts.onCancel;
    cancel = h("button", { type: "button", "aria-label": t("contacts-close-label") }, t("contacts-close"));
    cancel.addEventListener("click", () => onCancel());
  }
  const form = h(
    "form",
    { class: "panel", "aria-labelledby": titleId, "data-mode": existing ? "edit" : "add" },
    title,
    draftNote,
    name.wrap,
    relationship.wrap,
    reach.wrap,
    code.wrap,
    knows.wrap,
    checkIn.wrap,
    safeTimes.wrap,
    h("div", { class: "check" }, emergency, h("label", { for: "f-emergency" }, t("contacts-field-emergency"))),
    remote,
    error,
    h(
      "div",
      { class: "actions" },
      cancel,
      h("button", { type: "submit", class: "primary" }, existing ? t("contacts-save-changes") : t("contacts-save-contact")),
    ),
  );
  let saving = false;
  let draft: DraftHandle | null = null;
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (saving || !draft) return;
    const fields = values();
    saving = true;
    const request = draft.save((key) =>
      existing && base ? saveMerged(existing.id, base, fields, key) : api.addContact(fields, key).then(() => true),
    );
    request
      .then(async (clean) => {
        error.textContent = "";
        if (existing) {
          await opts.onSaved(clean);
          return;
        }
        form.reset();
        await opts.onSaved(clean);
        // Back to the list, where the new contact now is; focus goes there too.
        const heading = form.closest("main")?.querySelector<HTMLElement>("h1");
        heading?.focus();
        heading?.scrollIntoView({ block: "start" });
      })
      .catch((err: unknown) => {
        error.textContent = errorMessage(err, t("contacts-save-failed"));
      })
      .finally(() => {
        saving = false;
      });
  });

  function absorb(incoming: ContactFields | null): void {
    if (!base) return;
    if (incoming === null) {
      remote.textContent = removedWhileEditingText(changedBy().role, changedBy().name);
      remote.hidden = false;
      return;
    }
    // The box (or tick box) the person is in keeps what it shows.
    const focused = Object.entries(texts).find(([, control]) => control === document.activeElement)?.[0];
    const busy = new Set(focused ? [focused] : []);
    if (document.activeElement === emergency) busy.add("may_call_in_emergency");
    const r = absorbRemote(base, values(), incoming, busy);
    base = r.base;
    for (const [key, control] of Object.entries(texts) as [keyof typeof texts, HTMLInputElement | HTMLTextAreaElement][]) {
      if (control.value !== r.shown[key]) control.value = r.shown[key];
    }
    if (emergency.checked !== r.shown.may_call_in_emergency) emergency.checked = r.shown.may_call_in_emergency;
    if (r.kept.length) {
      remote.textContent = changedWhileTypingText(changedBy().role, t("contacts-this-contact"), changedBy().name);
      remote.hidden = false;
    }
  }
  /** What the form held when it was filled in (or empty): nothing unsaved while it still does. */
  let initial = "";
  function attach(): void {
    initial = JSON.stringify(readControls(form));
    draft = attachDraft(
      form,
      {
        key: existing ? contactDraft(existing.id) : NEW_CONTACT_DRAFT,
        label: () => (existing ? t("contacts-changes-draft", { name: nameOf(existing) }) : t("contacts-new-draft")),
        read: () => {
          const controls = readControls(form);
          // An edit is unsaved when it differs from the details it started from; a new contact
          // when anything is filled in.
          const unchanged = existing && base ? sameFields(values(), base) : JSON.stringify(controls) === initial;
          return unchanged ? null : { controls, extra: base ? { base } : undefined };
        },
        fill: (content) => {
          fillControls(form, content.controls);
          const from = content.extra?.base;
          // An edit goes on from the details it started from, so saving still merges what
          // the other side changed since.
          if (existing && from && typeof from === "object") base = { ...existing.fields, ...(from as Partial<ContactFields>) };
        },
        clear: () => {
          if (existing) {
            const f = existing.fields;
            fillControls(form, JSON.parse(initial) as Record<string, string | boolean>);
            base = { ...f };
          } else form.reset();
        },
        saveHint: existing ? t("contacts-save-changes-hint") : t("contacts-save-contact-hint"),
      },
      draftNote,
    );
  }
  return { form, absorb, attach };
}

function sameFields(a: ContactFields, b: ContactFields): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
