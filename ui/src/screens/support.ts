// Who to call: the support directory, numbers shown large, with the Silent Solution explained.
// The list is the person's own: services can be added (a local IDVA service), changed and
// removed. A built-in service removed is only put aside and can be put back as published.

import "./records.css";
import { api, errorMessage, type SupportService, type SupportServiceFields } from "../api";
import { field, fitListBox, h, screen } from "../dom";
import { keepAsDraft } from "../drafts";
import { FieldErrors, working } from "./form-errors";
import { askInPlace } from "./ask-in-place";
import { regionLabel, REGIONS } from "./support-regions";
import { t } from "../i18n";

interface SupportOptions {
  /** Said once the list is shown ("Saved."). */
  message?: string;
  /** Focus goes to this service's Change button (after an edit), or the heading if it is gone. */
  focusService?: string;
  /** Back from a new service not added: focus on "Add a service". */
  focusAdd?: boolean;
}

export function showSupport(main: HTMLElement, opts: SupportOptions = {}): void {
  screen(main, (signal) => {
    const list = h("ul", { class: "cards", "aria-label": t("support-list-label") });
    const status = h("p", { class: "status", role: "status" });
    const heading = h("h1", { tabindex: "-1" }, t("support-title"));
    const add = h("button", { type: "button" }, t("support-add"));
    add.addEventListener("click", () => showServiceForm(main, null));
    const removed = h("section", { class: "removed-services", "aria-label": t("support-removed-label"), hidden: true });
    main.append(
      heading,
      h("p", { class: "guidance" }, t("support-silent-solution")),
      h("div", { class: "actions start" }, add),
      status,
      list,
      removed,
    );

    async function refresh(): Promise<void> {
      try {
        const [services, putAside] = await Promise.all([api.listSupportServices(), api.removedSupportServices()]);
        if (signal.aborted) return;
        list.replaceChildren(
          ...services.map((s) =>
            serviceCard(s, {
              onEdit: () => showServiceForm(main, s),
              onRemoved: (message) => {
                void refresh().then(() => {
                  status.textContent = message;
                  heading.focus();
                });
              },
            }),
          ),
        );
        if (services.length === 0) list.append(h("li", { class: "empty" }, t("support-empty")));
        drawRemoved(putAside);
      } catch (e) {
        status.textContent = errorMessage(e, t("support-load-failed"));
      }
    }

    /** Closed unless the person opens it: removed lines are off the screen, as they wanted. */
    let removedOpen = false;
    function drawRemoved(services: SupportService[]): void {
      removed.hidden = services.length === 0;
      const details = h(
        "details",
        { open: removedOpen },
        h("summary", { id: "removed-services" }, t("support-removed-summary", { count: services.length })),
        h("p", { class: "muted" }, t("support-put-back-about")),
        h(
          "ul",
          {},
          ...services.map((s) => {
            const back = h(
              "button",
              { type: "button", class: "small", "data-action": "restore", "aria-label": t("support-put-back-label", { name: s.fields.name }) },
              t("support-put-back"),
            );
            back.addEventListener("click", () => {
              const done = working(back, t("support-putting-back"));
              api
                .restoreSupportService(s.id, false)
                .then(() => refresh())
                .then(() => {
                  status.textContent = t("support-back-in-list", { name: s.fields.name });
                  heading.focus();
                })
                .catch((e: unknown) => {
                  done();
                  status.textContent = errorMessage(e, t("support-put-back-failed"));
                });
            });
            return h("li", { class: "removed-service" }, h("span", {}, s.fields.name), " ", back);
          }),
        ),
      );
      details.addEventListener("toggle", () => {
        removedOpen = details.open;
      });
      removed.replaceChildren(details);
    }

    void refresh().then(() => {
      if (opts.message) status.textContent = opts.message;
      if (opts.focusAdd) add.focus();
      if (opts.focusService) {
        const button = list.querySelector<HTMLElement>(`li[data-service-id="${CSS.escape(opts.focusService)}"] [data-action="edit"]`);
        (button ?? heading).focus();
      }
    });
  });
}

