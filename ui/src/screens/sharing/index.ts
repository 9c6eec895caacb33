// Sharing with an advocate: pairing in person (an invitation or a code, then four words both read
// aloud), choosing what is shared, sending and receiving, working together live, and stopping.
// Sharing is off until the person pairs, and nothing leaves this computer before then. What is
// typed here (the address and the code) is held only in this screen's memory, never in browser
// storage, and the invitation is never put on the clipboard by the app.
//
// This file draws the screen's frame and picks the view for the sharing status; each view is its
// own file, given the screen (context.ts).

import "../sharing.css";
import { api, errorMessage } from "../../api";
import { openCase } from "../../cases";
import { h, screen } from "../../dom";
import { t } from "../../i18n";
import { noteStatus } from "../../live";
import { sharingIntro, sharingParts } from "../sharing-logic";
import type { SharingScreen } from "./context";
import { endedView } from "./ended";
import { addView, offView } from "./off";
import { onView } from "./on";
import { peopleSection } from "./people";
import { noteCodeOnScreen, pairingScreenOpened } from "./pairing-wait";

export interface SharingOptions {
  /** Shows an advocate's caseload (the way there is left out without it). */
  openCaseload?(): void;
}

export function showSharing(main: HTMLElement, opts: SharingOptions = {}): void {
  screen(main, (signal) => {
    pairingScreenOpened();
    /** The case open as the screen is shown; opening or closing one shows the screen again. */
    const inCase = openCase();
    const parts = sharingParts(inCase !== null);
    const intro = sharingIntro(inCase?.label ?? null);
    const title = h("h1", { tabindex: "-1" }, intro.title);
    const lead = h("p", { class: "lead" }, intro.lead);

    const error = h("p", { class: "form-error", role: "alert", id: "sharing-error" });
    const status = h("p", { class: "status sharing-status", role: "status", id: "sharing-status" });
    const body = h("div", { class: "sharing-body" });
    const people = h("div", { class: "sharing-people-slot" });
    main.append(title, lead, error, status, people, body);
    main.querySelector<HTMLElement>("h1")?.focus();

    const sharing: SharingScreen = {
      body,
      // The signal covers another screen drawn with `screen` and a hide; the body's place in the
      // page covers a screen that home.ts draws into `main` without `screen`.
      gone: () => signal.aborted || !body.isConnected,
      typed: { address: "", code: "", hostAddress: "" },
      shown: null,
      link: null,
      relayUnreachable: false,
      saving: Promise.resolve(),
      say(text) {
        status.textContent = text;
      },
      fail(text) {
        error.textContent = text;
      },
      clearMessages() {
        error.textContent = "";
        status.textContent = "";
      },
      show(view, focus) {
        noteCodeOnScreen(false);
        body.replaceChildren(view);
        if (focus) view.querySelector<HTMLElement>("[data-focus]")?.focus();
      },
      render(st, focus = true) {
        sharing.shown = st;
        sharing.link = st.link;
        // Once there is more than one person, the page is no longer about "my advocate" alone.
        const words = sharingIntro(inCase?.label ?? null, st.role !== "advocate" && st.people.length > 1);
        title.textContent = words.title;
        lead.textContent = words.lead;
        noteStatus(st);
        sharing.showPeople(false);
        switch (st.state) {
          case "off":
            sharing.show(sharing.offView(), focus);
            break;
          case "on":
            sharing.show(onView(sharing, st), focus);
            break;
          case "ended":
            sharing.show(endedView(sharing), focus);
            break;
        }
      },
      reload(focus = true) {
        api
          .sharingStatus(sharing.link)
          .then((st) => {
            if (!sharing.gone()) sharing.render(st, focus);
          })
          .catch((e: unknown) => sharing.fail(errorMessage(e, t("sharing-check-failed"))));
      },
      // Sharing with others already, a pairing that stops goes back to pairing with one more:
      // never "Sharing is off" while others still receive.
      offView: (notice) =>
        sharing.shown && sharing.shown.role !== "advocate" && sharing.shown.people.length > 0
          ? addView(sharing, notice)
          : offView(sharing, parts, opts.openCaseload, notice),
      addView: () => {
        // Pairing with one more: the page is about more than "my advocate" from here on.
        const words = sharingIntro(null, true);
        title.textContent = words.title;
        lead.textContent = words.lead;
        return addView(sharing);
      },
      showPeople(adding) {
        const shown = sharing.shown;
        const section = shown ? peopleSection(sharing, shown, adding) : null;
        people.replaceChildren(...(section ? [section] : []));
      },
    };

    sharing.reload(false);
  });
}
