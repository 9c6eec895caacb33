// The person causing harm and the orders they are under: one card per person (name, other names,
// how the person knows them, what they look like, vehicles, addresses, workplaces, social media, a
// photo) and per order (its kind, who made it, reference, dates, and each condition on its own
// line). Entries in the log can then name who it was and mark a condition as broken. Everything
// here stays in the vault; the report holds it only when ticked there.

import "./records.css";
import "./people-orders.css";
import {
  api,
  isApiError,
  type CourtOrder,
  type HarmProfile,
  type HarmProfileFields,
  type OrderFields,
  type OrderKind,
  type OrderReminder,
} from "../api";
import { formatDay } from "../dates";
import { dateField } from "../date-field";
import { confirmGroup, field, h } from "../dom";
import { attachDraft, fillControls, readControls } from "../drafts";
import { attachmentList, loadAttachmentInfo } from "./attachments";
import { FieldErrors } from "./form-errors";
import { ORDER_KINDS, orderKindLabel, orderTitle, reminderText } from "./people-orders-logic";

const messageOf = (e: unknown, fallback: string) => (isApiError(e) ? e.message : fallback);

/** A card's facts, those left empty left out. */
function factList(rows: readonly (readonly [string, string])[]): HTMLElement {
  return h(
    "dl",
    { class: "po-facts" },
    ...rows.filter(([, v]) => v.trim()).flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]),
  );
}

export interface PeopleOrdersOptions {
  /** A draft being carried on: its form is opened (filled from the draft) and shown. */
  focusDraft?: string;
}

