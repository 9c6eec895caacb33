// Trusted contacts: who can help, how to reach them, the code word, what they know.

import { api, isApiError, type Contact, type ContactFields } from "../api";
import { field, h } from "../dom";

export function showContacts(main: HTMLElement): void {
  const list = h("ul", { class: "cards", "aria-label": "Your trusted contacts" });
  const status = h("p", { role: "status", class: "status" });
  main.replaceChildren(
    h("h1", { tabindex: "-1" }, "Trusted contacts"),
    h("p", { class: "lead" }, "People you trust, and how you have agreed to keep in touch."),
    list,
    status,
    contactForm(async () => refresh()),
  );

  async function refresh(): Promise<void> {
    try {
      const contacts = await api.listContacts();
      list.replaceChildren(...contacts.map(card));
      if (contacts.length === 0) list.append(h("li", { class: "empty" }, "No contacts yet."));
    } catch (e) {
      status.textContent = isApiError(e) ? e.message : "Could not load your contacts.";
    }
  }
  void refresh();
}

function card(c: Contact): HTMLElement {
  const f = c.fields;
  const row = (label: string, value: string) =>
    value ? h("div", { class: "row" }, h("dt", {}, label), h("dd", {}, value)) : null;
  return h(
    "li",
    { class: "card" },
    h("h2", {}, f.name, f.relationship ? h("span", { class: "muted" }, ` · ${f.relationship}`) : null),
    h(
      "dl",
      {},
      row("How to reach", f.how_to_reach),
      row("Code word", f.code_word),
      row("What they know", f.what_they_know),
      row("Check-in", f.check_in),
      row("Safe times", f.safe_times),
      row("In an emergency", f.may_call_in_emergency ? "May be called" : "Please don't call"),
    ),
  );
}

function contactForm(onSaved: () => Promise<void>): HTMLElement {
  const name = field("Name", "name");
  const relationship = field("Who they are to you", "relationship");
  const reach = field("How to reach them", "how_to_reach");
  const code = field("Code word", "code_word", { hint: "A word that means 'I need help' between you." });
  const knows = field("What they know", "what_they_know", { multiline: true });
  const checkIn = field("Check-in arrangement", "check_in");
  const safeTimes = field("Safe times to contact", "safe_times");
  const emergency = h("input", { type: "checkbox", id: "f-emergency" });
  const error = h("p", { class: "form-error", role: "alert" });
  const form = h(
    "form",
    { class: "panel", "aria-labelledby": "add-contact" },
    h("h2", { id: "add-contact" }, "Add a contact"),
    name.wrap,
    relationship.wrap,
    reach.wrap,
    code.wrap,
    knows.wrap,
    checkIn.wrap,
    safeTimes.wrap,
    h("div", { class: "check" }, emergency, h("label", { for: "f-emergency" }, "May be called in an emergency")),
    error,
    h("div", { class: "actions" }, h("button", { type: "submit", class: "primary" }, "Save contact")),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const fields: ContactFields = {
      name: name.control.value,
      relationship: relationship.control.value,
      how_to_reach: reach.control.value,
      code_word: code.control.value,
      what_they_know: knows.control.value,
      may_call_in_emergency: emergency.checked,
      check_in: checkIn.control.value,
      safe_times: safeTimes.control.value,
    };
    api
      .addContact(fields)
      .then(async () => {
        form.reset();
        error.textContent = "";
        await onSaved();
        // Back to the list, where the new contact now is; focus goes there too.
        const heading = form.closest("main")?.querySelector<HTMLElement>("h1");
        heading?.focus();
        heading?.scrollIntoView({ block: "start" });
      })
      .catch((err: unknown) => {
        error.textContent = isApiError(err) ? err.message : "That could not be saved. Please try again.";
      });
  });
  return form;
}
