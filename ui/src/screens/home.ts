// The app once open: a quiet header with the always-visible quick exit, and the screens. While
// working together with an advocate, a small note in the header says so on every screen; while an
// advocate has a case open, a banner there names it, with the way back to their own space. Under
// the header, what the person was writing and has not saved (drafts.ts) is offered back.

import { h, keepClearOfHeader, leaveAllScreens } from "../dom";
import { t } from "../i18n";
import { showContacts } from "./contacts";
import { resumeIncidentDraft, showIncidents } from "./incidents";
import { showPlan } from "./plan";
import { showChecklists } from "./checklists";
import { resumeServiceDraft, showSupport } from "./support";
import { showSearch } from "./search";
import { showSettings } from "./settings";
import { showEvidence } from "./evidence";
import { showRisk } from "./risk";
import { showSharing } from "./sharing";
import { showCaseload } from "./caseload";
import { showPeopleOrders } from "./people-orders";
import { reminderText } from "./people-orders-logic";
import { api, type SearchHit } from "../api";
import { caseBanner, noteCaseload } from "../cases";
import { leaveScreen, mountIndicator } from "../live";
import { draftsList } from "./drafts-list";
import { loadDrafts } from "../drafts";
import { secondPinChangedMessage } from "./settings-rules";
import { listenForTextSizeKeys, noteTextSize } from "../text-size";

export interface HomeOptions {
  onQuickExit(): void;
  /** Said once at the top, under the header (just after setup: how to come back and hide). */
  welcome?: string;
  /** Settings, when the app is drawn again in another language chosen there. */
  start?: "settings";
}

type ScreenName =
  | "plan"
  | "checklists"
  | "incidents"
  | "people"
  | "risk"
  | "evidence"
  | "contacts"
  | "support"
  | "search"
  | "sharing"
  | "settings"
  | "caseload";

