import { describe, expect, it } from "vitest";
import { fileDescription, filesSpan } from "../src/screens/files-import-logic";

const at = (iso: string) => new Date(iso).getTime();

describe("entries made from files", () => {
  it("names each file and says whose dates they are", () => {
    const one = fileDescription([{ id: "a", name: "screenshot 1.png", modified: at("2026-03-01T10:00:00Z") }]);
    expect(one).toBe("File brought in: screenshot 1.png. The date is the file's own, as this computer has it.");
    const two = fileDescription([
      { id: "a", name: "a.png", modified: 0 },
      { id: "b", name: "b.pdf", modified: 0 },
    ]);
    expect(two).toContain("2 files brought in together: a.png, b.pdf.");
  });

  it("spans from the earliest file to the latest, in any order", () => {
    const span = filesSpan([
      { id: "b", name: "b", modified: at("2026-03-05T08:00:00Z") },
      { id: "a", name: "a", modified: at("2026-03-01T10:00:00Z") },
    ]);
    expect(span).toEqual({ from: "2026-03-01T10:00:00.000Z", until: "2026-03-05T08:00:00.000Z" });
    expect(filesSpan([{ id: "a", name: "a", modified: at("2026-03-01T10:00:00Z") }]).until).toBeNull();
  });
});
