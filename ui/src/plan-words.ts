// The safety plan's section names and the guidance for each stage, in the language in use.
// Rust keeps the same English (crates/store/src/plan.rs, for the plan sheet PDF); the page says
// them itself so they follow the chosen language.

import type { PlanStage, Section } from "./api";
import { english, message, t } from "./i18n";

const TITLES: Record<Section, string> = {
  Emergency: message("plan-section-emergency"),
  SafePlaces: message("plan-section-safe-places"),
  CodeWords: message("plan-section-code-words"),
  EscapeBag: message("plan-section-escape-bag"),
  Documents: message("plan-section-documents"),
  Home: message("plan-section-home"),
  WorkSchool: message("plan-section-work-school"),
  Travel: message("plan-section-travel"),
  Children: message("plan-section-children"),
  Pets: message("plan-section-pets"),
  OnlineSafety: message("plan-section-online-safety"),
  Legal: message("plan-section-legal"),
  Support: message("plan-section-support"),
};

/** Guidance per section: one for all stages, or one per stage. */
const GUIDANCE: Record<Section, string | Record<PlanStage, string>> = {
  Emergency: {
    Staying: message("plan-guidance-emergency-staying"),
    PreparingToLeave: message("plan-guidance-emergency-preparing-to-leave"),
    AfterLeaving: message("plan-guidance-emergency-after-leaving"),
  },
  SafePlaces: {
    Staying: message("plan-guidance-safe-places-staying"),
    PreparingToLeave: message("plan-guidance-safe-places-preparing-to-leave"),
    AfterLeaving: message("plan-guidance-safe-places-after-leaving"),
  },
  CodeWords: message("plan-guidance-code-words-any"),
  EscapeBag: {
    Staying: message("plan-guidance-escape-bag-staying"),
    PreparingToLeave: message("plan-guidance-escape-bag-preparing-to-leave"),
    AfterLeaving: message("plan-guidance-escape-bag-after-leaving"),
  },
  Documents: message("plan-guidance-documents-any"),
  Home: {
    Staying: message("plan-guidance-home-staying"),
    PreparingToLeave: message("plan-guidance-home-preparing-to-leave"),
    AfterLeaving: message("plan-guidance-home-after-leaving"),
  },
  WorkSchool: message("plan-guidance-work-school-any"),
  Travel: message("plan-guidance-travel-any"),
  Children: message("plan-guidance-children-any"),
  Pets: message("plan-guidance-pets-any"),
  OnlineSafety: message("plan-guidance-online-safety-any"),
  Legal: message("plan-guidance-legal-any"),
  Support: message("plan-guidance-support-any"),
};

export function sectionTitle(section: Section): string {
  return t(TITLES[section]);
}

export function sectionGuidance(section: Section, stage: PlanStage): string {
  const g = GUIDANCE[section];
  return t(typeof g === "string" ? g : g[stage]);
}

/**
 * The section named `title` in Rust's English (search results carry it so), in the language in
 * use; null when it names no section.
 */
export function sectionTitleFromEnglish(title: string): string | null {
  const found = (Object.keys(TITLES) as Section[]).find((s) => english(TITLES[s]) === title);
  return found ? sectionTitle(found) : null;
}
