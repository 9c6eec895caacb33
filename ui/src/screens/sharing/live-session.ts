// Working together live, on the sharing screen while sharing is on.

import { api, errorMessage, isApiError, type SharingStatus } from "../../api";
import { h } from "../../dom";
import { t } from "../../i18n";
import { liveState, liveWith, presence, sharedItems, sharingRole, statusAnswer } from "../../live";
import { liveStateText, presenceText } from "../live-logic";
import { namesPeople, personName, roleArg, shownName } from "../sharing-logic";
import type { SharingScreen } from "./context";

/**
 * "Work together now" / "Stop working together", how the connection is, and who is here. With one
 * person at a time: while working together with someone else, it says so instead.
 */
export function liveSection(
  sharing: SharingScreen,
  st: SharingStatus,
  onChange: () => void,
): { el: HTMLElement; refresh(): void } {
  const role = st.role;
  const start = h("button", { type: "button", class: "primary", id: "sharing-live-start" }, t("sharing-live-start"));
  const stop = h("button", { type: "button", id: "sharing-live-stop", hidden: true }, t("sharing-live-stop"));
  const state = h("p", { class: "sharing-live-state", id: "sharing-live-state", role: "status" });
  const here = h("p", { class: "sharing-presence", id: "sharing-presence", role: "status" });

  function refresh(): void {
    const now = liveState();
    const shown = sharing.shown ?? st;
    const with_ = shown.live_link;
    if (now !== "off" && with_ !== null && with_ !== shown.link) {
      start.hidden = true;
      stop.hidden = false;
      stop.textContent = t("sharing-live-stop-named", { name: personName(shown, with_) });
      state.textContent = t("sharing-live-elsewhere", { name: personName(shown, with_) });
      state.dataset.state = "elsewhere";
      here.textContent = "";
      here.dataset.here = "false";
      onChange();
      return;
    }
    const off = now === "off";
    stop.textContent = t("sharing-live-stop");
    // Keyboard focus follows the button that takes the place of the one pressed.
    const moveTo = off && document.activeElement === stop ? start : !off && document.activeElement === start ? stop : null;
    start.hidden = !off;
    stop.hidden = off;
    state.textContent = liveStateText(now);
    state.dataset.state = now;
    here.textContent = presenceText(now, presence(), sharedItems(), sharingRole(), liveWith());
    here.dataset.here = String(now === "on" && presence().here);
    moveTo?.focus();
    onChange();
  }

  let pending = false;
  const act = (call: () => Promise<SharingStatus>, failed: string, done?: string) => {
    if (pending) return;
    pending = true;
    sharing.clearMessages();
    const taken = statusAnswer();
    call()
      .then((st) => {
        sharing.shown = st;
        taken(st);
        if (sharing.gone()) return;
        if (st.state !== "on") {
          sharing.render(st);
          return;
        }
        refresh();
        if (done) sharing.say(done);
      })
      .catch((e: unknown) => {
        sharing.fail(errorMessage(e, failed));
        if (isApiError(e) && e.code === "sharing_ended") sharing.reload();
      })
      .finally(() => {
        pending = false;
      });
  };
  start.addEventListener("click", () =>
    act(() => api.liveStart(sharing.link), t("sharing-live-start-failed")),
  );
  stop.addEventListener("click", () => {
    // Whom it was with, said when it has stopped (it may be someone else than the one shown).
    const shown = sharing.shown ?? st;
    const with_ = shown.live_link;
    const named = with_ !== null && (with_ !== shown.link || namesPeople(shown));
    act(
      () => api.liveStop(sharing.link),
      t("sharing-live-stop-failed"),
      named ? t("sharing-live-stopped-named", { name: personName(shown, with_) }) : t("sharing-live-stopped"),
    );
  });

  const el = h(
    "section",
    { class: "panel sharing-panel sharing-live", "aria-labelledby": "sharing-live-title" },
    h("h2", { id: "sharing-live-title" }, t("sharing-live-title")),
    h("p", { class: "muted" }, liveText(st)),
    state,
    here,
    h("div", { class: "actions start" }, start, stop),
  );
  refresh();
  return { el, refresh };
}

/** What working together does, naming the person shown when the words name people. */
function liveText(st: SharingStatus): string {
  const name = shownName(st);
  return name !== null ? t("sharing-live-text-named", { name }) : t("sharing-live-text", { role: roleArg(st.role) });
}
