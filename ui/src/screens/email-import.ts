// Bringing e-mails saved as files (.eml) into the incident log: the computer's own Open dialog
// (from Rust, several files at once), then what each one is (from, subject, the date it gives,
// its files), the kind to file them under, and all of them brought in at once, one entry each, or
// nothing. What was read stays in Rust's memory only until then, and a hide drops it.

import { api, isApiError, INCIDENT_KINDS, type EmailSummary, type IncidentKind } from "../api";
import { formatDate, plural } from "../dates";
import { h } from "../dom";
import { working } from "./form-errors";

/** Asks for the files; then what they are replaces `main`. `done` goes back to the log. */
export async function chooseEmails(
  main: HTMLElement,
  status: HTMLElement,
  done: (result: { message: string }) => void,
): Promise<void> {
  status.textContent =
    "Choose one or more e-mails saved as files (.eml). In most mail programs: open the message, then Save As or Download.";
  try {
    const emails = await api.emailRead();
    if (!emails) {
      status.textContent = "Nothing was brought in.";
      return;
    }
    showEmails(main, emails, done);
  } catch (e) {
    status.textContent = isApiError(e) ? e.message : "Those files could not be read. Nothing was brought in.";
  }
}

function showEmails(main: HTMLElement, emails: EmailSummary[], done: (result: { message: string }) => void): void {
  const kind = h(
    "select",
    { id: "email-kind" },
    ...INCIDENT_KINDS.map(([code, label]) => h("option", { value: code, selected: code === "Messages" }, label)),
  );
  const error = h("p", { class: "form-error", role: "alert", id: "email-error" });
  const bring = h("button", { type: "button", class: "primary", id: "email-bring" }, `Bring ${emails.length === 1 ? "it" : "them"} in`);
  const back = h("button", { type: "button" }, "Back to the log without them");
  const before = emails.filter((e) => e.brought_in_before);
  main.replaceChildren(
    h("h1", { tabindex: "-1" }, emails.length === 1 ? "Bring in this e-mail" : `Bring in ${emails.length} e-mails`),
    h(
      "p",
      { class: "lead" },
      "Each e-mail becomes its own entry, dated when it was sent, with the e-mail file kept whole " +
        "and its attached files. Nothing is written until you press the button below.",
    ),
    h(
      "ul",
      { class: "cards", id: "email-list", "aria-label": "The e-mails chosen" },
      ...emails.map((e) =>
        h(
          "li",
          { class: "card" },
          h("h2", {}, e.subject || "(no subject)"),
          h("p", {}, `From: ${e.from || "(not given)"}`),
          h("p", {}, e.no_date ? "No date that can be read: it will be dated now. You can correct the time afterwards." : `Sent: ${e.date_as_written}`),
          e.files > 0 ? h("p", { class: "muted" }, `${plural(e.files, "file", "files")} attached`) : null,
          h("p", { class: "muted" }, `File: ${e.file_name}`),
          e.brought_in_before
            ? h("p", { class: "warning" }, `This very file was brought in before, on ${formatDate(e.brought_in_before)}. Bringing it in again writes it again.`)
            : null,
        ),
      ),
    ),
    ...(before.length > 0
      ? [h("p", { class: "hint", role: "note" }, `${plural(before.length, "of these was", "of these were")} brought in before.`)]
      : []),
    h("div", { class: "field" }, h("label", { for: "email-kind" }, "File them under"), kind),
    error,
    h("div", { class: "actions start" }, bring, back),
  );
  main.querySelector<HTMLElement>("h1")?.focus();
  back.addEventListener("click", () => done({ message: "Nothing was brought in." }));
  let busy = false;
  bring.addEventListener("click", () => {
    if (busy) return;
    busy = true;
    error.textContent = "";
    const restore = working(bring, "Bringing them in…");
    api
      .emailImport(kind.value as IncidentKind)
      .then((r) => done({ message: `${plural(r.entries, "e-mail", "e-mails")} brought in, one entry each.` }))
      .catch((e: unknown) => {
        error.textContent = isApiError(e) ? e.message : "They could not be brought in. Nothing was written; please try again.";
        bring.focus();
      })
      .finally(() => {
        busy = false;
        restore();
      });
  });
}
