// The app once open: a quiet header with the always-visible quick exit, and the screens. While
// working together with an advocate, a small note in the header says so on every screen; while an
// advocate has a case open, a banner there names it, with the way back to their own space.

import { h } from "../dom";
import { showContacts } from "./contacts";
import { showIncidents } from "./incidents";
import { showPlan } from "./plan";
import { showChecklists } from "./checklists";
import { showSupport } from "./support";
import { showSearch } from "./search";
import { showSettings } from "./settings";
import { showEvidence } from "./evidence";
import { showRisk } from "./risk";
import { showSharing } from "./sharing";
import { showCaseload } from "./caseload";
import { api, type SearchHit } from "../api";
import { caseBanner, noteCaseload } from "../cases";
import { leaveScreen, mountIndicator } from "../live";

export interface HomeOptions {
  onQuickExit(): void;
}

type ScreenName =
  | "plan"
  | "checklists"
  | "incidents"
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
    { type: "button", class: "quick-exit", "aria-label": "Quick exit: hide and lock now" },
    "Quick exit",
  );
  exit.addEventListener("click", opts.onQuickExit);
  const main = h("main", { class: "screen", id: "screen" });
  const screens: Record<ScreenName, () => void> = {
    plan: () => showPlan(main),
    checklists: () => showChecklists(main),
    incidents: () => showIncidents(main),
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
  function go(screen: ScreenName): void {
    // The screen being left stops hearing live news (and says it is no longer looking).
    leaveScreen();
    current = screen;
    main.dataset.screen = screen;
    screens[screen]();
  }
  const nav = h(
    "nav",
    { "aria-label": "Sections" },
    navButton("plan", "Safety plan", go),
    navButton("checklists", "Checklists", go),
    navButton("incidents", "Incident log", go),
    navButton("risk", "Risk picture", go),
    navButton("evidence", "Report", go),
    navButton("contacts", "Trusted contacts", go),
    navButton("support", "Get help", go),
    navButton("search", "Search", go),
    navButton("sharing", "Sharing", go),
    navButton("settings", "Settings", go),
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
  /** A case was opened or closed: everything on screen belonged to the one before. */
  const caseChanged = () => goAndFocus(current);
  // Part of the open app's header, so a hide (which replaces the whole page) takes it away too.
  const live = h("span", { class: "live-indicator", id: "live-indicator", hidden: true });
  const banner = caseBanner({ changed: caseChanged, openCaseload: () => goAndFocus("caseload") });
  root.replaceChildren(
    h("header", { class: "bar" }, h("span", { class: "bar-title" }, "Your space"), nav, banner, live, exit),
    main,
  );
  mountIndicator(live);
  go("contacts");
  // Rust closes any case on hide, so this opens in the own space; if a case is somehow still
  // open, say so (and show the screen for it) rather than let it pass for the own space.
  api
    .caseload()
    .then((c) => {
      if (main.isConnected && noteCaseload(c)) caseChanged();
    })
    .catch(() => undefined);
}

function navButton(screen: ScreenName, label: string, go: (screen: ScreenName) => void): HTMLElement {
  const b = h("button", { type: "button", class: "nav", "data-screen": screen }, label);
  b.addEventListener("click", () => go(screen));
  return b;
}