interface CardActions {
  onEdit(): void;
  /** `message`: what to say once the list is drawn again. */
  onRemoved(message: string): void;
}

function serviceCard(s: SupportService, actions: CardActions): HTMLElement {
  const f = s.fields;
  const name = f.name;
  const where = regionLabel(f.region);
  const change = h(
    "button",
    { type: "button", class: "small", "data-action": "edit", "aria-label": t("support-change-label", { name }) },
    t("support-change"),
  );
  const remove = h(
    "button",
    { type: "button", class: "small", "data-action": "remove", "aria-label": t("support-remove-label", { name }) },
    t("support-remove"),
  );
  change.addEventListener("click", () => actions.onEdit());
  const buttons = h("div", { class: "card-actions" }, change, remove);
  const error = h("p", { class: "form-error", role: "alert" });
  remove.addEventListener("click", () => {
    error.textContent = "";
    askInPlace({
      buttons,
      asker: remove,
      id: `service-${s.id}`,
      question: s.builtin ? t("support-remove-builtin-question", { name }) : t("support-remove-question", { name }),
      act: () =>
        api
          .removeSupportService(s.id)
          .then(() =>
            actions.onRemoved(s.builtin ? t("support-removed-builtin", { name }) : t("support-removed", { name })),
          ),
      failed: (e) => {
        error.textContent = errorMessage(e, t("support-remove-failed", { name }));
      },
    });
  });
  return h(
    "li",
    { class: "card service", "data-service-id": s.id },
    h("h2", {}, name, where ? h("span", { class: "muted" }, ` · ${where}`) : null),
    f.phone ? h("p", { class: "phone" }, h("span", { class: "visually-hidden" }, t("support-phone")), h("bdi", { dir: "ltr" }, f.phone)) : null,
    f.hours ? h("p", { class: "muted" }, f.hours) : null,
    f.description ? h("p", {}, f.description) : null,
    s.edited ? h("p", { class: "muted" }, t("support-edited")) : null,
    buttons,
    error,
  );
}

/** The drafts of the service form: a new service, and changes to service `id`. */
const NEW_SERVICE_DRAFT = "service";

/** "Carry on" with a draft of the service form: the form, filled in, if the service is still here. */
export async function resumeServiceDraft(main: HTMLElement, key: string): Promise<void> {
  if (key === NEW_SERVICE_DRAFT) {
    showServiceForm(main, null);
    return;
  }
  // This screen from now (empty while the service is read back): if the person moves on, or the
  // app hides, meanwhile, the form is not drawn over what is on show then.
  const signal = screen(main, () => undefined);
  try {
    const id = key.slice(NEW_SERVICE_DRAFT.length + 1);
    const s = (await api.listSupportServices()).find((x) => x.id === id);
    if (signal.aborted) return;
    if (s) {
      showServiceForm(main, s);
      return;
    }
  } catch {
    // Not readable now: the list, where the draft stays listed.
  }
  if (!signal.aborted) showSupport(main);
}

