// "Sharing is off": the way to pair for this space (joining in the own space, inviting in an
// advocate's open case) and, in the own space, the way to an advocate's caseload.
//
// The advocate's side pairs into whatever is open, so it is offered only while one of their cases
// is open (each case is kept apart from every other and from their own space; Rust refuses it
// otherwise). In the own space the screen is the person's, with a way to the caseload.

import { h } from "../../dom";
import { locale, t } from "../../i18n";
import { personName, type SharingParts } from "../sharing-logic";
import type { SharingScreen } from "./context";
import { hostSection } from "./host";
import { joinSection } from "./join";

export function offView(
  sharing: SharingScreen,
  parts: SharingParts,
  openCaseload: (() => void) | undefined,
  notice?: string,
): HTMLElement {
  return h(
    "div",
    {},
    parts.join ? joinSection(sharing, notice) : null,
    parts.host ? hostSection(sharing, notice) : null,
    parts.caseload && openCaseload ? caseloadSection(openCaseload) : null,
  );
}

/**
 * The person's side, sharing with someone already: pairing with one more (an officer, a solicitor)
 * the same way, with a word on what they will and will not get; `notice` says why a pairing just
 * stopped, and that sharing with the others goes on.
 */
export function addView(sharing: SharingScreen, notice?: string): HTMLElement {
  sharing.showPeople(true);
  const others = sharing.shown?.people.filter((p) => p.state === "on") ?? [];
  const stillOn =
    notice && others.length > 0 && sharing.shown
      ? t("sharing-still-on", {
          names: new Intl.ListFormat(locale(), { type: "conjunction" }).format(
            others.map((p) => personName(sharing.shown!, p.link)),
          ),
        })
      : null;
  return h(
    "div",
    {},
    h(
      "section",
      { class: "panel sharing-panel", "aria-labelledby": "sharing-add-title" },
      h("h2", { id: "sharing-add-title", tabindex: "-1", "data-focus": notice ? undefined : "" }, t("sharing-add-person")),
      notice
        ? h("p", { class: "guidance sharing-notice", tabindex: "-1", "data-focus": "" }, stillOn ? `${notice} ${stillOn}` : notice)
        : null,
      h("p", {}, t("sharing-add-person-text")),
    ),
    joinSection(sharing, undefined, true),
  );
}

/** In the own space: the way to an advocate's caseload, kept small and plain. */
function caseloadSection(open: () => void): HTMLElement {
  const button = h("button", { type: "button", id: "caseload-open", "data-screen": "caseload" }, t("sharing-open-caseload"));
  button.addEventListener("click", open);
  return h(
    "section",
    { class: "panel sharing-panel sharing-caseload", "aria-labelledby": "sharing-caseload-title" },
    h("h2", { id: "sharing-caseload-title" }, t("sharing-caseload-title")),
    h("p", { class: "muted" }, t("sharing-caseload-text")),
    h("div", { class: "actions start" }, button),
  );
}
