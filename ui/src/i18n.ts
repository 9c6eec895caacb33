// Every sentence the page shows comes from here: Project Fluent messages, a folder per language
// (`ui/locales/<code>/`, one file per part of the app). English (UK) is built in and answers for
// any message a language does not have yet; the others are loaded when chosen, so a language
// costs only the person who uses it. Adding a language: a copy of the English folder, translated,
// and a line in LANGUAGES. docs/translations.md says which have been reviewed.
//
// Message ids are always written out in full, as a string literal, where they are used (in `t`,
// or in `message` for a table), never put together from pieces: the check in
// tests/messages.test.ts finds every id that way and makes sure every language file has it.

import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

/** The languages offered, each named in itself. */
export const LANGUAGES = [
  { code: "en-GB", name: "English", dir: "ltr" },
  { code: "cy", name: "Cymraeg", dir: "ltr" },
  { code: "pl", name: "Polski", dir: "ltr" },
  { code: "ur", name: "اردو", dir: "rtl" },
  { code: "pa", name: "ਪੰਜਾਬੀ", dir: "ltr" },
  { code: "ar", name: "العربية", dir: "rtl" },
] as const;

export type Language = (typeof LANGUAGES)[number]["code"];
export type MessageArgs = Record<string, FluentVariable>;

const ENGLISH: Language = "en-GB";

const englishFiles = import.meta.glob<string>("../locales/en-GB/*.ftl", { query: "?raw", import: "default", eager: true });
// Every other language's files, loaded only when it is chosen.
const others = Object.entries(
  import.meta.glob<string>(["../locales/*/*.ftl", "!../locales/en-GB/*.ftl"], { query: "?raw", import: "default" }),
).map(([path, load]) => {
  const [, code = "", part = ""] = /\/locales\/([^/]+)\/([^/]+)\.ftl$/.exec(path) ?? [];
  return { code, part, load };
});

/**
 * The Intl locale of a language. Arabic and Urdu are given the digits 0–9: the ones on the
 * calculator's keys, in phone numbers and in what the person types, so a page never mixes two
 * kinds of digit.
 */
function intlLocale(code: string): string {
  return code === "ar" || code === "ur" ? `${code}-u-nu-latn` : code;
}

function bundle(code: string, sources: string[]): FluentBundle {
  const rtl = LANGUAGES.some((l) => l.code === code && l.dir === "rtl");
  // In a right-to-left language a name or number put into a sentence is isolated (FSI…PDI), so
  // a Latin name or a phone number keeps its own order; English sentences stay plain text.
  const made = new FluentBundle(intlLocale(code), { useIsolating: rtl });
  for (const source of sources) made.addResource(new FluentResource(source));
  return made;
}

const fallback = bundle(ENGLISH, Object.values(englishFiles));
let chosen: FluentBundle | null = null;
let current: Language = ENGLISH;
/** Languages loaded so far (English needs no bundle of its own): switching back is at once. */
const loaded = new Map<Language, FluentBundle | null>([[ENGLISH, null]]);
/** The parts (files) of each language added so far: a language can come in two steps. */
const partsAdded = new Map<Language, Set<string>>();
/**
 * The parts the disguise needs (its words and the page's frame): loaded first at start, so the
 * first frame is drawn in the computer's language without waiting for the whole app's words.
 */
export const DISGUISE_PARTS: readonly string[] = ["app", "disguise"];
/** Counts switches, so a load that ends after a later switch (a hide) changes nothing. */
let switches = 0;

export function isLanguage(code: unknown): code is Language {
  return LANGUAGES.some((l) => l.code === code);
}

/** The message `id` in the language in use (English where that language lacks it). */
export function t(id: string, args?: MessageArgs): string {
  for (const b of chosen ? [chosen, fallback] : [fallback]) {
    const found = b.getMessage(id);
    if (found?.value) return b.formatPattern(found.value, args, []);
  }
  // A missing id is a bug the message check catches; the page still shows something.
  return id;
}

/**
 * The message `id` in `code` if that language is loaded (the disguise's is, from the start),
 * else in English: for words the page quotes from elsewhere, such as the calculator's "Error"
 * in the computer's language on a page in another.
 */
export function tIn(code: Language, id: string, args?: MessageArgs): string {
  const own = loaded.get(code);
  for (const b of own ? [own, fallback] : [fallback]) {
    const found = b.getMessage(id);
    if (found?.value) return b.formatPattern(found.value, args, []);
  }
  return id;
}

/** The message `id` in English, whatever the language in use (to recognise built-in text). */
export function english(id: string): string | null {
  const found = fallback.getMessage(id);
  return found?.value ? fallback.formatPattern(found.value, undefined, []) : null;
}

/** Marks a message id kept in a table, to be shown later with `t`; the id itself. */
export function message(id: string): string {
  return id;
}

/** The language in use. */
export function language(): Language {
  return current;
}

/** The locale for numbers and dates (Intl) in the language in use. */
export function locale(): string {
  return intlLocale(current);
}

export function isRightToLeft(code: Language = current): boolean {
  return LANGUAGES.some((l) => l.code === code && l.dir === "rtl");
}

/**
 * Switches the page to `code`: loads its messages (once) and sets the document's language and
 * direction. A language loaded before is switched to at once, before this returns (a hide draws
 * the disguise in the computer's language in the same frame). One that cannot be loaded changes
 * nothing (and says so by returning false).
 */
export async function useLanguage(code: Language, only?: readonly string[]): Promise<boolean> {
  const mine = ++switches;
  const added = partsAdded.get(code) ?? new Set<string>();
  const wanted = others.filter((f) => f.code === code && !added.has(f.part) && (!only || only.includes(f.part)));
  if (code !== ENGLISH && wanted.length > 0) {
    let sources: string[];
    try {
      sources = await Promise.all(wanted.map((f) => f.load()));
    } catch {
      return false;
    }
    const made = loaded.get(code) ?? bundle(code, []);
    for (const source of sources) made.addResource(new FluentResource(source));
    for (const f of wanted) added.add(f.part);
    partsAdded.set(code, added);
    loaded.set(code, made);
    // Switched again meanwhile (the disguise drawn in the computer's language): that one stands.
    if (mine !== switches) return false;
  }
  if (!loaded.has(code)) return false;
  chosen = loaded.get(code) ?? null;
  current = code;
  document.documentElement.lang = code;
  document.documentElement.dir = isRightToLeft(code) ? "rtl" : "ltr";
  return true;
}

/** The computer's own language, when it is one of ours; otherwise English. */
export function systemLanguage(): Language {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const lower = tag.toLowerCase();
    const match = LANGUAGES.find((l) => l.code.toLowerCase() === lower || lower.startsWith(`${l.code.split("-")[0]}-`) || lower === l.code.split("-")[0]);
    if (match) return match.code;
  }
  return ENGLISH;
}