export function showHome(root: HTMLElement, opts: HomeOptions): void {
  const exit = h(
    "button",
    { type: "button", class: "quick-exit", "aria-label": t("home-quick-exit-label") },
    t("home-quick-exit"),
  );
  exit.addEventListener("click", opts.onQuickExit);
  const main = h("main", { class: "screen", id: "screen", tabindex: "-1" });
  const screens: Record<ScreenName, () => void> = {
    plan: () => showPlan(main),
    checklists: () => showChecklists(main),
    incidents: () => showIncidents(main),
    people: () => showPeopleOrders(main),
    risk: () => showRisk(main),
    evidence: () => showEvidence(main),
    contacts: () => showContacts(main),
    support: () => showSupport(main),
    search: () => showSearch(main, openHit),
    sharing: () => showSharing(main, { openCaseload: () => goAndFocus("caseload") }),
    settings: () => showSettings(main),
    // Not in the nav: an advocate reaches it from the sharing screen (or the case banner).
    caseload: () => showCaseload(main, { opened: () => goAndFocus("plan") }),
  };
  /** The screen on show, to show it again when a case is opened or closed. */
  let current: ScreenName = "contacts";
  /** Shows `screen` (with `show`, when it opens at a particular place, such as a draft's form). */
  function go(screen: ScreenName, show: () => void = screens[screen]): void {
    // The screen being left stops hearing live news (and says it is no longer looking).
    leaveScreen();
    current = screen;
    main.dataset.screen = screen;
    for (const b of nav.querySelectorAll<HTMLElement>("button.nav")) {
      if (b.dataset.screen === screen) b.setAttribute("aria-current", "page");
      else b.removeAttribute("aria-current");
    }
    show();
  }
  const nav = h(
    "nav",
    { "aria-label": t("home-nav-label") },
    navButton("plan", t("home-nav-plan"), go),
    navButton("checklists", t("home-nav-checklists"), go),
    navButton("incidents", t("home-nav-incidents"), go),
    navButton("people", t("home-nav-people"), go),
    navButton("risk", t("home-nav-risk"), go),
    navButton("evidence", t("home-nav-evidence"), go),
    navButton("contacts", t("home-nav-contacts"), go),
    navButton("support", t("home-nav-support"), go),
    navButton("search", t("home-nav-search"), go),
    navButton("sharing", t("home-nav-sharing"), go),
    navButton("settings", t("home-nav-settings"), go),
  );
  // A search result opens the screen it belongs to.
  function openHit(hit: SearchHit): void {
    switch (hit.kind) {
      case "Incident":
        go("incidents");
        break;
      case "PlanItem":
      case "PlanNotes":
        go("plan");
        break;
      case "Contact":
        go("contacts");
        break;
      case "ChecklistItem":
        go("checklists");
        break;
    }
    // The result button is gone now: keep keyboard focus on the new screen.
    if (!main.contains(document.activeElement)) main.querySelector<HTMLElement>("h1")?.focus();
  }
  /** Shows a screen from a button that is going away: keyboard focus goes to the new screen. */
  function goAndFocus(screen: ScreenName): void {
    go(screen);
    if (!main.contains(document.activeElement)) main.querySelector<HTMLElement>("h1")?.focus();
  }
  /** "Carry on" with a draft: the screen its form is on, with that form open and filled in. */
  function carryOn(key: string): void {
    const kind = key.split(":")[0];
    switch (kind) {
      case "incident":
      case "correction":
        go("incidents", () => void resumeIncidentDraft(main, key));
        break;
      case "notes":
      case "step-new":
      case "step":
        go("plan", () => showPlan(main, { focusDraft: key }));
        break;
      case "contact":
        go("contacts", () => showContacts(main, { focusDraft: key }));
        break;
      case "risk":
        go("risk");
        break;
      case "report":
        go("evidence");
        break;
      case "service":
        go("support", () => void resumeServiceDraft(main, key));
        break;
      case "person":
      case "order":
        // The add forms fill from their drafts as they open; a change form's draft is carried
        // on by opening that card's Change.
        go("people", () => showPeopleOrders(main, { focusDraft: key }));
        break;
      case "list-new":
      case "list-item":
        go("checklists", () => showChecklists(main, { focusDraft: key }));
        break;
      default:
        return;
    }
    void focusDraftNote(main);
  }
  /** A case was opened or closed: everything on screen belonged to the one before. */
  const caseChanged = () => {
    void loadDrafts()
      .catch(() => undefined)
      .then(() => goAndFocus(current));
  };
  // Part of the open app's header, so a hide (which replaces the whole page) takes it away too.
  const live = h("span", { class: "live-indicator", id: "live-indicator", hidden: true });
  const banner = caseBanner({ changed: caseChanged, openCaseload: () => goAndFocus("caseload") });
  const drafts = draftsList({ carryOn });
  // An order that ends soon: said once after unlock, under the header.
  const orderNote = h("div", { class: "welcome-note order-reminder-note", role: "status", hidden: true });
  // Told after unlock, in the real app only: the second PIN was changed inside its own space.
  const secondPinNote = h("div", { class: "welcome-note second-pin-note", role: "status", hidden: true });
  // A live region in the page first, its words just after, so screen readers say them.
  const welcome = h("p", { class: "welcome-note", role: "status" });
  welcome.hidden = !opts.welcome;
  // Said to screen readers when Ctrl and Plus or Minus change the text size.
  const sizeNote = h("p", { class: "visually-hidden", role: "status", id: "text-size-note" });
  // For keyboard users: the first Tab offers a way past the row of sections to the screen itself.
  const skip = h("a", { class: "skip-link", href: "#screen" }, t("home-skip-link"));
  skip.addEventListener("click", (e) => {
    e.preventDefault();
    (main.querySelector<HTMLElement>("h1") ?? main).focus();
  });
  // Drawn again over an open app (another language chosen): the screen in the one before stops.
  leaveAllScreens();
  root.replaceChildren(
    skip,
    // The header's title is for screen readers only: its room goes to the row of sections,
    // which takes at most two rows at 960 px in every language (Welsh and Polish are long).
    h("header", { class: "bar" }, h("span", { class: "bar-title visually-hidden" }, t("home-title")), nav, banner, live, exit),
    welcome,
    orderNote,
    secondPinNote,
    drafts.el,
    main,
    sizeNote,
  );
  listenForTextSizeKeys(main, (text) => {
    sizeNote.textContent = text;
  });
  if (opts.welcome) {
    const text = opts.welcome;
    setTimeout(() => {
      if (welcome.isConnected) welcome.textContent = text;
    }, 100);
  }
  mountIndicator(live);
  keepClearOfHeader(root.querySelector<HTMLElement>("header.bar") ?? root);
  // Drafts first, so a form on the first screen opens filled with what was being written.
  void loadDrafts()
    .catch(() => undefined)
    .then(() => {
      if (!main.isConnected) return;
      go(opts.start ?? "contacts");
      drafts.focusIfAny();
      // Nothing else took focus (the screen before is gone): the screen's heading, not the page.
      const active = document.activeElement;
      if (!active || active === document.body) main.querySelector<HTMLElement>("h1")?.focus();
    });
  api
    .getSettings()
    .then((settings) => {
      if (!main.isConnected) return;
      noteTextSize(settings);
      if (!settings.second_pin_changed_elsewhere) return;
      const open = h("button", { type: "button" }, t("home-open-settings"));
      open.addEventListener("click", () => {
        secondPinNote.hidden = true;
        goAndFocus("settings");
      });
      secondPinNote.replaceChildren(h("p", {}, secondPinChangedMessage("after-unlock")), open);
      secondPinNote.hidden = false;
    })
    .catch(() => undefined);
  api
    .orderReminders()
    .then((reminders) => {
      if (!main.isConnected || reminders.length === 0) return;
      const open = h("button", { type: "button", id: "order-reminder-open" }, t("home-open-people-orders"));
      open.addEventListener("click", () => {
        orderNote.hidden = true;
        goAndFocus("people");
      });
      orderNote.replaceChildren(...reminders.map((r) => h("p", {}, reminderText(r))), open);
      orderNote.hidden = false;
    })
    .catch(() => undefined);
  // Rust closes any case on hide, so this opens in the own space; if a case is somehow still
  // open, say so (and show the screen for it) rather than let it pass for the own space.
  api
    .caseload()
    .then((c) => {
      if (main.isConnected && noteCaseload(c)) caseChanged();
    })
    .catch(() => undefined);
}

/**
 * After Carry on: keyboard focus (and the view) goes to the note saying the form holds what was
 * being written, once the screen has drawn it; unless focus is already in a box of that form.
 */
async function focusDraftNote(main: HTMLElement): Promise<void> {
  for (let i = 0; i < 30; i++) {
    const note = main.querySelector<HTMLElement>(".draft-note");
    if (note) {
      const active = document.activeElement;
      const typing = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement;
      if (!(typing && main.contains(active))) {
        note.focus({ preventScroll: true });
        note.scrollIntoView({ block: "center" });
      }
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (!main.isConnected) return;
  }
}

function navButton(screen: ScreenName, label: string, go: (screen: ScreenName) => void): HTMLElement {
  const b = h("button", { type: "button", class: "nav", "data-screen": screen }, label);
  b.addEventListener("click", () => go(screen));
  return b;
}
