import { describe, expect, it } from "vitest";
import { steppedSize } from "../src/text-size";

const OFFERED = [100, 110, 125, 150, 175, 200];

describe("text size keys", () => {
  it("Plus and Minus step to the next size offered, and stop at either end", () => {
    expect(steppedSize(100, OFFERED, "+")).toBe(110);
    expect(steppedSize(100, OFFERED, "=")).toBe(110);
    expect(steppedSize(150, OFFERED, "-")).toBe(125);
    expect(steppedSize(200, OFFERED, "+")).toBe(200);
    expect(steppedSize(100, OFFERED, "-")).toBe(100);
  });
  it("0 is the usual size; other keys change nothing", () => {
    expect(steppedSize(175, OFFERED, "0")).toBe(100);
    expect(steppedSize(175, OFFERED, "h")).toBeNull();
  });
  it("a size not offered steps from the usual one", () => {
    expect(steppedSize(130, OFFERED, "+")).toBe(110);
  });
});
