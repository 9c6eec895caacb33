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
