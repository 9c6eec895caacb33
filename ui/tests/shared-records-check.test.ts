// @vitest-environment happy-dom
// Whether what an advocate is shown is what the person's app signed: every entry that does not
// check against the person's signing key is marked in words beside it, and the line under the
// heading says how things stand.
import { beforeAll, describe, expect, it } from "vitest";
import { h } from "../src/dom";
import { useLanguage } from "../src/i18n";
import { checkText } from "../src/screens/shared-records-logic";
import { markUnchecked } from "../src/screens/shared-records";

beforeAll(async () => {
  await useLanguage("en-GB");
});

const KEY = "ab".repeat(32);

function entries(): HTMLElement[] {
  return [
    h("li", { "data-incident-id": "i-1" }, "One"),
    h("li", { "data-incident-id": "i-2" }, h("h3", {}, "Two"), h("button", { type: "button" }, "Act on it")),
    h("li", { "data-screening-id": "s-1" }, "Three"),
  ];
}

describe("an advocate's view of what the person signed", () => {
  it("marks only the entries that do not check, in words", () => {
    const list = entries();
    const marked = markUnchecked(list, { signer: KEY, unchecked: ["i-2", "s-1"] });
    expect(marked).toBe(2);
    expect(list.map((e) => e.dataset.checked)).toEqual(["true", "false", "false"]);
    expect(list[0]?.querySelector(".shared-unchecked")).toBeNull();
    const warning = list[1]?.querySelector(".shared-unchecked");
    expect(warning?.textContent).toMatch(/^This entry is not as the person's app signed it: .* their app's copy and report are what count\.$/);
    // Read straight after the heading, before anything that acts on the entry.
    expect(warning?.previousElementSibling?.tagName).toBe("H3");
    expect(checkText(true, list.length, marked)).toMatch(/^2 entries here are not as the person's app signed them\./);
  });

  it("says every entry checks, with the key to compare with their report", () => {
    const list = entries();
    const marked = markUnchecked(list, { signer: KEY, unchecked: [] });
    expect(marked).toBe(0);
    expect(list.every((e) => e.dataset.checked === "true")).toBe(true);
    expect(checkText(true, list.length, marked)).toBe("Every entry shown here is exactly as the person's app signed it.");
  });

  it("says nothing can be checked before a signed view came, and nothing at all with nothing shown", () => {
    const list = entries();
    expect(markUnchecked(list, { signer: null, unchecked: [] })).toBe(0);
    expect(list.every((e) => e.dataset.checked === "false")).toBe(true);
    expect(checkText(false, list.length, 0)).toBe(
      "These entries are not signed by the person's app, so they cannot be checked as theirs.",
    );
    expect(checkText(true, 0, 0)).toBe("");
  });
});
