import { describe, expect, it } from "vitest";
import { INCIDENT_KINDS } from "../src/api";
import { kindLabel } from "../src/labels";

describe("kindLabel", () => {
  it("gives the plain-words label for every kind", () => {
    expect(kindLabel("Calls")).toBe("Phone calls");
    expect(kindLabel("Other")).toBe("Something else");
    for (const [code, label] of INCIDENT_KINDS) expect(kindLabel(code)).toBe(label);
  });
});
