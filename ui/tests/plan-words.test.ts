import { describe, expect, it } from "vitest";
import type { PlanStage, Section } from "../src/api";
import { sectionGuidance, sectionTitle } from "../src/plan-words";

const SECTIONS: Section[] = [
  "Emergency", "SafePlaces", "CodeWords", "EscapeBag", "Documents", "Home", "WorkSchool",
  "Travel", "Children", "Pets", "OnlineSafety", "Legal", "Support",
];
const STAGES: PlanStage[] = ["Staying", "PreparingToLeave", "AfterLeaving"];

describe("the plan's words", () => {
  it("name every section and give guidance for every stage (never a bare message id)", () => {
    for (const s of SECTIONS) {
      expect(sectionTitle(s)).not.toMatch(/^plan-/);
      for (const stage of STAGES) expect(sectionGuidance(s, stage)).not.toMatch(/^plan-/);
    }
    expect(sectionTitle("Emergency")).toBe("In an emergency");
    expect(sectionGuidance("Emergency", "Staying")).toMatch(/^If you are in danger, call 999\./);
    expect(sectionGuidance("CodeWords", "AfterLeaving")).toBe(sectionGuidance("CodeWords", "Staying"));
  });
});

describe("a search hit in a plan section", () => {
  it("is titled by its section in the language in use, others by their own words", async () => {
    const { hitTitle } = await import("../src/screens/search-logic");
    const { useLanguage } = await import("../src/i18n");
    (globalThis as { document?: unknown }).document = { documentElement: { lang: "", dir: "" } };
    const item = { kind: "PlanItem", id: "i-1", title: "Escape bag", snippet: "spare keys" } as const;
    const contact = { kind: "Contact", id: "c-1", title: "Escape bag", snippet: "" } as const;
    expect(hitTitle(item)).toBe("Escape bag");
    await useLanguage("cy");
    expect(hitTitle(item)).not.toBe("Escape bag");
    expect(hitTitle(contact)).toBe("Escape bag");
    expect(hitTitle({ ...item, title: "  " })).not.toBe("");
    await useLanguage("en-GB");
    delete (globalThis as { document?: unknown }).document;
  });
});
