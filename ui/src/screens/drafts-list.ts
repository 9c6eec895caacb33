// "You were writing this": under the header of the open app, what the person was writing and has
// not saved, for each form not on screen now (after an unlock, or after moving to another
// screen). Carry on opens the form filled in; Discard (asked once, in place) throws it away.

import { formatLocalDateTime, timeText } from "../dates";
import { h } from "../dom";
import { t } from "../i18n";
import {
  discardConfirm,
  discardKept,
  draftsNotOnScreen,
  onDraftLeft,
  onDraftsChanged,
  type KeptDraft,
} from "../drafts";

export interface DraftsListOptions {
  /** Opens the screen and form the draft belongs to. */
  carryOn(key: string): void;
}

const when = (iso: string) => {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  const today = new Date().toDateString() === d.toDateString();
  return today ? t("drafts-list-today-at", { time: timeText(d) }) : formatLocalDateTime(iso);
};

export interface DraftsList {
  el: HTMLElement;
  /** After an unlock: keyboard focus (and a screen reader) goes to the list, if there is one. */
  focusIfAny(): void;
}

export function draftsList(opts: DraftsListOptions): DraftsList {
  const title = h("h2", { id: "drafts-title", tabindex: "-1" });
  const list = h("ul", { class: "drafts-items" });
  // Says so when something written is kept here after leaving its form (closed, or another
  // screen chosen), so it is not a surprise later.
  const said = h("p", { class: "visually-hidden", role: "status" });
  const section = h(
    "section",
    { class: "drafts-list", "aria-labelledby": "drafts-title", hidden: true },
    title,
    list,
  );

  /** Which draft is asking "Discard…?" now, so a redraw keeps the question. */
  let asking: string | null = null;

  function row(d: KeptDraft): HTMLElement {
    const label = h("span", { class: "draft-label" }, d.label || t("drafts-list-untitled"));
    const at = when(d.savedAt);
    const li = h("li", { class: "draft", "data-draft": d.key });
    const buttons = () => {
      const carry = h(
        "button",
        { type: "button", class: "small primary", "data-action": "carry-on" },
        t("drafts-list-carry-on"),
      );
      const discard = h("button", { type: "button", class: "small", "data-action": "discard" }, t("drafts-list-discard"));
      carry.setAttribute("aria-label", t("drafts-list-carry-on-label", { label: label.textContent ?? "" }));
      discard.setAttribute("aria-label", t("drafts-list-discard-label", { label: label.textContent ?? "" }));
      // A draft the page cannot read back cannot be carried on; it can still be discarded.
      carry.disabled = d.content === null;
      carry.addEventListener("click", () => opts.carryOn(d.key));
      discard.addEventListener("click", () => {
        asking = d.key;
        render();
        section.querySelector<HTMLElement>(`li[data-draft="${CSS.escape(d.key)}"] [data-action=keep-draft]`)?.focus();
      });
      return h("span", { class: "draft-buttons" }, carry, discard);
    };
    li.append(label, at ? h("span", { class: "muted" }, h("span", { "aria-hidden": "true" }, " · "), at) : "");
    if (asking === d.key) {
      li.append(
        discardConfirm(
          () => {
            void discardKept(d.key)
              .catch(() => undefined)
              .finally(() => {
                asking = null;
                // Hidden (or drawn again) meanwhile: focus is not pulled to what is on show now.
                if (!section.isConnected) return;
                render();
                // Focus stays in the list, or goes to the screen once the list is empty.
                const next = section.querySelector<HTMLElement>("[data-action=carry-on]");
                (next ?? document.querySelector<HTMLElement>("main h1"))?.focus();
              });
          },
          () => {
            asking = null;
            render();
            section.querySelector<HTMLElement>(`li[data-draft="${CSS.escape(d.key)}"] [data-action=discard]`)?.focus();
          },
        ),
      );
    } else li.append(buttons());
    return li;
  }

  function render(): void {
    const drafts = draftsNotOnScreen();
    if (asking && !drafts.some((d) => d.key === asking)) asking = null;
    title.textContent =
      drafts.length > 1
        ? t("drafts-list-title-many")
        : t("drafts-list-title-one");
    list.replaceChildren(...drafts.map(row));
    section.hidden = drafts.length === 0;
  }

  // Nothing can change the drafts between this and the list being put on the page.
  const stop = onDraftsChanged(() => {
    // A hide replaced the page: this list is gone for good.
    if (section.isConnected) render();
    else {
      stop();
      stopSaying();
    }
  });
  const stopSaying = onDraftLeft((label) => {
    said.textContent = t("drafts-list-left", { label });
  });
  render();
  return {
    el: h("div", { class: "drafts-host" }, section, said),
    focusIfAny() {
      if (section.hidden) return;
      const active = document.activeElement;
      // Only when nothing else has focus yet (the person has not started elsewhere).
      if (!active || active === document.body) title.focus();
    },
  };
}
