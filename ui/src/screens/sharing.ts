// Sharing with an advocate: pairing in person (an invitation or a code, then four words both read
// aloud), choosing what is shared, sending and receiving, working together live, and stopping.
// Sharing is off until the person pairs, and nothing leaves this computer before then. What is
// typed here (the address and the code) is held only in this screen's memory, never in browser
// storage, and the invitation is never put on the clipboard by the app.

import "./sharing.css";
import {
  api,
  isApiError,
  type PairingCodeView,
  type PairingPhrase,
  type QrView,
  type ShareableItem,
  type SharingRole,
  type SharingStatus,
} from "../api";
import { openCase } from "../cases";
import { confirmGroup, field, h } from "../dom";
import { t } from "../i18n";
import { attachScreen, liveState, noteStatus, presence, sharedItems, sharingRole } from "../live";
import { liveStateText, liveSyncNote, presenceText, shareableTitle } from "./live-logic";
import {
  checkAddress,
  checkHostAddress,
  CODE_EXAMPLE,
  CODE_LENGTH,
  codeGroups,
  groupItems,
  isInvitation,
  lastSyncedText,
  phraseWords,
  qrPath,
  qrPixels,
  qrSide,
  readCodeOrInvitation,
  roleArg,
  sharedCountText,
  sharingIntro,
  sharingParts,
  STOPPED_OFFLINE,
  summaryText,
  syncMessage,
} from "./sharing-logic";

function errorText(e: unknown, fallback: string): string {
  return isApiError(e) ? e.message : fallback;
}

// ---- Pairing calls that wait ----
// Joining and waiting can take minutes. Cancel (pairing_abort) makes Rust give up the wait, but
// a wait that finishes just as Cancel is pressed, or whose screen was left without Cancel, can
// still leave Rust holding a half-made pairing; these keep it from ever being confirmed by
// mistake.

/** Bumped for each new wait, each Cancel and each opening of the screen: only the latest counts. */
let attemptSeq = 0;
/** The four words on screen, waiting for "Yes" or "No" (it counts only while still in the page). */
let phraseOnScreen: { view: HTMLElement; interrupted(): void } | null = null;
/** While an advocate's code is on screen (dropping a late pairing would also forget the code). */
let codeOnScreen = false;

function startPairing(
  root: HTMLElement,
  call: () => Promise<PairingPhrase>,
  on: { phrase(p: PairingPhrase): void; failed(e: unknown): void },
): { cancel(): void } {
  const attempt = ++attemptSeq;
  const current = () => attempt === attemptSeq && root.isConnected;
  call().then(
    (p) => (current() ? on.phrase(p) : dropLatePairing()),
    (e: unknown) => {
      if (current()) on.failed(e);
    },
  );
  return {
    cancel() {
      if (attempt === attemptSeq) attemptSeq++;
      void api.pairingAbort().catch(() => undefined);
    },
  };
}

function dropLatePairing(): void {
  const shown = phraseOnScreen?.view.isConnected ? phraseOnScreen : null;
  // The next wait replaces it anyway, and pairing_abort would also forget the code being shown.
  if (codeOnScreen && !shown) return;
  phraseOnScreen = null;
  // The late pairing may have replaced the one whose words are showing: start again, to be safe.
  void api
    .pairingAbort()
    .catch(() => undefined)
    .finally(() => shown?.interrupted());
}

// ---- The invitation's QR code ----

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * The invitation's QR code as an image: black on white with its quiet zone, each module a whole
 * number of pixels (crisp edges read best); null if it cannot be drawn.
 */
function qrImage(qr: QrView): SVGSVGElement | null {
  const d = qrPath(qr.width, qr.modules);
  if (d === "") return null;
  const side = qrSide(qr.width);
  const pixels = String(qrPixels(qr.width));
  const image = svgElement("svg", {
    id: "sharing-qr",
    class: "sharing-qr",
    viewBox: `0 0 ${side} ${side}`,
    width: pixels,
    height: pixels,
    role: "img",
    "aria-label": t("sharing-qr-label"),
    "shape-rendering": "crispEdges",
  });
  image.append(
    svgElement("rect", { width: String(side), height: String(side), fill: "#fff" }),
    svgElement("path", { d, fill: "#000" }),
  );
  return image;
}

function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

