// Everyone the person shares with, above the rest of the screen: whom the screen is about now,
// the others to move to, and pairing with one more. Shown on the person's side only (an
// advocate's case has one link, to the person).

import type { SharingStatus } from "../../api";
import { h } from "../../dom";
import { t } from "../../i18n";
import { personName } from "../sharing-logic";
import type { SharingScreen } from "./context";

export function peopleSection(sharing: SharingScreen, st: SharingStatus, adding: boolean): HTMLElement | null {
  if (st.role === "advocate" || st.people.length === 0) return null;
  const add = h("button", { type: "button", id: "sharing-add-person" }, t("sharing-add-person"));
  add.addEventListener("click", () => {
    sharing.clearMessages();
    sharing.show(sharing.addView(), true);
  });
  const list = h(
    "ul",
    { class: "sharing-people", id: "sharing-people" },
    ...st.people.map((p) => {
      const current = !adding && p.link === st.link;
      const name = personName(st, p.link);
      const button = h(
        "button",
        {
          type: "button",
          class: "sharing-person",
          "aria-current": current ? "true" : undefined,
          "data-link": String(p.link),
        },
        name,
        p.state === "ended" ? h("span", { class: "sharing-person-ended" }, ` ${t("sharing-person-ended")}`) : null,
      );
      button.addEventListener("click", () => {
        sharing.clearMessages();
        sharing.link = p.link;
        sharing.reload();
      });
      return h("li", {}, button);
    }),
  );
  return h(
    "section",
    { class: "panel sharing-panel sharing-people-panel", "aria-labelledby": "sharing-people-title" },
    h("h2", { id: "sharing-people-title" }, t("sharing-people-title")),
    h("p", { class: "muted" }, t("sharing-people-text")),
    list,
    adding ? null : h("div", { class: "actions start" }, add),
  );
}
