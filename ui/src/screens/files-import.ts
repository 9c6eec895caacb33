// Bringing many photos, screenshots or documents into the incident log at once: each file goes
// into the vault with its fingerprint (SHA-256) and the time it came in, then they become one
// entry holding them all, or one entry each, written together or not at all.

import { api, errorMessage, INCIDENT_KINDS, type IncidentFields, type IncidentKind } from "../api";
import { h, screen } from "../dom";
import { working } from "./form-errors";
import { oneOrEach } from "./one-or-each";
import { fileDescription, filesSpan, type PickedFile } from "./files-import-logic";
import { kindLabel } from "../labels";
import { FluentNumber } from "@fluent/bundle";
import { t } from "../i18n";

/** A count as the app has always written it: no thousands separator. */
const plain = (n: number) => new FluentNumber(n, { useGrouping: false });

export interface FilesImportDone {
  /** What to say on the log afterwards. */
  message: string;
}

/** The form replaces `main`; `done` goes back to the log. */
export function showFilesImport(main: HTMLElement, done: (result: FilesImportDone) => void): void {
  screen(main, (signal) => {
    const input = h("input", { type: "file", multiple: true, id: "files-pick", "aria-describedby": "files-pick-hint" });
    const chosen = h("p", { class: "status", role: "status" });
    const error = h("p", { class: "form-error", role: "alert" });
    input.addEventListener("change", () => {
      const n = input.files?.length ?? 0;
      chosen.textContent = n === 0 ? "" : t("imports-files-chosen", { count: plain(n) });
    });
    const how = oneOrEach("files", t("imports-files-each"), t("imports-files-together"));
    const kind = h(
      "select",
      { id: "files-kind" },
      ...INCIDENT_KINDS.map(([code]) => h("option", { value: code }, kindLabel(code))),
    );
    kind.value = "Other";
    const bring = h("button", { type: "submit", class: "primary" }, t("imports-bring-them-in"));
    const cancel = h("button", { type: "button" }, t("imports-cancel"));
    cancel.addEventListener("click", () => done({ message: t("imports-nothing-brought-in") }));
    const form = h(
      "form",
      { class: "panel", "aria-labelledby": "files-title" },
      h("h1", { id: "files-title", tabindex: "-1" }, t("imports-files-title")),
      h("div", { class: "field" }, h("label", { for: "files-pick" }, t("imports-files-choose")), input),
      h("p", { class: "hint", id: "files-pick-hint" }, t("imports-files-hint")),
      chosen,
      how.el,
      h("div", { class: "field" }, h("label", { for: "files-kind" }, t("imports-what-kind")), kind),
      error,
      h("div", { class: "actions" }, cancel, bring),
    );
    let busy = false;
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      if (busy) return;
      const files = [...(input.files ?? [])];
      if (files.length === 0) {
        error.textContent = t("imports-files-none");
        input.focus();
        return;
      }
      busy = true;
      error.textContent = "";
      const restore = working(bring, t("imports-bringing"));
      void (async () => {
        try {
          // Into the vault one by one; the entries are written only once every file is in.
          const picked: PickedFile[] = [];
          for (const [n, file] of files.entries()) {
            chosen.textContent = t("imports-files-adding", { number: plain(n + 1), total: plain(files.length) });
            const meta = await api.addAttachment(file);
            picked.push({ id: meta.id, name: meta.file_name, modified: file.lastModified });
          }
          const together = how.together();
          const base = (at: string, until: string | null, description: string, attachments: string[]): IncidentFields => ({
            occurred_at: at,
            occurred_until: until,
            location: "",
            kind: kind.value as IncidentKind,
            behaviours: [],
            description,
            perpetrator_appearance: "",
            vehicle: "",
            witnesses: "",
            impact_on_victim: "",
            impact_on_daily_life: "",
            police: { officer: "", crime_reference: "" },
            reported_to: "",
            attachments,
            links: [],
          });
          const entries = together
            ? (() => {
                const span = filesSpan(picked);
                return [base(span.from, span.until, fileDescription(picked), picked.map((p) => p.id))];
              })()
            : picked.map((p) => base(new Date(p.modified).toISOString(), null, fileDescription([p]), [p.id]));
          const ids = await api.recordIncidents(entries);
          // Back to the log, unless the person moved on meanwhile (or the app hid).
          if (signal.aborted) return;
          done({
            message:
              ids.length === 1
                ? t("imports-files-done-together", { files: plain(files.length) })
                : t("imports-files-done-each", { count: plain(ids.length) }),
          });
        } catch (err) {
          busy = false;
          restore();
          chosen.textContent = "";
          error.textContent = errorMessage(err, t("imports-files-failed"));
        }
      })();
    });
    main.append(form);
    form.querySelector<HTMLElement>("h1")?.focus();
  });
}