// The advocate's side pairs into whatever is open, so it is offered only while one of their cases
// is open (each case is kept apart from every other and from their own space; Rust refuses it
// otherwise). In the own space the screen is the person's, with a way to the caseload.

export interface SharingOptions {
  /** Shows an advocate's caseload (the way there is left out without it). */
  openCaseload?(): void;
}

// ---- The screen ----

export function showSharing(main: HTMLElement, opts: SharingOptions = {}): void {
  attemptSeq++;
  phraseOnScreen = null;
  codeOnScreen = false;
  /** The case open as the screen is shown; opening or closing one shows the screen again. */
  const inCase = openCase();
  const parts = sharingParts(inCase !== null);
  const intro = sharingIntro(inCase?.label ?? null);

  const error = h("p", { class: "form-error", role: "alert", id: "sharing-error" });
  const status = h("p", { class: "status sharing-status", role: "status", id: "sharing-status" });
  const body = h("div", { class: "sharing-body" });
  main.replaceChildren(
    h("h1", { tabindex: "-1" }, intro.title),
    h("p", { class: "lead" }, intro.lead),
    error,
    status,
    body,
  );
  main.querySelector<HTMLElement>("h1")?.focus();

  /** Typed on either side; kept only while this screen is open, to fill the form again. */
  const typed = { address: "", code: "", hostAddress: "" };
  /** The latest status shown, for putting the list back if a change could not be saved. */
  let shown: SharingStatus | null = null;
  /** Stopping or clearing could not reach the relay: offer to clear on this computer only. */
  let relayUnreachable = false;

  function say(text: string): void {
    status.textContent = text;
  }
  function fail(text: string): void {
    error.textContent = text;
  }
  function clearMessages(): void {
    error.textContent = "";
    status.textContent = "";
  }

  /** Shows a new view and puts keyboard focus on its heading (or on a notice it starts with). */
  function show(view: HTMLElement, focus: boolean): void {
    codeOnScreen = false;
    body.replaceChildren(view);
    if (focus) view.querySelector<HTMLElement>("[data-focus]")?.focus();
  }

  function render(st: SharingStatus, focus = true): void {
    shown = st;
    noteStatus(st);
    switch (st.state) {
      case "off":
        show(offView(), focus);
        break;
      case "on":
        show(onView(st), focus);
        break;
      case "ended":
        show(endedView(), focus);
        break;
    }
  }

  function reload(focus = true): void {
    api
      .sharingStatus()
      .then((st) => {
        if (body.isConnected) render(st, focus);
      })
      .catch((e: unknown) => fail(errorText(e, t("sharing-check-failed"))));
  }

  // ---- Off: pairing ----

  function offView(notice?: string): HTMLElement {
    return h(
      "div",
      {},
      parts.join ? joinSection(notice) : null,
      parts.host ? hostSection(notice) : null,
      parts.caseload && opts.openCaseload ? caseloadSection(opts.openCaseload) : null,
    );
  }

  /** The person's side: the code their advocate shows, typed in here. */
  function joinSection(notice?: string): HTMLElement {
    const address = field(t("sharing-address-label"), "sharing-relay", {
      hint: t("sharing-address-hint"),
    });
    const addressInput = address.control as HTMLInputElement;
    addressInput.placeholder = "https://…";
    addressInput.inputMode = "url";
    addressInput.value = typed.address;
    const code = field(t("sharing-code-label"), "sharing-code", {
      hint: t("sharing-code-hint", { length: CODE_LENGTH, example: CODE_EXAMPLE }),
    });
    const codeInput = code.control as HTMLInputElement;
    codeInput.setAttribute("autocapitalize", "characters");
    codeInput.value = typed.code;
    // A code shows in capitals as typed; a pasted invitation shows as it is (its address too).
    const markInvitation = () => codeInput.classList.toggle("invitation", isInvitation(codeInput.value));
    codeInput.addEventListener("input", markInvitation);
    markInvitation();
    const connect = h("button", { type: "submit", class: "primary", id: "sharing-connect" }, t("sharing-connect"));
    const form = h(
      "form",
      { class: "sharing-form", "aria-labelledby": "sharing-connect-title", novalidate: true },
      h("h3", { id: "sharing-connect-title" }, t("sharing-connect-title")),
      address.wrap,
      code.wrap,
      h("div", { class: "actions start" }, connect),
    );

    form.addEventListener("submit", (e) => {
      e.preventDefault();
      clearMessages();
      for (const c of [addressInput, codeInput]) c.removeAttribute("aria-invalid");
      typed.address = addressInput.value;
      typed.code = codeInput.value;
      const read = readCodeOrInvitation(codeInput.value);
      // An invitation carries the address, so the address box is not needed (nor checked) then.
      if (read.ok && read.value.invitation) return join("", read.value.code);
      if (!read.ok && isInvitation(codeInput.value)) return invalid(codeInput, read.message);
      const relay = checkAddress(addressInput.value);
      if (!relay.ok) return invalid(addressInput, relay.message);
      if (!read.ok) return invalid(codeInput, read.message);
      join(relay.value, read.value.code);
    });

    return h(
      "section",
      { class: "panel sharing-panel", "aria-labelledby": "sharing-off-title" },
      offHeading(notice),
      h(
        "ul",
        { class: "sharing-facts" },
        h("li", {}, t("sharing-fact-nothing-leaves")),
        h("li", {}, t("sharing-fact-address-code", { length: CODE_LENGTH })),
        h("li", {}, t("sharing-fact-you-choose")),
        h("li", {}, t("sharing-fact-stop")),
      ),
      form,
    );
  }

  /** "Sharing is off", with why if pairing just stopped (focus goes to the notice then). */
  function offHeading(notice?: string): DocumentFragment {
    const part = document.createDocumentFragment();
    part.append(
      h("h2", { id: "sharing-off-title", tabindex: "-1", "data-focus": notice ? undefined : "" }, t("sharing-off-title")),
    );
    if (notice) part.append(h("p", { class: "guidance sharing-notice", tabindex: "-1", "data-focus": "" }, notice));
    return part;
  }

  /** In the own space: the way to an advocate's caseload, kept small and plain. */
  function caseloadSection(open: () => void): HTMLElement {
    const button = h("button", { type: "button", id: "caseload-open", "data-screen": "caseload" }, t("sharing-open-caseload"));
    button.addEventListener("click", open);
    return h(
      "section",
      { class: "panel sharing-panel sharing-caseload", "aria-labelledby": "sharing-caseload-title" },
      h("h2", { id: "sharing-caseload-title" }, t("sharing-caseload-title")),
      h("p", { class: "muted" }, t("sharing-caseload-text")),
      h("div", { class: "actions start" }, button),
    );
  }

  function invalid(input: HTMLInputElement, message: string): void {
    fail(message);
    input.setAttribute("aria-invalid", "true");
    input.focus();
  }

  function join(relay: string, code: string): void {
    const waiting = startPairing(body, () => api.pairingJoin(relay, code), {
      phrase: (p) => show(phraseView(p.phrase, "client"), true),
      failed: (e) => {
        if (isApiError(e) && e.code === "mismatch") typed.code = "";
        show(offView(), false);
        fail(errorText(e, t("sharing-join-failed")));
        body.querySelector<HTMLElement>("#sharing-connect")?.focus();
      },
    });
    show(
      waitingView(
        t("sharing-join-waiting-title"),
        t("sharing-join-waiting-text"),
        () => {
          waiting.cancel();
          show(offView(), false);
          say(t("sharing-join-cancelled"));
          body.querySelector<HTMLElement>("#sharing-connect")?.focus();
        },
      ),
      true,
    );
  }

  /**
   * The advocate's side, in an open case: an invitation for the person's app, as a QR code, as
   * text to paste, or as a code to type with the sharing address. The address comes first because
   * the invitation holds it.
   */
  function hostSection(notice?: string): HTMLElement {
    const address = field(t("sharing-address-label"), "sharing-host-relay", {
      hint: t("sharing-host-address-hint"),
    });
    const addressInput = address.control as HTMLInputElement;
    addressInput.placeholder = "https://…";
    addressInput.inputMode = "url";
    addressInput.value = typed.hostAddress;
    const showCode = h("button", { type: "button", id: "sharing-show-code" }, t("sharing-show-code"));

    const title = h("h3", { id: "sharing-invitation-title", tabindex: "-1" }, t("sharing-invitation-title"));
    const qrBox = h("div", { class: "sharing-qr-box" });
    const codeText = h("p", {
      class: "sharing-code",
      id: "sharing-code-shown",
      tabindex: "-1",
      "aria-describedby": "sharing-code-hint",
    });
    const addressShown = h("p", { class: "sharing-address-shown", id: "sharing-address-shown" });
    const invitationText = h("textarea", {
      id: "sharing-invitation-text",
      class: "sharing-invitation-text",
      readonly: true,
      rows: "3",
      spellcheck: "false",
      "aria-describedby": "sharing-invitation-hint",
    });
    const wait = h("button", { type: "submit", class: "primary", id: "sharing-wait" }, t("sharing-wait"));
    const codeForm = h(
      "form",
      {
        class: "sharing-form sharing-invitation",
        "aria-labelledby": "sharing-invitation-title",
        novalidate: true,
        hidden: true,
      },
      title,
      qrBox,
      h("p", { class: "sharing-code-label" }, t("sharing-code-shown-label")),
      codeText,
      h("p", { class: "sharing-code-label" }, t("sharing-address-shown-label")),
      addressShown,
      h("p", { class: "hint", id: "sharing-code-hint" }, t("sharing-code-shown-hint")),
      // No copy button: the clipboard is one of the places this app keeps its text out of.
      h(
        "details",
        { class: "sharing-invitation-more" },
        h("summary", {}, t("sharing-invitation-as-text")),
        h("p", { class: "hint", id: "sharing-invitation-hint" }, t("sharing-invitation-hint")),
        h("label", { for: "sharing-invitation-text" }, t("sharing-invitation-label")),
        invitationText,
      ),
      h("div", { class: "actions start" }, wait),
    );

    function showInvitation(view: PairingCodeView, relay: string): void {
      const image = qrImage(view.qr);
      qrBox.replaceChildren(...(image ? [image] : []));
      // Without a drawable QR code the code and the text still work.
      qrBox.hidden = image === null;
      codeText.replaceChildren(
        ...codeGroups(view.code).flatMap((g, i) => [i > 0 ? " " : "", h("span", { class: "group" }, g)]),
      );
      const read = readCodeOrInvitation(view.invitation);
      // The address as the invitation holds it (the Rust side may have tidied what was typed).
      addressShown.textContent = (read.ok && read.value.address) || relay;
      invitationText.value = view.invitation;
      codeForm.hidden = false;
      codeOnScreen = true;
      showCode.textContent = t("sharing-show-new-code");
      title.focus();
    }

    /** Takes the invitation off the screen (its address is no longer the one typed). */
    function hideInvitation(): void {
      codeForm.hidden = true;
      codeOnScreen = false;
      qrBox.replaceChildren();
      codeText.replaceChildren();
      addressShown.textContent = "";
      invitationText.value = "";
      // The app forgets the one-time code too: it is no longer on screen to be used.
      void api.pairingAbort().catch(() => undefined);
    }

    // Enter in the address shows a code, as in any form.
    addressInput.addEventListener("keydown", (e) => {
      if (e.key === "Enter") {
        e.preventDefault();
        showCode.click();
      }
    });

    addressInput.addEventListener("input", () => {
      typed.hostAddress = addressInput.value;
      if (codeForm.hidden) return;
      // "Wait for them" would use the address in the invitation, not the one now typed.
      hideInvitation();
      say(t("sharing-address-changed"));
    });

    let pending = false;
    showCode.addEventListener("click", () => {
      if (pending) return;
      clearMessages();
      addressInput.removeAttribute("aria-invalid");
      typed.hostAddress = addressInput.value;
      const relay = checkHostAddress(addressInput.value);
      if (!relay.ok) return invalid(addressInput, relay.message);
      pending = true;
      api
        .pairingHost(relay.value)
        .then((view) => {
          if (codeForm.isConnected) showInvitation(view, relay.value);
        })
        .catch((e: unknown) => fail(errorText(e, t("sharing-code-failed"))))
        .finally(() => {
          pending = false;
        });
    });

    codeForm.addEventListener("submit", (e) => {
      e.preventDefault();
      clearMessages();
      hostWait();
    });

    return h(
      "section",
      { class: "panel sharing-panel sharing-host", "aria-labelledby": "sharing-off-title" },
      offHeading(notice),
      h(
        "ul",
        { class: "sharing-facts" },
        h("li", {}, t("sharing-host-fact-nothing")),
        h("li", {}, t("sharing-host-fact-invitation")),
        h("li", {}, t("sharing-host-fact-choose")),
      ),
      address.wrap,
      h("div", { class: "actions start" }, showCode),
      codeForm,
    );
  }

  function hostWait(): void {
    const afterStop = (message: string, isError: boolean) => {
      show(offView(), false);
      if (isError) fail(message);
      else say(message);
      body.querySelector<HTMLElement>("#sharing-show-code")?.focus();
    };
    const waiting = startPairing(body, () => api.pairingWait(), {
      phrase: (p) => show(phraseView(p.phrase, "advocate"), true),
      failed: (e) =>
        afterStop(t("sharing-host-failed", { reason: errorText(e, t("sharing-host-unreachable")) }), true),
    });
    show(
      waitingView(
        t("sharing-host-waiting-title"),
        t("sharing-host-waiting-text"),
        () => {
          waiting.cancel();
          afterStop(t("sharing-host-cancelled"), false);
        },
      ),
      true,
    );
  }

  function waitingView(title: string, text: string, onCancel: () => void): HTMLElement {
    const cancel = h("button", { type: "button", id: "sharing-cancel" }, t("sharing-cancel"));
    cancel.addEventListener("click", onCancel);
    return h(
      "section",
      { class: "panel sharing-panel sharing-waiting", "aria-labelledby": "sharing-waiting-title", "aria-busy": "true" },
      h("h2", { id: "sharing-waiting-title", tabindex: "-1", "data-focus": "" }, title),
      h("p", {}, text),
      h("div", { class: "actions start" }, cancel),
    );
  }

  // ---- The four words ----

  function phraseView(phrase: string, role: SharingRole): HTMLElement {
    const yes = h("button", { type: "button", class: "primary", id: "sharing-words-match" }, t("sharing-words-match"));
    const no = h("button", { type: "button", id: "sharing-words-differ" }, t("sharing-words-differ"));
    const view = h(
      "section",
      { class: "panel sharing-panel", "aria-labelledby": "sharing-phrase-title" },
      h("h2", { id: "sharing-phrase-title", tabindex: "-1", "data-focus": "" }, t("sharing-phrase-title")),
      h(
        "ol",
        { class: "sharing-phrase", id: "sharing-phrase", "aria-label": t("sharing-phrase-label") },
        ...phraseWords(phrase).map((w) => h("li", {}, w)),
      ),
      h("p", { id: "sharing-phrase-question" }, t("sharing-phrase-question")),
      h("div", { class: "actions start", role: "group", "aria-labelledby": "sharing-phrase-question" }, yes, no),
    );

    const nothingShared = (why: string) => {
      typed.code = "";
      show(offView(t("sharing-nothing-shared", { role, why })), true);
    };
    phraseOnScreen = {
      view,
      interrupted: () => {
        if (view.isConnected) nothingShared(t("sharing-interrupted"));
      },
    };

    let pending = false;
    yes.addEventListener("click", () => {
      if (pending) return;
      pending = true;
      phraseOnScreen = null;
      clearMessages();
      say(t("sharing-finishing", { role }));
      api
        .pairingConfirm()
        .then((st) => {
          // A used code is worth nothing, but it should not sit in a form for later either.
          typed.code = "";
          if (!view.isConnected) return;
          render(st);
          say(t("sharing-connected", { role }));
        })
        .catch((e: unknown) => {
          if (!view.isConnected) return;
          say("");
          if (isApiError(e) && e.code === "mismatch") {
            nothingShared(t("sharing-mismatch"));
          } else {
            nothingShared(errorText(e, t("sharing-pairing-failed")));
          }
        });
    });
    no.addEventListener("click", () => {
      if (pending) return;
      pending = true;
      phraseOnScreen = null;
      clearMessages();
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

  // ---- On: what is shared, sending and receiving, stopping ----

  function onView(st: SharingStatus): HTMLElement {
    const last = h("p", { id: "sharing-last-synced" }, lastSyncedText(st.last_synced));
    const sync = h("button", { type: "button", class: "primary", id: "sharing-sync" }, t("sharing-sync"));
    let syncing = false;
    sync.addEventListener("click", () => {
      if (syncing) return;
      syncing = true;
      clearMessages();
      say(t("sharing-syncing"));
      api
        .syncNow()
        .then((done) => {
          say(syncMessage(done));
          return api.sharingStatus().then((now) => {
            noteStatus(now);
            if (!body.isConnected) return;
            if (now.state !== "on") render(now);
            else last.textContent = lastSyncedText(now.last_synced);
          });
        })
        .catch((e: unknown) => {
          say("");
          fail(errorText(e, t("sharing-sync-failed")));
          if (isApiError(e) && e.code === "sharing_ended") reload();
        })
        .finally(() => {
          syncing = false;
        });
    });

    const list = h("div", { class: "sharing-choices" });
    fillChoices(list, st);

    // While working together, edits go across as they are saved: a manual send has nothing to do.
    const syncActions = h("div", { class: "actions start" }, sync);
    const syncNote = h("p", { class: "sharing-live-sync-note", id: "sharing-live-sync-note", hidden: true });
    const live = liveSection(st.role, () => {
      const now = liveState();
      syncActions.hidden = now !== "off";
      syncNote.hidden = now === "off";
      syncNote.textContent = liveSyncNote(now);
    });
    attachScreen(body, {
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
          if (!list.isConnected) return;
          if (now.state !== "on") {
            render(now);
            return;
          }
          shown = now;
          noteStatus(now);
          last.textContent = lastSyncedText(now.last_synced);
          refill(list, now, "");
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
        list,
      ),
      stopSection(st.role),
    );
  }

  // ---- Working together ----

  /** "Work together now" / "Stop working together", how the connection is, and who is here. */
  function liveSection(role: SharingRole | null, onChange: () => void): { el: HTMLElement; refresh(): void } {
    const start = h("button", { type: "button", class: "primary", id: "sharing-live-start" }, t("sharing-live-start"));
    const stop = h("button", { type: "button", id: "sharing-live-stop", hidden: true }, t("sharing-live-stop"));
    const state = h("p", { class: "sharing-live-state", id: "sharing-live-state", role: "status" });
    const here = h("p", { class: "sharing-presence", id: "sharing-presence", role: "status" });

    function refresh(): void {
      const now = liveState();
      const off = now === "off";
      // Keyboard focus follows the button that takes the place of the one pressed.
      const moveTo = off && document.activeElement === stop ? start : !off && document.activeElement === start ? stop : null;
      start.hidden = !off;
      stop.hidden = off;
      state.textContent = liveStateText(now);
      state.dataset.state = now;
      here.textContent = presenceText(now, presence(), sharedItems(), sharingRole());
      here.dataset.here = String(now === "on" && presence().here);
      moveTo?.focus();
      onChange();
    }

    let pending = false;
    const act = (call: () => Promise<SharingStatus>, failed: string, done?: string) => {
      if (pending) return;
      pending = true;
      clearMessages();
      call()
        .then((st) => {
          shown = st;
          noteStatus(st);
          if (!body.isConnected) return;
          if (st.state !== "on") {
            render(st);
            return;
          }
          refresh();
          if (done) say(done);
        })
        .catch((e: unknown) => {
          fail(errorText(e, failed));
          if (isApiError(e) && e.code === "sharing_ended") reload();
        })
        .finally(() => {
          pending = false;
        });
    };
    start.addEventListener("click", () =>
      act(api.liveStart, t("sharing-live-start-failed")),
    );
    stop.addEventListener("click", () =>
      act(
        api.liveStop,
        t("sharing-live-stop-failed"),
        t("sharing-live-stopped"),
      ),
    );

    const el = h(
      "section",
      { class: "panel sharing-panel sharing-live", "aria-labelledby": "sharing-live-title" },
      h("h2", { id: "sharing-live-title" }, t("sharing-live-title")),
      h("p", { class: "muted" }, t("sharing-live-text", { role: roleArg(role) })),
      state,
      here,
      h("div", { class: "actions start" }, start, stop),
    );
    refresh();
    return { el, refresh };
  }

  /** Changes are saved one at a time, in the order they were made. */
  let saving: Promise<void> = Promise.resolve();

  function fillChoices(list: HTMLElement, st: SharingStatus): void {
    const count = h("p", { class: "sharing-count", id: "sharing-count" }, sharedCountText(st.items, st.role));
    let index = 0;
    const groups = groupItems(st.items).map((g) =>
      h(
        "fieldset",
        { class: "sharing-group", "data-group": g.key },
        h("legend", {}, h("h3", {}, g.heading)),
        g.key === "plan_section"
          ? h("p", { class: "hint" }, t("sharing-plan-section-note"))
          : null,
        g.note ? h("p", { class: `hint sharing-${g.key}-note`, id: `sharing-${g.key}-note` }, g.note) : null,
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
        saving = saving.then(() =>
          api
            .setShared(item.id, wanted)
            .then((next) => {
              shown = next;
              noteStatus(next);
              if (!list.isConnected) return;
              refill(list, next, item.id);
            })
            .catch((e: unknown) => {
              fail(errorText(e, t("sharing-save-failed")));
              if (shown && list.isConnected) refill(list, shown, item.id);
            }),
        );
      });
      return h("div", { class: "check" }, box, h("label", { for: id }, shareableTitle(item)));
    }
  }

  /** Redraws the list from a status, keeping focus on the same checkbox if it had it. */
  function refill(list: HTMLElement, st: SharingStatus, focusedId: string): void {
    const hadFocus = list.contains(document.activeElement);
    const focusId = (document.activeElement as HTMLElement | null)?.dataset?.itemId ?? focusedId;
    fillChoices(list, st);
    if (!hadFocus) return;
    for (const box of list.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      if (box.dataset.itemId === focusId) {
        box.focus();
        return;
      }
    }
  }

  function stopSection(role: SharingRole | null): HTMLElement {
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
      clearMessages();
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
      clearMessages();
      say(t("sharing-stopping"));
      api
        .stopSharing()
        .then((st) => {
          if (!body.isConnected) return;
          render(st);
          say(t("sharing-stopped", { role: roleArg(role) }));
        })
        .catch((e: unknown) => {
          say("");
          // Rust marks sharing as stopped before it asks the relay to delete the mailbox, so a
          // failure there may still have stopped it here: look, and say which.
          const notStopped = () => {
            fail(errorText(e, t("sharing-stop-failed")));
            confirmBox.hidden = true;
            stop.focus();
          };
          api
            .sharingStatus()
            .then((st) => {
              if (!body.isConnected) return;
              if (st.state !== "ended") return notStopped();
              relayUnreachable = true;
              render(st);
              say(t(STOPPED_OFFLINE));
              // The relay's own reason (say, this computer's clock), if it is one to act on.
              if (isApiError(e) && e.code === "offline") fail(e.message);
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

  // ---- Ended ----

  function endedView(): HTMLElement {
    const clear = h("button", { type: "button", class: "primary", id: "sharing-clear" }, t("sharing-clear"));
    const here = h(
      "button",
      { type: "button", id: "sharing-clear-here", hidden: !relayUnreachable },
      t("sharing-clear-here"),
    );
    const hereNote = h(
      "p",
      { class: "muted", id: "sharing-clear-here-note", hidden: !relayUnreachable },
      t("sharing-clear-here-note"),
    );
    let pending = false;
    /** Clears with `call`; `failed` runs before the error is shown. */
    const clearWith = (button: HTMLElement, call: () => Promise<SharingStatus>, failed?: () => void) => {
      button.addEventListener("click", () => {
        if (pending) return;
        pending = true;
        clearMessages();
        call()
          .then((st) => {
            if (!body.isConnected) return;
            relayUnreachable = false;
            render(st);
            say(t("sharing-cleared"));
          })
          .catch((e: unknown) => {
            failed?.();
            fail(errorText(e, t("sharing-clear-failed")));
            button.focus();
          })
          .finally(() => {
            pending = false;
          });
      });
    };
    clearWith(clear, api.stopSharing, () => {
      // Whatever the relay's answer, the details can always be cleared here instead.
      relayUnreachable = true;
      here.hidden = false;
      hereNote.hidden = false;
    });
    clearWith(here, api.forgetSharing);
    return h(
      "section",
      { class: "panel sharing-panel", "aria-labelledby": "sharing-ended-title" },
      h("h2", { id: "sharing-ended-title", tabindex: "-1", "data-focus": "" }, t("sharing-ended-title")),
      h("p", {}, t("sharing-ended-text")),
      h("p", {}, t("sharing-ended-stays")),
      h("p", { class: "muted" }, t("sharing-ended-clear-text")),
      hereNote,
      h("div", { class: "actions start" }, clear, here),
    );
  }

  reload(false);
}
