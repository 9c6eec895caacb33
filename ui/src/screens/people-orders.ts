// The person causing harm and the orders they are under: one card per person (name, other names,
// how the person knows them, what they look like, vehicles, addresses, workplaces, social media, a
// photo) and per order (its kind, who made it, reference, dates, and each condition on its own
// line). Entries in the log can then name who it was and mark a condition as broken. Everything
// here stays in the vault; the report holds it only when ticked there.

import "./records.css";
import "./people-orders.css";
import {
  api,
  errorMessage,
  type CourtOrder,
  type HarmProfile,
  type HarmProfileFields,
  type OrderFields,
  type OrderKind,
  type OrderReminder,
} from "../api";
import { formatDay } from "../dates";
import { t } from "../i18n";
import { dateField } from "../date-field";
import { confirmGroup, field, fitListBox, h, screen } from "../dom";
import { attachDraft, fillControls, readControls } from "../drafts";
import { attachmentList, loadAttachmentInfo } from "./attachments";
import { FieldErrors } from "./form-errors";
import { ORDER_KINDS, orderKindLabel, orderTitle, reminderText } from "./people-orders-logic";

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
  screen(main, (signal) => {
    const status = h("p", { class: "status", role: "status", id: "po-status" });
    const error = h("p", { class: "form-error", role: "alert", id: "po-error" });
    const reminders = h("div", { id: "po-reminders" });
    const people = h("ul", { class: "cards", id: "po-people", "aria-labelledby": "po-people-title" });
    const orders = h("ul", { class: "cards", id: "po-orders", "aria-labelledby": "po-orders-title" });
    const personHost = h("div", {});
    const orderHost = h("div", {});
    main.append(
      h("h1", { tabindex: "-1" }, t("people-orders-heading")),
      h(
        "p",
        { class: "lead" },
        t("people-orders-lead"),
      ),
      status,
      error,
      reminders,
      h("section", { class: "panel", "aria-labelledby": "po-people-title" },
        h("h2", { id: "po-people-title", tabindex: "-1" }, t("people-orders-people-heading")),
        people,
        personHost,
      ),
      h("section", { class: "panel", "aria-labelledby": "po-orders-title" },
        h("h2", { id: "po-orders-title", tabindex: "-1" }, t("people-orders-orders-heading")),
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
        if (signal.aborted) return;
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
        error.textContent = errorMessage(e, t("people-orders-load-failed"));
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
        h("option", { value: "" }, t("people-orders-not-listed")),
        ...profiles.map((p) => h("option", { value: p.id }, p.fields.name)),
      );
      select.value = profiles.some((p) => p.id === chosen) ? chosen : "";
      fitListBox(select);
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
      const changeButton = h("button", { type: "button", class: "small", "data-action": `${kind}-change`, "aria-label": t("people-orders-change-label", { name }) }, t("people-orders-change"));
      const removeButton = h("button", { type: "button", class: "small danger", "data-action": `${kind}-remove`, "aria-label": t("people-orders-remove-label", { name }) }, t("people-orders-remove"));
      const yes = h("button", { type: "button", class: "small danger" }, t("people-orders-remove-yes"));
      const no = h("button", { type: "button", class: "small" }, t("people-orders-remove-keep"));
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
          error.textContent = errorMessage(e, t("people-orders-remove-failed"));
          removeButton.focus();
        });
      });
      return { actions: h("div", { class: "card-actions" }, changeButton, removeButton), confirm, error };
    }

    // ---- People ----

    function personCard(p: HarmProfile): HTMLElement {
      const f = p.fields;
      const rows: [string, string][] = [
        [t("people-orders-fact-aliases"), f.aliases],
        [t("people-orders-fact-relationship"), f.relationship],
        [t("people-orders-fact-description"), f.description],
        [t("people-orders-fact-vehicles"), f.vehicles],
        [t("people-orders-fact-addresses"), f.addresses],
        [t("people-orders-fact-workplaces"), f.workplaces],
        [t("people-orders-fact-social-media"), f.social_media],
      ];
      // The photo, shown from memory on request, like an entry's pictures.
      const photoHolder = h("div", { class: "po-photo" });
      if (f.photo) {
        const id = f.photo;
        void loadAttachmentInfo([id]).then((metas) => {
          photoHolder.replaceChildren(h("p", { class: "muted" }, t("people-orders-photo-label")), attachmentList([id], metas));
        });
      }
      const against = courtOrders.filter((o) => o.fields.profile_id === p.id).length;
      const question =
        t("people-orders-person-remove-question", { name: f.name }) +
        (against > 0 ? ` ${t("people-orders-person-remove-orders", { count: against })}` : "");
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
            status.textContent = t("people-orders-removed", { name: f.name });
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
        text(t("people-orders-field-name"), "name"),
        text(t("people-orders-field-aliases"), "aliases", true),
        text(t("people-orders-field-relationship"), "relationship", false, t("people-orders-field-relationship-hint")),
        text(t("people-orders-field-description"), "description", true),
        text(t("people-orders-field-vehicles"), "vehicles", true),
        text(t("people-orders-field-addresses"), "addresses", true),
        text(t("people-orders-field-workplaces"), "workplaces", true),
        text(t("people-orders-field-social-media"), "social_media", true),
      ];
      let photo: string | null = f?.photo ?? null;
      const photoInput = h("input", { type: "file", id: `${prefix}-photo`, accept: "image/png,image/jpeg" });
      const photoNote = h("span", { class: "hint", id: `${prefix}-photo-note` }, photo ? t("people-orders-photo-kept") : "");
      const dropPhoto = h("button", { type: "button", class: "small", hidden: !photo }, t("people-orders-photo-drop"));
      photoInput.addEventListener("change", () => {
        const file = photoInput.files?.[0];
        if (!file) return;
        photoNote.textContent = t("people-orders-photo-adding");
        api
          .addAttachment(file)
          .then((meta) => {
            photo = meta.id;
            photoNote.textContent = t("people-orders-photo-ready-file", { file: meta.file_name });
            dropPhoto.hidden = false;
          })
          .catch((e: unknown) => (photoNote.textContent = errorMessage(e, t("people-orders-photo-add-failed"))));
      });
      dropPhoto.addEventListener("click", () => {
        photo = null;
        photoInput.value = "";
        photoNote.textContent = t("people-orders-photo-none");
        dropPhoto.hidden = true;
        photoInput.focus();
      });
      const formError = h("p", { class: "form-error", role: "alert" });
      const draftNote = h("div", { class: "draft-note-host" });
      const errors = new FieldErrors(inputs.map((i) => i.control));
      const save = h("button", { type: "submit", class: "primary" }, existing ? t("people-orders-save-changes") : t("people-orders-add-person"));
      const cancel = existing ? h("button", { type: "button" }, t("people-orders-cancel")) : null;
      const form = h(
        "form",
        {
          class: existing ? "po-form" : "po-form po-new",
          id: `${prefix}-form`,
          novalidate: true,
          "aria-label": existing ? t("people-orders-change-label", { name: existing.fields.name }) : t("people-orders-add-person-heading"),
        },
        existing ? null : h("h3", {}, t("people-orders-add-person-heading")),
        draftNote,
        errors.announcer,
        ...inputs.map((i) => i.wrap),
        h("div", { class: "field" }, h("label", { for: `${prefix}-photo` }, t("people-orders-field-photo")), photoInput, photoNote, dropPhoto),
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
          label: () => (existing ? t("people-orders-draft-changes", { name: existing.fields.name }) : t("people-orders-draft-person")),
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
              photoNote.textContent = t("people-orders-photo-ready");
              dropPhoto.hidden = false;
            }
          },
          clear: () => {
            form.reset();
            photo = f?.photo ?? null;
          },
          saveHint: existing ? t("people-orders-save-hint-changes") : t("people-orders-save-hint-person"),
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
          errors.show(nameBox, t("people-orders-name-missing"));
          return;
        }
        saving = true;
        draft
          .save((key) => (existing ? api.updateHarmProfile(existing.id, all, key) : api.addHarmProfile(all, key)))
          .then((saved) => {
            status.textContent = existing ? t("people-orders-changes-saved") : t("people-orders-added", { name: saved.fields.name });
            if (!existing) {
              form.reset();
              photo = null;
              photoNote.textContent = "";
              dropPhoto.hidden = true;
            }
            return refresh(`[data-item-id="${saved.id}"] h3`);
          })
          .catch((err: unknown) => {
            formError.textContent = errorMessage(err, t("people-orders-save-failed"));
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
        t("people-orders-order-remove-question", { title }),
        () => {
          card.replaceChildren(orderForm(o));
          card.querySelector<HTMLElement>("select")?.focus();
        },
        () =>
          api.removeCourtOrder(o.id).then(() => {
            status.textContent = t("people-orders-removed", { name: title });
            return refresh("#po-orders-title");
          }),
      );
      const facts: [string, string][] = [
        [t("people-orders-fact-against"), against ?? ""],
        [t("people-orders-fact-made-by"), f.made_by],
        [t("people-orders-fact-made-on"), f.made_on ? formatDay(f.made_on) : ""],
        [t("people-orders-fact-ends"), f.expires_on ? formatDay(f.expires_on) : ""],
        [t("people-orders-fact-note"), f.note],
      ];
      const card = h(
        "li",
        { class: "card po-order", "data-item-id": o.id },
        h("h3", { tabindex: "-1" }, title),
        factList(facts),
        f.conditions.length > 0
          ? h("div", {}, h("p", { class: "muted" }, t("people-orders-conditions-label")), h("ol", { class: "po-conditions" }, ...f.conditions.map((c) => h("li", {}, c.text))))
          : h("p", { class: "hint" }, t("people-orders-no-conditions")),
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
        existing ? null : h("option", { value: "" }, t("people-orders-choose-kind")),
        ...ORDER_KINDS.map((k) => h("option", { value: k, selected: f?.kind === k }, orderKindLabel(k))),
      );
      const against = h("select", { id: `${prefix}-against`, name: `${prefix}-against`, "data-against": true });
      fillAgainst(against, f?.profile_id ?? "");
      const madeBy = field(t("people-orders-field-made-by"), `${prefix}-made-by`);
      madeBy.control.value = f?.made_by ?? "";
      const reference = field(t("people-orders-field-reference"), `${prefix}-reference`);
      reference.control.value = f?.reference ?? "";
      const madeOnField = dateField(`${prefix}-made-on`, t("people-orders-field-made-on"), f?.made_on ?? "");
      const endsOnField = dateField(
        `${prefix}-ends-on`,
        t("people-orders-field-ends-on"),
        f?.expires_on ?? "",
        t("people-orders-field-ends-on-hint"),
      );
      const madeOn = madeOnField.input;
      const endsOn = endsOnField.input;
      const note = field(t("people-orders-field-note"), `${prefix}-note`, { multiline: true });
      note.control.value = f?.note ?? "";
      const conditions = h("ol", { class: "po-condition-inputs", id: `${prefix}-conditions` });
      let n = 0;
      /** Each line's label and button say its number as shown now. */
      const renumber = () => {
        [...conditions.children].forEach((li, i) => {
          li.querySelector("label")?.replaceChildren(t("people-orders-condition-label", { number: i + 1 }));
          li.querySelector("button")?.setAttribute("aria-label", t("people-orders-condition-remove-label", { number: i + 1 }));
        });
      };
      const addCondition = (id: string, text: string) => {
        const inputId = `${prefix}-c-${n++}`;
        const input = h("input", { type: "text", id: inputId, "data-condition-id": id, value: text, autocomplete: "off", spellcheck: "false" });
        const drop = h("button", { type: "button", class: "small" }, t("people-orders-condition-remove"));
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
      const addButton = h("button", { type: "button", class: "small" }, t("people-orders-condition-add"));
      addButton.addEventListener("click", () => addCondition("", "").focus());
      for (const c of f?.conditions ?? []) addCondition(c.id, c.text);
      if (!existing) addCondition("", "");
      const formError = h("p", { class: "form-error", role: "alert" });
      const draftNote = h("div", { class: "draft-note-host" });
      const save = h("button", { type: "submit", class: "primary" }, existing ? t("people-orders-save-changes") : t("people-orders-add-order"));
      const cancel = existing ? h("button", { type: "button" }, t("people-orders-cancel")) : null;
      const form = h(
        "form",
        {
          class: existing ? "po-form" : "po-form po-new",
          id: `${prefix}-form`,
          novalidate: true,
          "aria-label": existing ? t("people-orders-change-label", { name: orderTitle(existing) }) : t("people-orders-add-order-label"),
        },
        existing ? null : h("h3", {}, t("people-orders-add-order-heading")),
        draftNote,
        h("div", { class: "field" }, h("label", { for: `${prefix}-kind` }, t("people-orders-field-kind")), kind),
        h("div", { class: "field" }, h("label", { for: `${prefix}-against` }, t("people-orders-field-against")), against),
        madeBy.wrap,
        reference.wrap,
        madeOnField.wrap,
        endsOnField.wrap,
        h("fieldset", { class: "po-conditions-set" }, h("legend", {}, t("people-orders-conditions-legend")), conditions, addButton),
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
          label: () => (existing ? t("people-orders-draft-changes", { name: orderTitle(existing) }) : t("people-orders-draft-order")),
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
          saveHint: existing ? t("people-orders-save-hint-changes") : t("people-orders-save-hint-order"),
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
        if (!kind.value) return problem(t("people-orders-kind-missing"), kind);
        for (const d of [madeOnField, endsOnField]) {
          if (d.input.validity.badInput) return problem(t("people-orders-date-incomplete"), d.input);
        }
        if (madeOn.value && endsOn.value && endsOn.value < madeOn.value) {
          return problem(t("people-orders-ends-before-made"), endsOn);
        }
        const lines = conditionValues().filter((c) => c.text.trim());
        if (!reference.control.value.trim() && !against.value && lines.length === 0) {
          return problem(t("people-orders-order-empty"), reference.control);
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
            status.textContent = existing ? t("people-orders-changes-saved") : t("people-orders-added", { name: orderTitle(saved) });
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
            formError.textContent = errorMessage(err, t("people-orders-save-failed"));
          })
          .finally(() => (saving = false));
      });
      return form;
    }

    void refresh().then(() => {
      const key = opts.focusDraft;
      // Left meanwhile: main holds another screen now.
      if (!key || signal.aborted) return;
      const [kind, id] = key.split(":");
      if (id) {
        main.querySelector<HTMLButtonElement>(`[data-item-id="${CSS.escape(id)}"] [data-action="${kind}-change"]`)?.click();
      }
      const form = id
        ? main.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"] form`)
        : (kind === "person" ? personHost : orderHost).querySelector<HTMLElement>("form");
      form?.scrollIntoView({ block: "center" });
    });
  });
}
