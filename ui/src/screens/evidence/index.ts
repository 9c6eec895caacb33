// Report and export: the person picks incidents (by period, then one by one), and saves a PDF for
// the police or a court, or a machine-readable export for a caseworker or solicitor, plain or
// locked. Plan items and contacts go in only when ticked one by one. Files are written by Rust
// through the computer's own save dialog; this page never holds a file, a path or a download link.
// This file lays the screen out; each part is its own module.

import "../evidence.css";
import { h, screen } from "../../dom";
import { t } from "../../i18n";
import { dialogActions } from "./actions";
import { choicesView } from "./choices";
import { exportView } from "./export-form";
import { openExportView } from "./open-export";
import { reportView } from "./report";

export function showEvidence(main: HTMLElement): void {
  screen(main, (signal) => {
    const actions = dialogActions({ signal });
    const choices = choicesView({ signal });
    main.append(
      h("div", { class: "evidence" },
        h("h1", { tabindex: "-1" }, t("evidence-title")),
        h("p", { class: "lead" }, t("evidence-lead")),
        h(
          "div",
          { class: "warning ev-warning", role: "note", id: "ev-warning" },
          h("p", {}, h("strong", {}, `${t("evidence-warning-title")} `), t("evidence-warning-other-side")),
          h("p", {}, t("evidence-warning-never-included")),
        ),
        choices.section,
        reportView({ actions, choices }),
        exportView({ actions, choices }),
        openExportView({ actions }),
      ),
    );
    main.querySelector<HTMLElement>("h1")?.focus();
    // After the section is on the page: a kept draft fills it, and its note shows there.
    choices.start();
  });
}
