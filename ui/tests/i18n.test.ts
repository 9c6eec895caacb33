import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isRightToLeft, language, systemLanguage, t, useLanguage } from "../src/i18n";

// The page's <html>, as far as useLanguage touches it.
const html = { lang: "", dir: "" };

beforeAll(() => {
  (globalThis as { document?: unknown }).document = { documentElement: html };
});

afterAll(async () => {
  await useLanguage("en-GB");
  delete (globalThis as { document?: unknown }).document;
});

describe("the translation layer", () => {
  it("speaks English until told otherwise, and names a missing message by its id", () => {
    expect(language()).toBe("en-GB");
    expect(t("language-not-kept")).toMatch(/^That language could not be kept just now\./);
    expect(t("no-such-message")).toBe("no-such-message");
  });

  it("switches to Welsh, marks the page, and back to English at once", async () => {
    expect(await useLanguage("cy")).toBe(true);
    expect(t("language-not-kept")).toMatch(/^Doedd dim modd cadw/);
    expect(html).toEqual({ lang: "cy", dir: "ltr" });
    // Loaded before: switching is done by the time the call returns, without waiting.
    void useLanguage("en-GB");
    expect(language()).toBe("en-GB");
    expect(html).toEqual({ lang: "en-GB", dir: "ltr" });
    void useLanguage("cy");
    expect(language()).toBe("cy");
  });

  it("can take a language in two steps: the disguise's words first, the rest after", async () => {
    expect(await useLanguage("pl", ["app", "disguise"])).toBe(true);
    expect(t("app-quick-exit")).toBe("Szybkie wyjście");
    // Not loaded yet: English answers meanwhile.
    expect(t("language-not-kept")).toMatch(/^That language could not be kept/);
    expect(await useLanguage("pl")).toBe(true);
    expect(t("language-not-kept")).toMatch(/^Nie udało się/);
    expect(t("app-quick-exit")).toBe("Szybkie wyjście");
  });

  it("reads Arabic and Urdu right to left", async () => {
    expect(await useLanguage("ar")).toBe(true);
    expect(html).toEqual({ lang: "ar", dir: "rtl" });
    expect(isRightToLeft("ur")).toBe(true);
    expect(isRightToLeft("pa")).toBe(false);
    expect(t("language-not-loaded")).toMatch(/^تعذّر/);
  });
});

describe("the computer's own language", () => {
  const withLanguages = (languages: string[]) => {
    Object.defineProperty(globalThis, "navigator", { value: { languages, language: languages[0] }, configurable: true });
    return systemLanguage();
  };

  it("is taken when it is one of ours, by its main part, else English", () => {
    expect(withLanguages(["cy-GB", "en-GB"])).toBe("cy");
    expect(withLanguages(["pl-PL"])).toBe("pl");
    expect(withLanguages(["en-US"])).toBe("en-GB");
    expect(withLanguages(["fr-FR", "ur-PK"])).toBe("ur");
    expect(withLanguages(["fr-FR"])).toBe("en-GB");
    expect(withLanguages(["pan"])).toBe("en-GB");
  });
});
