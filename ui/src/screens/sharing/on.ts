// "Sharing is on": what it is and when it last sent, "Send and receive now", then working
// together, what is shared, and stopping. Live news (the session, who is here, the other side's
// changes) keeps it up to date.

import { api, errorMessage, isApiError, type SharingStatus } from "../../api";
import { h } from "../../dom";
import { t } from "../../i18n";
import { attachScreen, liveState, noteStatus, statusAnswer } from "../../live";
import { liveSyncNote } from "../live-logic";
import { lastSyncedText, roleArg, stuckText, summaryText, syncMessage } from "../sharing-logic";
import { fillChoices, refill } from "./choices";
import type { SharingScreen } from "./context";
import { liveSection } from "./live-session";
import { stopSection } from "./stop";

export function onView(sharing: SharingScreen, st: SharingStatus): HTMLElement {
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
    api
      .syncNow()
      .then((done) => {
        sharing.say(syncMessage(done));
        return api.sharingStatus().then((now) => {
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

  // While working together, edits go across as they are saved: a manual send has nothing to do.
  const syncActions = h("div", { class: "actions start" }, sync);
  const syncNote = h("p", { class: "sharing-live-sync-note", id: "sharing-live-sync-note", hidden: true });
  const live = liveSection(sharing, st.role, () => {
    const now = liveState();
    syncActions.hidden = now !== "off";
    syncNote.hidden = now === "off";
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
      .sharingStatus()
      .then((now) => {
        // This view's list, not only the screen: another view may have replaced this one.
        if (!list.isConnected) return;
        if (now.state !== "on") {
          sharing.render(now);
          return;
        }
        sharing.shown = now;
        noteStatus(now);
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
      h("h2", { id: "sharing-on-title", tabindex: "-1", "data-focus": "" }, t("sharing-on-title")),
      h("p", { class: "sharing-summary" }, summaryText(st)),
      last,
      stuck,
      syncActions,
      syncNote,
    ),
    live.el,
    h(
      "section",
      { class: "panel sharing-panel", "aria-labelledby": "sharing-choose-title" },
      h(
        "h2",
        { id: "sharing-choose-title" },
        st.role === "advocate" ? t("sharing-choose-title-advocate") : t("sharing-choose-title"),
      ),
      h("p", { class: "muted" }, t("sharing-choose-text")),
      h("p", { class: "muted" }, t("sharing-choose-history", { role: roleArg(st.role) })),
      list,
    ),
    stopSection(sharing, st.role),
  );
}
