// Who to call: the support directory, numbers shown large, with the Silent Solution explained.
// The list is the person's own: services can be added (a local IDVA service), changed and
// removed. A built-in service removed is only put aside and can be put back as published.

import "./records.css";
import { api, isApiError, type SupportService, type SupportServiceFields } from "../api";
import { field, h } from "../dom";
import { keepAsDraft } from "../drafts";
import { FieldErrors, working } from "./form-errors";
import { askInPlace } from "./ask-in-place";
import { regionLabel, REGIONS } from "./support-regions";

interface SupportOptions {
  /** Said once the list is shown ("Saved."). */
  message?: string;
  /** Focus goes to this service's Change button (after an edit), or the heading if it is gone. */
  focusService?: string;
  /** Back from a new service not added: focus on "Add a service". */
  focusAdd?: boolean;
}

export function showSupport(main: HTMLElement, opts: SupportOptions = {}): void {
  const list = h("ul", { class: "cards", "aria-label": "Support services" });
  const status = h("p", { class: "status", role: "status" });
  const heading = h("h1", { tabindex: "-1" }, "Get help");
  const add = h("button", { type: "button" }, "Add a service");
  add.addEventListener("click", () => showServiceForm(main, null));
  const removed = h("section", { class: "removed-services", "aria-label": "Services you removed", hidden: true });
  main.replaceChildren(
    heading,
    h(
      "p",
      { class: "guidance" },
      "In danger now? Call 999. If you cannot speak, call 999 from a mobile, listen to the " +
        "operator, then press 55 when asked. This is the Silent Solution: it tells them it is a " +
        "real emergency, and they will keep helping you.",
    ),
    h("div", { class: "actions start" }, add),
    status,
    list,
    removed,
  );

  async function refresh(): Promise<void> {
    try {
      const [services, putAside] = await Promise.all([api.listSupportServices(), api.removedSupportServices()]);
      if (!list.isConnected) return;
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
      if (services.length === 0) list.append(h("li", { class: "empty" }, "No services in your list. Call 999 in an emergency."));
      drawRemoved(putAside);
    } catch (e) {
      status.textContent = isApiError(e) ? e.message : "Could not load the directory.";
    }
  }

  /** Closed unless the person opens it: removed lines are off the screen, as they wanted. */
  let removedOpen = false;
  function drawRemoved(services: SupportService[]): void {
    removed.hidden = services.length === 0;
    const details = h(
      "details",
      { open: removedOpen },
      h("summary", { id: "removed-services" }, `Services you removed (${services.length})`),
      h("p", { class: "muted" }, "Put back brings a service back as you last had it."),
      h(
        "ul",
        {},
        ...services.map((s) => {
          const back = h(
            "button",
            { type: "button", class: "small", "data-action": "restore", "aria-label": `Put back ${s.fields.name}` },
            "Put back",
          );
          back.addEventListener("click", () => {
            const done = working(back, "Putting back…");
            api
              .restoreSupportService(s.id, false)
              .then(() => refresh())
              .then(() => {
                status.textContent = `${s.fields.name} is back in your list.`;
                heading.focus();
              })
              .catch((e: unknown) => {
                done();
                status.textContent = isApiError(e) ? e.message : "That could not be put back. Nothing has changed.";
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
    { type: "button", class: "small", "data-action": "edit", "aria-label": `Change ${name}` },
    "Change",
  );
  const remove = h(
    "button",
    { type: "button", class: "small", "data-action": "remove", "aria-label": `Remove ${name}` },
    "Remove",
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
      question: s.builtin
        ? `Remove ${name} from your list? You can put it back later.`
        : `Remove ${name}? This cannot be undone.`,
      act: () =>
        api
          .removeSupportService(s.id)
          .then(() =>
            actions.onRemoved(
              s.builtin ? `${name} has been removed. It is listed under "Services you removed".` : `${name} has been removed.`,
            ),
          ),
      failed: (e) => {
        error.textContent = isApiError(e) ? e.message : `${name} could not be removed. Nothing has changed.`;
      },
    });
  });
  return h(
    "li",
    { class: "card service", "data-service-id": s.id },
    h("h2", {}, name, where ? h("span", { class: "muted" }, ` · ${where}`) : null),
    f.phone ? h("p", { class: "phone" }, h("span", { class: "visually-hidden" }, "Phone: "), f.phone) : null,
    f.hours ? h("p", { class: "muted" }, f.hours) : null,
    f.description ? h("p", {}, f.description) : null,
    s.edited ? h("p", { class: "muted" }, "You changed these details.") : null,
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
  try {
    const id = key.slice(NEW_SERVICE_DRAFT.length + 1);
    const s = (await api.listSupportServices()).find((x) => x.id === id);
    if (s) {
      showServiceForm(main, s);
      return;
    }
  } catch {
    // Not readable now: the list, where the draft stays listed.
  }
  showSupport(main);
}

/** The whole screen becomes the form: a new service (`existing` null) or one filled in. */
function showServiceForm(main: HTMLElement, existing: SupportService | null): void {
  const name = field("Name", "service-name");
  const phone = field("Phone number", "service-phone", { type: "tel" });
  const hours = field("When they are open", "service-hours", { hint: "For example: 24 hours, or weekdays 9 to 5." });
  const description = field("What they do", "service-description", { multiline: true });
  const regionId = "f-service-region";
  const region = h(
    "select",
    { id: regionId, name: "service-region" },
    ...REGIONS.map(([code, label]) => h("option", { value: code }, label)),
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
  } else {
    region.value = "GB";
  }
  const errors = new FieldErrors([name.control]);
  const draftNote = h("div", { class: "draft-note-host" });
  const formError = h("p", { class: "form-error", role: "alert" });
  const save = h("button", { type: "submit", class: "primary" }, existing ? "Save changes" : "Add to my list");
  const cancel = h("button", { type: "button" }, "Cancel");
  const back = (message?: string, focusService?: string) => showSupport(main, { message, focusService });
  cancel.addEventListener("click", () =>
    existing ? back(undefined, existing.id) : showSupport(main, { focusAdd: true }),
  );
  // The store's limit, said by the box itself rather than as an error after Save.
  for (const box of [name.control, phone.control, hours.control, description.control]) {
    box.setAttribute("maxlength", "2000");
  }
  const buttons = h("div", { class: "actions start" }, save, cancel);
  if (existing?.builtin && existing.edited) {
    const original = h("button", { type: "button", "data-action": "restore" }, "Put back as published");
    let sure = false;
    original.addEventListener("click", () => {
      // Asked once: this throws away the person's own changes.
      if (!sure) {
        sure = true;
        original.textContent = "Yes, throw away my changes";
        formError.textContent = "Your changes to this service will be replaced by the published details. Press again to do it.";
        return;
      }
      const done = working(original, "Putting back…");
      api
        .restoreSupportService(existing.id, true)
        .then(() => {
          onSaved();
          back(`${existing.fields.name} is back as it was published.`, existing.id);
        })
        .catch((e: unknown) => {
          done();
          formError.textContent = isApiError(e) ? e.message : "That could not be put back. Nothing has changed.";
        });
    });
    buttons.append(original);
  }
  const form = h(
    "form",
    { class: "panel", "aria-labelledby": "service-form-title" },
    h("h1", { id: "service-form-title", tabindex: "-1" }, existing ? `Change ${existing.fields.name}` : "Add a service"),
    draftNote,
    h(
      "p",
      { class: "muted" },
      existing?.builtin
        ? "This is one of the services the app comes with. Your changes stay on this computer; you can put it back as published at any time."
        : "For example your local IDVA service, or a helpline for where you live.",
    ),
    name.wrap,
    phone.wrap,
    hours.wrap,
    h("div", { class: "field" }, h("label", { for: regionId }, "Where they help"), region),
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
      errors.show(name.control, "Please give the service a name.");
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
    const done = working(save, "Saving…");
    const saving = existing ? api.updateSupportService(existing.id, fields) : api.addSupportService(fields);
    saving
      .then((s) => {
        onSaved();
        back(existing ? "Your changes are saved." : `${s.fields.name} is in your list.`, s.id);
      })
      .catch((err: unknown) => {
        busy = false;
        done();
        formError.textContent = isApiError(err) ? err.message : "This could not be saved. Nothing has changed.";
      });
  });
  main.replaceChildren(form);
  // What is typed is kept as a draft until it is saved: a hide never loses it.
  const draft = keepAsDraft(
    form,
    existing ? `${NEW_SERVICE_DRAFT}:${existing.id}` : NEW_SERVICE_DRAFT,
    existing ? `Changes to ${existing.fields.name}` : "A new service for Get help",
    existing ? "press Save changes to keep it" : "press Add to my list to keep it",
    draftNote,
  );
  onSaved = () => draft.done();
  form.querySelector<HTMLElement>("h1")?.focus();
}