/** The whole screen becomes the form: a new service (`existing` null) or one filled in. */
function showServiceForm(main: HTMLElement, existing: SupportService | null): void {
  screen(main, (signal) => {
    const name = field(t("support-field-name"), "service-name");
    const phone = field(t("support-field-phone"), "service-phone", { type: "tel" });
    const hours = field(t("support-field-hours"), "service-hours", { hint: t("support-field-hours-hint") });
    const description = field(t("support-field-description"), "service-description", { multiline: true });
    const regionId = "f-service-region";
    const region = h(
      "select",
      { id: regionId, name: "service-region" },
      ...REGIONS.map(([code, label]) => h("option", { value: code }, t(label))),
    );
    const f = existing?.fields;
    if (f) {
      name.control.value = f.name;
      phone.control.value = f.phone;
      hours.control.value = f.hours;
      description.control.value = f.description;
      // A region this version has no name for stays as it is.
      if (!REGIONS.some(([code]) => code === f.region)) region.append(h("option", { value: f.region }, f.region));
      region.value = f.region;
      fitListBox(region);
    } else {
      region.value = "GB";
    }
    const errors = new FieldErrors([name.control]);
    const draftNote = h("div", { class: "draft-note-host" });
    const formError = h("p", { class: "form-error", role: "alert" });
    const save = h("button", { type: "submit", class: "primary" }, existing ? t("support-save-changes") : t("support-add-to-list"));
    const cancel = h("button", { type: "button" }, t("support-cancel"));
    // Back to the list, unless the person left while a save was on its way (or the app hid).
    const back = (message?: string, focusService?: string) => {
      if (!signal.aborted) showSupport(main, { message, focusService });
    };
    cancel.addEventListener("click", () =>
      existing ? back(undefined, existing.id) : showSupport(main, { focusAdd: true }),
    );
    // The store's limit, said by the box itself rather than as an error after Save.
    for (const box of [name.control, phone.control, hours.control, description.control]) {
      box.setAttribute("maxlength", "2000");
    }
    const buttons = h("div", { class: "actions start" }, save, cancel);
    if (existing?.builtin && existing.edited) {
      const original = h("button", { type: "button", "data-action": "restore" }, t("support-restore"));
      let sure = false;
      original.addEventListener("click", () => {
        // Asked once: this throws away the person's own changes.
        if (!sure) {
          sure = true;
          original.textContent = t("support-restore-sure");
          formError.textContent = t("support-restore-warning");
          return;
        }
        const done = working(original, t("support-putting-back"));
        api
          .restoreSupportService(existing.id, true)
          .then(() => {
            onSaved();
            back(t("support-restored", { name: existing.fields.name }), existing.id);
          })
          .catch((e: unknown) => {
            done();
            formError.textContent = errorMessage(e, t("support-put-back-failed"));
          });
      });
      buttons.append(original);
    }
    const form = h(
      "form",
      { class: "panel", "aria-labelledby": "service-form-title" },
      h("h1", { id: "service-form-title", tabindex: "-1" }, existing ? t("support-change-title", { name: existing.fields.name }) : t("support-add-title")),
      draftNote,
      h(
        "p",
        { class: "muted" },
        existing?.builtin ? t("support-builtin-note") : t("support-own-note"),
      ),
      name.wrap,
      phone.wrap,
      hours.wrap,
      h("div", { class: "field" }, h("label", { for: regionId }, t("support-field-region")), region),
      description.wrap,
      errors.announcer,
      formError,
      buttons,
    );
    let busy = false;
    let onSaved = () => undefined as void;
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      if (busy) return;
      errors.clearAll();
      formError.textContent = "";
      if (name.control.value.trim() === "") {
        errors.show(name.control, t("support-name-empty"));
        return;
      }
      const fields: SupportServiceFields = {
        name: name.control.value.trim(),
        phone: phone.control.value.trim(),
        hours: hours.control.value.trim(),
        description: description.control.value.trim(),
        region: region.value,
      };
      busy = true;
      const done = working(save, t("support-saving"));
      const saving = existing ? api.updateSupportService(existing.id, fields) : api.addSupportService(fields);
      saving
        .then((s) => {
          onSaved();
          back(existing ? t("support-changes-saved") : t("support-added", { name: s.fields.name }), s.id);
        })
        .catch((err: unknown) => {
          busy = false;
          done();
          formError.textContent = errorMessage(err, t("support-save-failed"));
        });
    });
    main.append(form);
    // What is typed is kept as a draft until it is saved: a hide never loses it.
    const draft = keepAsDraft(
      form,
      existing ? `${NEW_SERVICE_DRAFT}:${existing.id}` : NEW_SERVICE_DRAFT,
      existing ? t("support-changes-draft", { name: existing.fields.name }) : t("support-new-draft"),
      existing ? t("support-save-changes-hint") : t("support-add-hint"),
      draftNote,
    );
    onSaved = () => draft.done();
    form.querySelector<HTMLElement>("h1")?.focus();
  });
}
