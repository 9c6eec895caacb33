// The four words both sides read aloud, and the answer: "Yes, they match" finishes pairing, "No"
// drops it.

import { api, errorMessage, isApiError, type SharingRole } from "../../api";
import { field, h } from "../../dom";
import { t } from "../../i18n";
import { NAME_MAX, nameTaken, phraseWords } from "../sharing-logic";
import type { SharingScreen } from "./context";
import { notePhraseOnScreen } from "./pairing-wait";

export function phraseView(sharing: SharingScreen, phrase: string, role: SharingRole): HTMLElement {
  const yes = h("button", { type: "button", class: "primary", id: "sharing-words-match" }, t("sharing-words-match"));
  const no = h("button", { type: "button", id: "sharing-words-differ" }, t("sharing-words-differ"));
  // The person may share with several people: what they call this one tells them apart later.
  // Pairing with someone else while already sharing: "them", never "your advocate".
  const another = role !== "advocate" && (sharing.shown?.people.length ?? 0) > 0;
  const who = another ? "another" : role;
  const name =
    role === "advocate" ? null : field(t("sharing-name-label"), "sharing-pair-name", { hint: t("sharing-name-hint") });
  if (name) (name.control as HTMLInputElement).maxLength = NAME_MAX;
  const view = h(
    "section",
    { class: "panel sharing-panel", "aria-labelledby": "sharing-phrase-title" },
    h("h2", { id: "sharing-phrase-title", tabindex: "-1", "data-focus": "" }, t("sharing-phrase-title")),
    h(
      "ol",
      { class: "sharing-phrase", id: "sharing-phrase", "aria-label": t("sharing-phrase-label") },
      ...phraseWords(phrase).map((w) => h("li", {}, w)),
    ),
    name?.wrap ?? null,
    h("p", { id: "sharing-phrase-question" }, t("sharing-phrase-question")),
    h("div", { class: "actions start", role: "group", "aria-labelledby": "sharing-phrase-question" }, yes, no),
  );

  // The answers below are for these words only: once the view is out of the page (another view
  // drawn, the screen left, the app hidden) they draw nothing.
  const nothingShared = (why: string) => {
    sharing.typed.code = "";
    sharing.show(sharing.offView(t("sharing-nothing-shared", { role: who, why })), true);
  };
  notePhraseOnScreen({
    view,
    interrupted: () => {
      if (view.isConnected) nothingShared(t("sharing-interrupted"));
    },
  });

  let pending = false;
  yes.addEventListener("click", () => {
    if (pending) return;
    // Two people with one name could be mistaken for each other: asked for another first.
    const wanted = name ? name.control.value.trim() : "";
    if (name && sharing.shown && nameTaken(sharing.shown, null, wanted)) {
      sharing.fail(t("error-sharing-name-taken"));
      name.control.setAttribute("aria-invalid", "true");
      name.control.focus();
      return;
    }
    pending = true;
    notePhraseOnScreen(null);
    sharing.clearMessages();
    sharing.say(t("sharing-finishing", { role: who }));
    api
      .pairingConfirm(wanted || null)
      .then((st) => {
        // A used code is worth nothing, but it should not sit in a form for later either.
        sharing.typed.code = "";
        if (!view.isConnected) return;
        sharing.render(st);
        sharing.say(t("sharing-connected", { role }));
      })
      .catch((e: unknown) => {
        if (!view.isConnected) return;
        sharing.say("");
        if (isApiError(e) && e.code === "mismatch") {
          nothingShared(t("sharing-mismatch"));
        } else {
          nothingShared(errorMessage(e, t("sharing-pairing-failed")));
        }
      });
  });
  no.addEventListener("click", () => {
    if (pending) return;
    pending = true;
    notePhraseOnScreen(null);
    sharing.clearMessages();
    void api
      .pairingAbort()
      .catch(() => undefined)
      .finally(() => {
        if (!view.isConnected) return;
        nothingShared(t("sharing-words-different"));
      });
  });
  return view;
}
