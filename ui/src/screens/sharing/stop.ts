// Stopping sharing, after an "are you sure?"; when the relay cannot be reached, sharing may still
// have stopped here, and the screen says which.

import { api, errorMessage, isApiError, type SharingStatus } from "../../api";
import { confirmGroup, h } from "../../dom";
import { t } from "../../i18n";
import { namesPeople, personName, STOPPED_OFFLINE, stopQuestion, stoppedText } from "../sharing-logic";
import type { SharingScreen } from "./context";

export function stopSection(sharing: SharingScreen, st: SharingStatus): HTMLElement {
  // With several people, stopping is with the one shown; the rest go on.
  const who = namesPeople(st) ? personName(st, st.link) : null;
  const stop = h(
    "button",
    { type: "button", class: "danger", id: "sharing-stop" },
    who === null ? t("sharing-stop") : t("sharing-stop-named", { name: who }),
  );

  const yes = h("button", { type: "button", class: "danger", id: "sharing-stop-yes" }, t("sharing-stop-yes"));
  const no = h("button", { type: "button", id: "sharing-stop-no" }, t("sharing-stop-no"));
  const confirmBox = confirmGroup(
    "sharing-stop-question",
    stopQuestion(st),
    yes,
    no,
  );

  let pending = false;
  stop.addEventListener("click", () => {
    sharing.clearMessages();
    confirmBox.hidden = false;
    // The safe answer first: a second press of Enter must not end sharing for good.
    no.focus();
  });
  no.addEventListener("click", () => {
    confirmBox.hidden = true;
    stop.focus();
  });
  yes.addEventListener("click", () => {
    if (pending) return;
    pending = true;
    sharing.clearMessages();
    sharing.say(t("sharing-stopping"));
    api
      .stopSharing(st.link)
      .then((next) => {
        if (sharing.gone()) return;
        sharing.render(next);
        // Another person's part takes this one's place: say whose.
        const now = next.state !== "off" && who !== null ? ` ${t("sharing-now-showing", { name: personName(next, next.link) })}` : "";
        sharing.say(stoppedText(st.role, who) + now);
      })
      .catch((e: unknown) => {
        sharing.say("");
        // Rust marks sharing as stopped before it asks the relay to delete the mailbox, so a
        // failure there may still have stopped it here: look, and say which.
        const notStopped = () => {
          sharing.fail(errorMessage(e, t("sharing-stop-failed")));
          confirmBox.hidden = true;
          stop.focus();
        };
        api
          .sharingStatus(st.link)
          .then((now) => {
            if (sharing.gone()) return;
            if (now.state !== "ended" || now.link !== st.link) return notStopped();
            sharing.relayUnreachable = true;
            sharing.render(now);
            sharing.say(t(STOPPED_OFFLINE));
            // The relay's own reason (say, this computer's clock), if it is one to act on.
            if (isApiError(e) && e.code === "offline") sharing.fail(e.message);
          })
          .catch(notStopped);
      })
      .finally(() => {
        pending = false;
      });
  });

  return h(
    "section",
    { class: "panel sharing-panel sharing-danger", "aria-labelledby": "sharing-stop-title" },
    h("h2", { id: "sharing-stop-title" }, t("sharing-stop-title")),
    h("p", {}, who === null ? t("sharing-stop-text") : t("sharing-stop-text-named", { name: who })),
    h("div", { class: "actions start" }, stop),
    confirmBox,
  );
}
