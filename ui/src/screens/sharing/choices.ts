// What is shared: a checkbox for each thing that can be, grouped by kind; each change saved in
// turn, and the list put back as it was if a change could not be saved.

import { api, errorMessage, type ShareableItem, type SharingStatus } from "../../api";
import { h } from "../../dom";
import { t } from "../../i18n";
import { statusAnswer } from "../../live";
import { shareableTitle } from "../live-logic";
import { groupItems, sharedCountText, shownName } from "../sharing-logic";
import type { SharingScreen } from "./context";

export function fillChoices(sharing: SharingScreen, list: HTMLElement, st: SharingStatus): void {
  const name = shownName(st);
  const count = h("p", { class: "sharing-count", id: "sharing-count" }, sharedCountText(st.items, st.role, name));
  let index = 0;
  const groups = groupItems(st.items).map((g) =>
    h(
      "fieldset",
      { class: "sharing-group", "data-group": g.key },
      h("legend", {}, h("h3", {}, g.heading)),
      g.key === "plan_section"
        ? h("p", { class: "hint" }, t("sharing-plan-section-note"))
        : null,
      g.note
        ? h(
            "p",
            { class: `hint sharing-${g.key}-note`, id: `sharing-${g.key}-note` },
            g.key === "records" && name !== null ? t("sharing-records-note-named", { name }) : g.note,
          )
        : null,
      g.key === "contact"
        ? h("p", { class: "hint sharing-contact-note" }, t("sharing-contact-note"))
        : null,
      g.items.length === 0
        ? h("p", { class: "empty" }, g.empty)
        : h(
            "ul",
            { class: "sharing-items" },
            ...g.items.map((item) => h("li", {}, choice(item, index++, g.note ? `sharing-${g.key}-note` : undefined))),
          ),
    ),
  );
  list.replaceChildren(count, ...groups);

  function choice(item: ShareableItem, i: number, describedBy?: string): HTMLElement {
    const id = `sharing-item-${i}`;
    const box = h("input", { type: "checkbox", id, checked: item.shared, "aria-describedby": describedBy });
    box.dataset.itemId = item.id;
    box.addEventListener("change", () => {
      const wanted = box.checked;
      const taken = statusAnswer();
      sharing.saving = sharing.saving.then(() =>
        api
          .setShared(st.link, item.id, wanted)
          .then((next) => {
            sharing.shown = next;
            taken(next);
            // This list, not only the screen: another view may have replaced the one it is in.
            if (!list.isConnected) return;
            refill(sharing, list, next, item.id);
          })
          .catch((e: unknown) => {
            sharing.fail(errorMessage(e, t("sharing-save-failed")));
            if (sharing.shown && list.isConnected) refill(sharing, list, sharing.shown, item.id);
          }),
      );
    });
    return h("div", { class: "check" }, box, h("label", { for: id }, shareableTitle(item)));
  }
}

/** Redraws the list from a status, keeping focus on the same checkbox if it had it. */
export function refill(sharing: SharingScreen, list: HTMLElement, st: SharingStatus, focusedId: string): void {
  const hadFocus = list.contains(document.activeElement);
  const focusId = (document.activeElement as HTMLElement | null)?.dataset?.itemId ?? focusedId;
  fillChoices(sharing, list, st);
  if (!hadFocus) return;
  for (const box of list.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    if (box.dataset.itemId === focusId) {
      box.focus();
      return;
    }
  }
}
