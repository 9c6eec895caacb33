// What a check for updates says: nothing newer, or a signed newer version to download.

import { describe, expect, it } from "vitest";
import { checkText, groupedHash } from "../src/screens/updates";

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

describe("groupedHash", () => {
  it("puts a SHA-256 in eight groups of eight, to compare by eye", () => {
    const hex = "0123456789abcdef".repeat(4);
    const grouped = groupedHash(hex);
    expect(grouped.split(" ")).toHaveLength(8);
    expect(grouped.split(" ").every((g) => g.length === 8)).toBe(true);
    expect(grouped.replace(/ /g, "")).toBe(hex);
  });
});
