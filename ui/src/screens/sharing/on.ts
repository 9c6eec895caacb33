// "Sharing is on": what it is and when it last sent, "Send and receive now", then working
// together, what is shared, and stopping. Live news (the session, who is here, the other side's
// changes) keeps it up to date.

import { api, errorMessage, isApiError, type SharingStatus } from "../../api";
import { field, h } from "../../dom";
import { t } from "../../i18n";
import { attachScreen, liveState, noteStatus, statusAnswer } from "../../live";
import { liveSyncNote } from "../live-logic";
import { lastSyncedText, NAME_MAX, roleArg, shownName, stuckText, summaryText, syncMessage } from "../sharing-logic";
import { fillChoices, refill } from "./choices";
import type { SharingScreen } from "./context";
import { liveSection } from "./live-session";
import { stopSection } from "./stop";

export function onView(sharing: SharingScreen, st: SharingStatus): HTMLElement {
  // With several people (or a name given), every part says whom it is about.
  const who = shownName(st);
  const last = h("p", { id: "sharing-last-synced" }, lastSyncedText(st.last_synced));
  // What did not get across even when sent again: said calmly, and only while it lasts.
  const stuck = h("p", { id: "sharing-stuck", class: "sharing-stuck", role: "status" });
  const showStuck = (now: SharingStatus): void => {
    const text = stuckText(now);
    if (stuck.textContent !== text) stuck.textContent = text;
  };
  showStuck(st);
  const sync = h("button", { type: "button", class: "primary", id: "sharing-sync" }, t("sharing-sync"));
  let syncing = false;
  sync.addEventListener("click", () => {
    if (syncing) return;
    syncing = true;
    sharing.clearMessages();
    sharing.say(t("sharing-syncing"));
    const taken = statusAnswer();
    const link = sharing.link;
    api
      .syncNow(link)
      .then((done) => {
        sharing.say(syncMessage(done));
        return api.sharingStatus(link).then((now) => {
          taken(now);
          // Never "up to date" above a note saying something has not got across.
          if (!done.ended && stuckText(now) !== "") sharing.say(t("sharing-sync-done-stuck"));
          if (sharing.gone()) return;
          if (now.state !== "on") sharing.render(now);
          else {
            last.textContent = lastSyncedText(now.last_synced);
            showStuck(now);
          }
        });
      })
      .catch((e: unknown) => {
        sharing.say("");
        sharing.fail(errorMessage(e, t("sharing-sync-failed")));
        if (isApiError(e) && e.code === "sharing_ended") sharing.reload();
      })
      .finally(() => {
        syncing = false;
      });
  });

  const list = h("div", { class: "sharing-choices" });
  fillChoices(sharing, list, st);

  // While working together, edits go across as they are saved: a manual send has nothing to do
  // (with this person; working together with someone else, sending to this one still goes).
  const syncActions = h("div", { class: "actions start" }, sync);
  const syncNote = h("p", { class: "sharing-live-sync-note", id: "sharing-live-sync-note", hidden: true });
  const live = liveSection(sharing, st, () => {
    const now = liveState();
    const shown = sharing.shown ?? st;
    const withThem = now !== "off" && (shown.live_link === null || shown.live_link === shown.link);
    syncActions.hidden = withThem;
    syncNote.hidden = !withThem;
    syncNote.textContent = liveSyncNote(now);
  });
  attachScreen(sharing.body, {
    // Also when it comes on: it has just sent and received, so "last sent" moved. Stopped by
    // itself (e.g. the other side stopped sharing), sharing may have ended.
    live: () => {
      live.refresh();
      quietReload();
    },
    presence: () => live.refresh(),
    // Names of contacts and checklists may have changed.
    changed: () => quietReload(),
  });

  /** Fetches the status again without moving focus, unless sharing is no longer on. */
  function quietReload(): void {
    api
      .sharingStatus(st.link)
      .then((now) => {
        // This view's list, not only the screen: another view may have replaced this one.
        if (!list.isConnected) return;
        if (now.state !== "on") {
          sharing.render(now);
          return;
        }
        sharing.shown = now;
        noteStatus(now);
        sharing.showPeople(false);
        last.textContent = lastSyncedText(now.last_synced);
        showStuck(now);
        refill(sharing, list, now, "");
        live.refresh();
      })
      .catch(() => undefined);
  }

  return h(
    "div",
    {},
    h(
      "section",
      { class: "panel sharing-panel", "aria-labelledby": "sharing-on-title" },
      h(
        "h2",
        { id: "sharing-on-title", tabindex: "-1", "data-focus": "" },
        who === null ? t("sharing-on-title") : t("sharing-on-title-named", { name: who }),
      ),
      h("p", { class: "sharing-summary", id: "sharing-summary" }, summaryText(st)),
      last,
      stuck,
      syncActions,
      syncNote,
      st.role === "advocate" ? null : nameForm(sharing, st),
    ),
    live.el,
    h(
      "section",
      { class: "panel sharing-panel", "aria-labelledby": "sharing-choose-title" },
      h(
        "h2",
        { id: "sharing-choose-title" },
        st.role === "advocate"
          ? t("sharing-choose-title-advocate")
          : who === null
            ? t("sharing-choose-title")
            : t("sharing-choose-title-named", { name: who }),
      ),
      h("p", { class: "muted" }, t("sharing-choose-text")),
      h(
        "p",
        { class: "muted" },
        who === null
          ? t("sharing-choose-history", { role: roleArg(st.role) })
          : t("sharing-choose-history-named", { name: who }),
      ),
      list,
    ),
    stopSection(sharing, st),
  );
}

/** What the person calls whoever this is: their own words, to tell several people apart. */
function nameForm(sharing: SharingScreen, st: SharingStatus): HTMLElement {
  const name = field(t("sharing-name-label"), "sharing-name", { hint: t("sharing-name-hint") });
  const input = name.control as HTMLInputElement;
  input.maxLength = NAME_MAX;
  input.value = st.name ?? "";
  const save = h("button", { type: "submit", id: "sharing-name-save" }, t("sharing-name-save"));
  // A name refused is said beside the box, where the person is looking.
  const wrong = h("p", { class: "form-error field-error", id: "sharing-name-error", role: "alert" });
  const hint = input.getAttribute("aria-describedby");
  input.setAttribute("aria-describedby", hint ? `${hint} sharing-name-error` : "sharing-name-error");
  const form = h(
    "form",
    { class: "sharing-name-form", novalidate: true },
    name.wrap,
    wrong,
    h("div", { class: "actions start" }, save),
  );
  let saving = false;
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (saving || st.link === null) return;
    saving = true;
    sharing.clearMessages();
    wrong.textContent = "";
    input.removeAttribute("aria-invalid");
    const taken = statusAnswer();
    api
      .nameLink(st.link, input.value)
      .then((next) => {
        taken(next);
        if (sharing.gone() || !form.isConnected) return;
        sharing.render(next, false);
        sharing.say(t("sharing-name-saved"));
        document.getElementById("f-sharing-name")?.focus();
      })
      .catch((e: unknown) => {
        wrong.textContent = errorMessage(e, t("sharing-name-failed"));
        input.setAttribute("aria-invalid", "true");
        input.focus();
      })
      .finally(() => {
        saving = false;
      });
  });
  return form;
}