export function showPeopleOrders(main: HTMLElement, opts: PeopleOrdersOptions = {}): void {
  const status = h("p", { class: "status", role: "status", id: "po-status" });
  const error = h("p", { class: "form-error", role: "alert", id: "po-error" });
  const reminders = h("div", { id: "po-reminders" });
  const people = h("ul", { class: "cards", id: "po-people", "aria-labelledby": "po-people-title" });
  const orders = h("ul", { class: "cards", id: "po-orders", "aria-labelledby": "po-orders-title" });
  const personHost = h("div", {});
  const orderHost = h("div", {});
  main.replaceChildren(
    h("h1", { tabindex: "-1" }, "People & orders"),
    h(
      "p",
      { class: "lead" },
      "Who is causing harm, and any orders or conditions they are under. Entries in your log can " +
        "then say who it was, and which condition they broke. Nothing here leaves this computer " +
        "unless you tick it for a report.",
    ),
    status,
    error,
    reminders,
    h("section", { class: "panel", "aria-labelledby": "po-people-title" },
      h("h2", { id: "po-people-title", tabindex: "-1" }, "Who it is"),
      people,
      personHost,
    ),
    h("section", { class: "panel", "aria-labelledby": "po-orders-title" },
      h("h2", { id: "po-orders-title", tabindex: "-1" }, "Orders and conditions"),
      orders,
      orderHost,
    ),
  );
  main.querySelector<HTMLElement>("h1")?.focus();

  let profiles: HarmProfile[] = [];
  let courtOrders: CourtOrder[] = [];

  async function refresh(focus?: string): Promise<void> {
    try {
      const [p, o, r] = await Promise.all([api.harmProfiles(), api.courtOrders(), api.orderReminders()]);
      if (!main.isConnected) return;
      profiles = p;
      courtOrders = o;
      showReminders(r);
      people.replaceChildren(...profiles.map(personCard));
      people.hidden = profiles.length === 0;
      orders.replaceChildren(...courtOrders.map(orderCard));
      orders.hidden = courtOrders.length === 0;
      // The add forms are made once, so what is typed in one survives saves and cancels
      // elsewhere on the page; only the choice of who an order is against follows the list.
      if (!personHost.firstChild) personHost.replaceChildren(personForm(null));
      if (!orderHost.firstChild) orderHost.replaceChildren(orderForm(null));
      for (const select of main.querySelectorAll<HTMLSelectElement>("select[data-against]")) fillAgainst(select);
      if (focus) main.querySelector<HTMLElement>(focus)?.focus();
    } catch (e) {
      error.textContent = messageOf(e, "This could not be loaded just now. Please try again.");
    }
  }

  function showReminders(list: OrderReminder[]): void {
    reminders.replaceChildren(
      ...list.map((r) => h("p", { class: "risk-note po-reminder", "data-order-id": r.order_id }, reminderText(r))),
    );
  }

  /** The "who it is against" choices, keeping what is chosen. */
  function fillAgainst(select: HTMLSelectElement, chosen = select.value): void {
    select.replaceChildren(
      h("option", { value: "" }, "Not listed here"),
      ...profiles.map((p) => h("option", { value: p.id }, p.fields.name)),
    );
    select.value = profiles.some((p) => p.id === chosen) ? chosen : "";
  }

  /**
   * A card's Change and Remove, with Remove asking `question` in place (Keep, or Escape, goes
   * back): `remove` is run on "Yes, remove"; a refusal is said under the card.
   */
  function cardActions(
    kind: "person" | "order",
    id: string,
    name: string,
    question: string,
    change: () => void,
    remove: () => Promise<void>,
  ): { actions: HTMLElement; confirm: HTMLElement; error: HTMLElement } {
    const changeButton = h("button", { type: "button", class: "small", "data-action": `${kind}-change`, "aria-label": `Change ${name}` }, "Change");
    const removeButton = h("button", { type: "button", class: "small danger", "data-action": `${kind}-remove`, "aria-label": `Remove ${name}` }, "Remove");
    const yes = h("button", { type: "button", class: "small danger" }, "Yes, remove");
    const no = h("button", { type: "button", class: "small" }, "Keep");
    const confirm = confirmGroup(`po-${kind}-remove-q-${id}`, question, yes, no);
    const error = h("p", { class: "form-error", role: "alert" });
    const keep = () => {
      confirm.hidden = true;
      removeButton.focus();
    };
    changeButton.addEventListener("click", change);
    removeButton.addEventListener("click", () => {
      error.textContent = "";
      confirm.hidden = false;
      no.focus();
    });
    no.addEventListener("click", keep);
    confirm.addEventListener("keydown", (e) => {
      if (e.key !== "Escape") return;
      e.preventDefault();
      keep();
    });
    yes.addEventListener("click", () => {
      remove().catch((e: unknown) => {
        confirm.hidden = true;
        error.textContent = messageOf(e, "It could not be removed just now.");
        removeButton.focus();
      });
    });
    return { actions: h("div", { class: "card-actions" }, changeButton, removeButton), confirm, error };
  }

  // ---- People ----

  function personCard(p: HarmProfile): HTMLElement {
    const f = p.fields;
    const rows: [string, string][] = [
      ["Other names", f.aliases],
      ["How you know them", f.relationship],
      ["What they look like", f.description],
      ["Vehicles", f.vehicles],
      ["Addresses", f.addresses],
      ["Where they work", f.workplaces],
      ["Social media", f.social_media],
    ];
    // The photo, shown from memory on request, like an entry's pictures.
    const photoHolder = h("div", { class: "po-photo" });
    if (f.photo) {
      const id = f.photo;
      void loadAttachmentInfo([id]).then((metas) => {
        photoHolder.replaceChildren(h("p", { class: "muted" }, "Photo:"), attachmentList([id], metas));
      });
    }
    const against = courtOrders.filter((o) => o.fields.profile_id === p.id).length;
    const question =
      `Remove ${f.name}? Entries that name them keep the name they were written with.` +
      (against > 0
        ? ` ${against === 1 ? "One order is" : `${against} orders are`} recorded against them: ` +
          `${against === 1 ? "it stays, without" : "they stay, without"} their name.`
        : "");
    const { actions, confirm, error: rowError } = cardActions(
      "person",
      p.id,
      f.name,
      question,
      () => {
        card.replaceChildren(personForm(p));
        card.querySelector<HTMLElement>("input")?.focus();
      },
      () =>
        api.removeHarmProfile(p.id).then(() => {
          status.textContent = `${f.name} has been removed.`;
          return refresh("#po-people-title");
        }),
    );
    const card = h(
      "li",
      { class: "card po-person", "data-item-id": p.id },
      h("h3", { tabindex: "-1" }, f.name),
      factList(rows),
      photoHolder,
      rowError,
      actions,
      confirm,
    );
    return card;
  }

  function personForm(existing: HarmProfile | null): HTMLFormElement {
    const prefix = existing ? `po-p-${existing.id}` : "po-p-new";
    const f = existing?.fields;
    const text = (label: string, key: keyof Omit<HarmProfileFields, "photo">, multiline = false, hint?: string) => {
      const made = field(label, `${prefix}-${key}`, { multiline, hint });
      made.control.value = f?.[key] ?? "";
      return { key, ...made };
    };
    const inputs = [
      text("Name, or what you call them", "name"),
      text("Other names they use (one per line)", "aliases", true),
      text("How you know them", "relationship", false, "For example: former partner, neighbour, someone I don't know"),
      text("What they look like", "description", true),
      text("Vehicles and registrations (one per line)", "vehicles", true),
      text("Addresses (one per line)", "addresses", true),
      text("Where they work (one per line)", "workplaces", true),
      text("Social media accounts (one per line)", "social_media", true),
    ];
    let photo: string | null = f?.photo ?? null;
    const photoInput = h("input", { type: "file", id: `${prefix}-photo`, accept: "image/png,image/jpeg" });
    const photoNote = h("span", { class: "hint", id: `${prefix}-photo-note` }, photo ? "A photo is kept." : "");
    const dropPhoto = h("button", { type: "button", class: "small", hidden: !photo }, "Take the photo off");
    photoInput.addEventListener("change", () => {
      const file = photoInput.files?.[0];
      if (!file) return;
      photoNote.textContent = "Adding the photo…";
      api
        .addAttachment(file)
        .then((meta) => {
          photo = meta.id;
          photoNote.textContent = `Photo ready: ${meta.file_name}. It is kept when you save.`;
          dropPhoto.hidden = false;
        })
        .catch((e: unknown) => (photoNote.textContent = messageOf(e, "The photo could not be added.")));
    });
    dropPhoto.addEventListener("click", () => {
      photo = null;
      photoInput.value = "";
      photoNote.textContent = "No photo.";
      dropPhoto.hidden = true;
      photoInput.focus();
    });
    const formError = h("p", { class: "form-error", role: "alert" });
    const draftNote = h("div", { class: "draft-note-host" });
    const errors = new FieldErrors(inputs.map((i) => i.control));
    const save = h("button", { type: "submit", class: "primary" }, existing ? "Save changes" : "Add this person");
    const cancel = existing ? h("button", { type: "button" }, "Cancel") : null;
    const form = h(
      "form",
      { class: existing ? "po-form" : "po-form po-new", id: `${prefix}-form`, novalidate: true, "aria-label": existing ? `Change ${f?.name}` : "Add a person" },
      existing ? null : h("h3", {}, "Add a person"),
      draftNote,
      errors.announcer,
      ...inputs.map((i) => i.wrap),
      h("div", { class: "field" }, h("label", { for: `${prefix}-photo` }, "A photo of them (optional)"), photoInput, photoNote, dropPhoto),
      formError,
      h("div", { class: "actions start" }, save, cancel),
    );
    cancel?.addEventListener("click", () => {
      draft.done();
      void refresh(`[data-item-id="${existing?.id}"] [data-action="person-change"]`);
    });
    // What is typed is kept as a draft until saved, the photo with it.
    const initial = JSON.stringify(readControls(form));
    const draft = attachDraft(
      form,
      {
        key: existing ? `person:${existing.id}` : "person",
        label: () => (existing ? `Changes to ${existing.fields.name}` : "A person causing harm"),
        read: () => {
          const controls = readControls(form);
          const same = JSON.stringify(controls) === initial && photo === (f?.photo ?? null);
          return same ? null : { controls, attachments: photo ? [photo] : [], extra: { photo } };
        },
        fill: (content) => {
          fillControls(form, content.controls);
          const kept = content.extra?.photo;
          if (typeof kept === "string") {
            photo = kept;
            photoNote.textContent = "A photo is ready. It is kept when you save.";
            dropPhoto.hidden = false;
          }
        },
        clear: () => {
          form.reset();
          photo = f?.photo ?? null;
        },
        saveHint: existing ? "press Save changes to keep it" : "press Add this person to keep it",
      },
      draftNote,
    );
    let saving = false;
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      if (saving) return;
      formError.textContent = "";
      const fields = Object.fromEntries(inputs.map((i) => [i.key, i.control.value])) as Omit<HarmProfileFields, "photo">;
      const all: HarmProfileFields = { ...fields, photo };
      const nameBox = inputs[0]?.control;
      if (!all.name.trim() && nameBox) {
        errors.show(nameBox, "Please give a name, or what you call them (such as “the man in the blue van”).");
        return;
      }
      saving = true;
      draft
        .save((key) => (existing ? api.updateHarmProfile(existing.id, all, key) : api.addHarmProfile(all, key)))
        .then((saved) => {
          status.textContent = existing ? "Changes saved." : `${saved.fields.name} added.`;
          if (!existing) {
            form.reset();
            photo = null;
            photoNote.textContent = "";
            dropPhoto.hidden = true;
          }
          return refresh(`[data-item-id="${saved.id}"] h3`);
        })
        .catch((err: unknown) => {
          formError.textContent = messageOf(err, "This could not be saved. Nothing has been lost; please try again.");
        })
        .finally(() => (saving = false));
    });
    return form;
  }

  // ---- Orders ----

  function orderCard(o: CourtOrder): HTMLElement {
    const f = o.fields;
    const against = profiles.find((p) => p.id === f.profile_id)?.fields.name;
    const title = orderTitle(o);
    const { actions, confirm, error: rowError } = cardActions(
      "order",
      o.id,
      title,
      `Remove ${title}?`,
      () => {
        card.replaceChildren(orderForm(o));
        card.querySelector<HTMLElement>("select")?.focus();
      },
      () =>
        api.removeCourtOrder(o.id).then(() => {
          status.textContent = `${title} has been removed.`;
          return refresh("#po-orders-title");
        }),
    );
    const facts: [string, string][] = [
      ["Against", against ?? ""],
      ["Made by", f.made_by],
      ["Made on", f.made_on ? formatDay(f.made_on) : ""],
      ["Ends", f.expires_on ? formatDay(f.expires_on) : ""],
      ["Note", f.note],
    ];
    const card = h(
      "li",
      { class: "card po-order", "data-item-id": o.id },
      h("h3", { tabindex: "-1" }, title),
      factList(facts),
      f.conditions.length > 0
        ? h("div", {}, h("p", { class: "muted" }, "Conditions:"), h("ol", { class: "po-conditions" }, ...f.conditions.map((c) => h("li", {}, c.text))))
        : h("p", { class: "hint" }, "No conditions written down yet."),
      rowError,
      actions,
      confirm,
    );
    return card;
  }

  function orderForm(existing: CourtOrder | null): HTMLFormElement {
    const prefix = existing ? `po-o-${existing.id}` : "po-o-new";
    const f = existing?.fields;
    const kind = h("select", { id: `${prefix}-kind`, name: `${prefix}-kind` },
      existing ? null : h("option", { value: "" }, "Choose what kind"),
      ...ORDER_KINDS.map((k) => h("option", { value: k, selected: f?.kind === k }, orderKindLabel(k))),
    );
    const against = h("select", { id: `${prefix}-against`, name: `${prefix}-against`, "data-against": true });
    fillAgainst(against, f?.profile_id ?? "");
    const madeBy = field("Made by (the court or police force)", `${prefix}-made-by`);
    madeBy.control.value = f?.made_by ?? "";
    const reference = field("Reference number", `${prefix}-reference`);
    reference.control.value = f?.reference ?? "";
    const madeOnField = dateField(`${prefix}-made-on`, "Made on (optional)", f?.made_on ?? "");
    const endsOnField = dateField(
      `${prefix}-ends-on`,
      "Ends on (optional)",
      f?.expires_on ?? "",
      "You will be reminded here, and when you open the app, four weeks before it ends.",
    );
    const madeOn = madeOnField.input;
    const endsOn = endsOnField.input;
    const note = field("Anything else about it (optional)", `${prefix}-note`, { multiline: true });
    note.control.value = f?.note ?? "";
    const conditions = h("ol", { class: "po-condition-inputs", id: `${prefix}-conditions` });
    let n = 0;
    /** Each line's label and button say its number as shown now. */
    const renumber = () => {
      [...conditions.children].forEach((li, i) => {
        li.querySelector("label")?.replaceChildren(`Condition ${i + 1}`);
        li.querySelector("button")?.setAttribute("aria-label", `Take out condition ${i + 1}`);
      });
    };
    const addCondition = (id: string, text: string) => {
      const inputId = `${prefix}-c-${n++}`;
      const input = h("input", { type: "text", id: inputId, "data-condition-id": id, value: text, autocomplete: "off", spellcheck: "false" });
      const drop = h("button", { type: "button", class: "small" }, "Take out");
      const li = h("li", {}, h("label", { for: inputId, class: "visually-hidden" }), h("div", { class: "po-condition-row" }, input, drop));
      drop.addEventListener("click", () => {
        li.remove();
        renumber();
        addButton.focus();
      });
      conditions.append(li);
      renumber();
      return input;
    };
    const addButton = h("button", { type: "button", class: "small" }, "Add a condition");
    addButton.addEventListener("click", () => addCondition("", "").focus());
    for (const c of f?.conditions ?? []) addCondition(c.id, c.text);
    if (!existing) addCondition("", "");
    const formError = h("p", { class: "form-error", role: "alert" });
    const draftNote = h("div", { class: "draft-note-host" });
    const save = h("button", { type: "submit", class: "primary" }, existing ? "Save changes" : "Add this order");
    const cancel = existing ? h("button", { type: "button" }, "Cancel") : null;
    const form = h(
      "form",
      { class: existing ? "po-form" : "po-form po-new", id: `${prefix}-form`, novalidate: true, "aria-label": existing ? `Change ${orderTitle(existing)}` : "Add an order" },
      existing ? null : h("h3", {}, "Add an order or conditions"),
      draftNote,
      h("div", { class: "field" }, h("label", { for: `${prefix}-kind` }, "What kind"), kind),
      h("div", { class: "field" }, h("label", { for: `${prefix}-against` }, "Who it is against"), against),
      madeBy.wrap,
      reference.wrap,
      madeOnField.wrap,
      endsOnField.wrap,
      h("fieldset", { class: "po-conditions-set" }, h("legend", {}, "Each condition on its own line, as the order words it"), conditions, addButton),
      note.wrap,
      formError,
      h("div", { class: "actions start" }, save, cancel),
    );
    cancel?.addEventListener("click", () => {
      draft.done();
      void refresh(`[data-item-id="${existing?.id}"] [data-action="order-change"]`);
    });
    // Conditions are lines added and taken out: the draft keeps them as a list.
    const conditionValues = () =>
      [...conditions.querySelectorAll<HTMLInputElement>("input")].map((i) => ({ id: i.dataset.conditionId ?? "", text: i.value }));
    const initial = JSON.stringify([readControls(form), conditionValues()]);
    const draft = attachDraft(
      form,
      {
        key: existing ? `order:${existing.id}` : "order",
        label: () => (existing ? `Changes to ${orderTitle(existing)}` : "An order or conditions"),
        read: () => {
          const controls = readControls(form);
          const lines = conditionValues();
          return JSON.stringify([controls, lines]) === initial ? null : { controls, extra: { conditions: lines } };
        },
        fill: (content) => {
          const lines = content.extra?.conditions;
          if (Array.isArray(lines)) {
            conditions.replaceChildren();
            for (const l of lines) {
              if (l && typeof l === "object" && typeof l.text === "string") addCondition(typeof l.id === "string" ? l.id : "", l.text);
            }
          }
          fillControls(form, content.controls);
          madeOnField.sync();
          endsOnField.sync();
        },
        clear: () => {
          form.reset();
          madeOnField.sync();
          endsOnField.sync();
        },
        saveHint: existing ? "press Save changes to keep it" : "press Add this order to keep it",
      },
      draftNote,
    );
    let saving = false;
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      if (saving) return;
      formError.textContent = "";
      const problem = (message: string, target: HTMLElement) => {
        target.closest(".field, fieldset")?.after(formError);
        formError.textContent = message;
        target.focus();
      };
      if (!kind.value) return problem("Please choose what kind of order or condition it is.", kind);
      for (const d of [madeOnField, endsOnField]) {
        if (d.input.validity.badInput) return problem("This date is not complete. Please type the day, month and year, or leave it empty.", d.input);
      }
      if (madeOn.value && endsOn.value && endsOn.value < madeOn.value) {
        return problem("It ends before the day it was made. Please check the dates.", endsOn);
      }
      const lines = conditionValues().filter((c) => c.text.trim());
      if (!reference.control.value.trim() && !against.value && lines.length === 0) {
        return problem("Please give at least its reference number, who it is against, or one condition.", reference.control);
      }
      const fields: OrderFields = {
        kind: kind.value as OrderKind,
        profile_id: against.value || null,
        made_by: madeBy.control.value,
        reference: reference.control.value,
        made_on: madeOn.value || null,
        expires_on: endsOn.value || null,
        conditions: conditionValues(),
        note: note.control.value,
      };
      saving = true;
      draft
        .save((key) => (existing ? api.updateCourtOrder(existing.id, fields, key) : api.addCourtOrder(fields, key)))
        .then((saved) => {
          status.textContent = existing ? "Changes saved." : `${orderTitle(saved)} added.`;
          if (!existing) {
            form.reset();
            conditions.replaceChildren();
            addCondition("", "");
            madeOnField.sync();
            endsOnField.sync();
          }
          return refresh(`[data-item-id="${saved.id}"] h3`);
        })
        .catch((err: unknown) => {
          formError.textContent = messageOf(err, "This could not be saved. Nothing has been lost; please try again.");
        })
        .finally(() => (saving = false));
    });
    return form;
  }

  void refresh().then(() => {
    const key = opts.focusDraft;
    if (!key) return;
    const [kind, id] = key.split(":");
    if (id) {
      main.querySelector<HTMLButtonElement>(`[data-item-id="${CSS.escape(id)}"] [data-action="${kind}-change"]`)?.click();
    }
    const form = id
      ? main.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"] form`)
      : (kind === "person" ? personHost : orderHost).querySelector<HTMLElement>("form");
    form?.scrollIntoView({ block: "center" });
  });
}
