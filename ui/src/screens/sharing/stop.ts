// Stopping sharing, after an "are you sure?"; when the relay cannot be reached, sharing may still
// have stopped here, and the screen says which.

import { api, errorMessage, isApiError, type SharingRole } from "../../api";
import { confirmGroup, h } from "../../dom";
import { t } from "../../i18n";
import { roleArg, STOPPED_OFFLINE } from "../sharing-logic";
import type { SharingScreen } from "./context";

export function stopSection(sharing: SharingScreen, role: SharingRole | null): HTMLElement {
  const stop = h("button", { type: "button", class: "danger", id: "sharing-stop" }, t("sharing-stop"));
  const yes = h("button", { type: "button", class: "danger", id: "sharing-stop-yes" }, t("sharing-stop-yes"));
  const no = h("button", { type: "button", id: "sharing-stop-no" }, t("sharing-stop-no"));
  const confirmBox = confirmGroup(
    "sharing-stop-question",
    t("sharing-stop-question", { role: roleArg(role) }),
    yes,
    no,
  );

  let pending = false;
  stop.addEventListener("click", () => {
    sharing.clearMessages();
    confirmBox.hidden = false;
    yes.focus();
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
      .stopSharing()
      .then((st) => {
        if (sharing.gone()) return;
        sharing.render(st);
        sharing.say(t("sharing-stopped", { role: roleArg(role) }));
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
          .sharingStatus()
          .then((st) => {
            if (sharing.gone()) return;
            if (st.state !== "ended") return notStopped();
            sharing.relayUnreachable = true;
            sharing.render(st);
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
    h("p", {}, t("sharing-stop-text")),
    h("div", { class: "actions start" }, stop),
    confirmBox,
  );
}
