// Bringing e-mails saved as files (.eml) into the incident log: the computer's own Open dialog
// (from Rust, several files at once), then what each one is (from, subject, the date it gives,
// its files), the kind to file them under, and all of them brought in at once, one entry each, or
// nothing. What was read stays in Rust's memory only until then, and a hide drops it.

import { api, errorMessage, INCIDENT_KINDS, type EmailSummary, type IncidentKind } from "../api";
import { formatDate } from "../dates";
import { h, screen } from "../dom";
import { working } from "./form-errors";
import { kindLabel } from "../labels";
import { FluentNumber } from "@fluent/bundle";
import { t } from "../i18n";

/** A count as the app has always written it: no thousands separator. */
const plain = (n: number) => new FluentNumber(n, { useGrouping: false });

/** Asks for the files; then what they are replaces `main`. `done` goes back to the log. */
export async function chooseEmails(
  main: HTMLElement,
  status: HTMLElement,
  done: (result: { message: string }) => void,
): Promise<void> {
  status.textContent = t("imports-email-choose");
  try {
    const emails = await api.emailRead();
    if (!emails) {
      status.textContent = t("imports-nothing-brought-in");
      return;
    }
    showEmails(main, emails, done);
  } catch (e) {
    status.textContent = errorMessage(e, t("imports-email-read-failed"));
  }
}

function showEmails(main: HTMLElement, emails: EmailSummary[], done: (result: { message: string }) => void): void {
  screen(main, (signal) => {
    const kind = h(
      "select",
      { id: "email-kind" },
      ...INCIDENT_KINDS.map(([code]) => h("option", { value: code, selected: code === "Messages" }, kindLabel(code))),
    );
    const error = h("p", { class: "form-error", role: "alert", id: "email-error" });
    const bring = h(
      "button",
      { type: "button", class: "primary", id: "email-bring" },
      t("imports-email-bring", { count: plain(emails.length) }),
    );
    const back = h("button", { type: "button" }, t("imports-email-back"));
    const before = emails.filter((e) => e.brought_in_before);
    main.append(
      h("h1", { tabindex: "-1" }, t("imports-email-title", { count: plain(emails.length) })),
      h("p", { class: "lead" }, t("imports-email-lead")),
      h(
        "ul",
        { class: "cards", id: "email-list", "aria-label": t("imports-email-list-label") },
        ...emails.map((e) =>
          h(
            "li",
            { class: "card" },
            h("h2", {}, e.subject || t("imports-email-no-subject")),
            h("p", {}, t("imports-email-from", { from: e.from || t("imports-email-from-unknown") })),
            h("p", {}, e.no_date ? t("imports-email-no-date") : t("imports-email-sent", { date: e.date_as_written })),
            e.files > 0 ? h("p", { class: "muted" }, t("imports-email-files", { count: plain(e.files) })) : null,
            h("p", { class: "muted" }, t("imports-email-file", { name: e.file_name })),
            e.brought_in_before
              ? h("p", { class: "warning" }, t("imports-email-before", { date: formatDate(e.brought_in_before) }))
              : null,
          ),
        ),
      ),
      ...(before.length > 0
        ? [h("p", { class: "hint", role: "note" }, t("imports-email-before-count", { count: plain(before.length) }))]
        : []),
      h("div", { class: "field" }, h("label", { for: "email-kind" }, t("imports-email-kind")), kind),
      error,
      h("div", { class: "actions start" }, bring, back),
    );
    main.querySelector<HTMLElement>("h1")?.focus();
    back.addEventListener("click", () => done({ message: t("imports-nothing-brought-in") }));
    let busy = false;
    bring.addEventListener("click", () => {
      if (busy) return;
      busy = true;
      error.textContent = "";
      const restore = working(bring, t("imports-bringing"));
      api
        .emailImport(kind.value as IncidentKind)
        .then((r) => {
          // Back to the log, unless the person moved on meanwhile (or the app hid).
          if (!signal.aborted) done({ message: t("imports-email-done", { count: plain(r.entries) }) });
        })
        .catch((e: unknown) => {
          error.textContent = errorMessage(e, t("imports-email-failed"));
          bring.focus();
        })
        .finally(() => {
          busy = false;
          restore();
        });
    });
  });
}
