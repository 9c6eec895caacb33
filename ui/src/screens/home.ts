// The app once open: a quiet header with the always-visible quick exit, and the screens. While
// working together with an advocate, a small note in the header says so on every screen.

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
import type { SearchHit } from "../api";
import { leaveScreen, mountIndicator } from "../live";

export interface HomeOptions {
  onQuickExit(): void;
}

export function showHome(root: HTMLElement, opts: HomeOptions): void {
  const exit = h(
    "button",
    { type: "button", class: "quick-exit", "aria-label": "Quick exit: hide and lock now" },
    "Quick exit",
  );
  exit.addEventListener("click", opts.onQuickExit);
  const main = h("main", { class: "screen", id: "screen" });
  const nav = h(
    "nav",
    { "aria-label": "Sections" },
    navButton("plan", "Safety plan", () => showPlan(main)),
    navButton("checklists", "Checklists", () => showChecklists(main)),
    navButton("incidents", "Incident log", () => showIncidents(main)),
    navButton("risk", "Risk picture", () => showRisk(main)),
    navButton("evidence", "Report", () => showEvidence(main)),
    navButton("contacts", "Trusted contacts", () => showContacts(main)),
    navButton("support", "Get help", () => showSupport(main)),
    navButton("search", "Search", () => showSearch(main, openHit)),
    navButton("sharing", "Sharing", () => showSharing(main)),
    navButton("settings", "Settings", () => showSettings(main)),
  );
  // A search result opens the screen it belongs to.
  function openHit(hit: SearchHit): void {
    leaveScreen();
    switch (hit.kind) {
      case "Incident":
        showIncidents(main);
        break;
      case "PlanItem":
      case "PlanNotes":
        showPlan(main);
        break;
      case "Contact":
        showContacts(main);
        break;
      case "ChecklistItem":
        showChecklists(main);
        break;
    }
    // The result button is gone now: keep keyboard focus on the new screen.
    if (!main.contains(document.activeElement)) main.querySelector<HTMLElement>("h1")?.focus();
  }
  // Part of the open app's header, so a hide (which replaces the whole page) takes it away too.
  const live = h("span", { class: "live-indicator", id: "live-indicator", hidden: true });
  root.replaceChildren(
    h("header", { class: "bar" }, h("span", { class: "bar-title" }, "Your space"), nav, live, exit),
    main,
  );
  mountIndicator(live);
  showContacts(main);
}

function navButton(screen: string, label: string, open: () => void): HTMLElement {
  const b = h("button", { type: "button", class: "nav", "data-screen": screen }, label);
  b.addEventListener("click", () => {
    // The screen being left stops hearing live news (and says it is no longer looking).
    leaveScreen();
    open();
  });
  return b;
}
