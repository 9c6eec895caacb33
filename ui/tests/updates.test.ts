// What a check for updates says: nothing newer, or a signed newer version to download.

import { describe, expect, it } from "vitest";
import { checkText } from "../src/screens/updates";

describe("checkText", () => {
  it("says the version here when nothing newer was found", () => {
    expect(checkText({ kind: "up_to_date", running: "0.1.0" })).toBe(
      "No newer version was found. This is version 0.1.0.",
    );
  });

  it("names the newer version, its day, and that it is signed", () => {
    const text = checkText({
      kind: "available",
      version: "0.3.0",
      published: "2027-01-10",
      file_name: "Calculator_0.3.0_amd64.deb",
      sha256: "ab".repeat(32),
    });
    expect(text).toContain("Version 0.3.0 (published 2027-01-10) is available.");
    expect(text).toContain("signed by the makers");
  });
});
