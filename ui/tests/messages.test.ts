// Every message the code uses exists in every language, every language has the same messages
// as English (no missing, no left-over), each parses cleanly, and a translation uses the same
// variables as the English it translates. The Rust side's reasons for refusing something
// (`reason("x")` in crates/ and src-tauri/) are the messages `error-x`.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../src/i18n";

const ui = join(__dirname, "..");
const locales = join(ui, "locales");

function sourceFiles(dir: string, ending: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return ["bindings", "target", "node_modules"].includes(name) ? [] : sourceFiles(path, ending);
    return name.endsWith(ending) ? [path] : [];
  });
}

/** Ids written out where used: t("id") and message("id") in the page, reason("x") in Rust. */
function usedIds(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of sourceFiles(join(ui, "src"), ".ts")) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/\b(?:t|message)\(\s*["'`]([^"'`]+)["'`]/g)) {
      used.set(m[1] ?? "", file);
    }
  }
  const repo = join(ui, "..");
  const rust = [
    ...readdirSync(join(repo, "crates"))
      // The crate that defines reason() names only examples.
      .filter((c) => c !== "reason")
      .flatMap((c) => sourceFiles(join(repo, "crates", c, "src"), ".rs")),
    ...sourceFiles(join(repo, "src-tauri"), ".rs"),
  ];
  for (const file of rust) {
    for (const m of readFileSync(file, "utf8").matchAll(/\breason\(\s*"([^"]+)"/g)) used.set(`error-${m[1]}`, file);
  }
  return used;
}

interface Messages {
  /** id → the message's source text (with its attributes and variants). */
  text: Map<string, string>;
  files: string[];
  /** Entries Fluent could not read (it skips them silently at run time). */
  unread: string[];
}

function messagesOf(code: string): Messages {
  const dir = join(locales, code);
  const files = readdirSync(dir).filter((f) => f.endsWith(".ftl")).sort();
  const text = new Map<string, string>();
  const unread: string[] = [];
  for (const file of files) {
    const source = readFileSync(join(dir, file), "utf8");
    const parsed = new Set(new FluentResource(source).body.map((m) => m.id));
    // Each entry starts at column 0 with `id =`; its continuation lines are indented.
    const entries = source.split(/\n(?=[^\s#])/);
    for (const entry of entries) {
      const id = /^([a-zA-Z][\w-]*)\s*=/.exec(entry)?.[1];
      if (!id) {
        if (entry.trim() && !entry.trim().startsWith("#")) unread.push(`${file}: ${entry.slice(0, 60)}`);
        continue;
      }
      if (!parsed.has(id)) unread.push(`${file}: ${id}`);
      if (text.has(id)) unread.push(`${file}: ${id} twice`);
      text.set(id, entry);
    }
  }
  return { text, files, unread };
}

function variables(entry: string): string[] {
  return [...new Set([...entry.matchAll(/\{\s*\$([\w-]+)/g)].map((m) => m[1] ?? ""))].sort();
}

const english = messagesOf("en-GB");

describe("messages", () => {
  it("English reads cleanly and has every message the code uses, and no other", () => {
    expect(english.unread).toEqual([]);
    const used = usedIds();
    // The scan works: Rust's reasons and the page's own messages are both found.
    expect([...used.keys()].filter((id) => id.startsWith("error-")).length).toBeGreaterThan(150);
    expect([...used.keys()].filter((id) => !id.startsWith("error-")).length).toBeGreaterThan(10);
    const missing = [...used].filter(([id]) => !english.text.has(id)).map(([id, file]) => `${id} (${file})`);
    expect(missing).toEqual([]);
    const unused = [...english.text.keys()].filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });

  for (const { code } of LANGUAGES.filter((l) => l.code !== "en-GB")) {
    it(`${code} has every English message, the same variables, and nothing else`, () => {
      const lang = messagesOf(code);
      expect(lang.unread).toEqual([]);
      expect(lang.files).toEqual(english.files);
      expect([...english.text.keys()].filter((id) => !lang.text.has(id))).toEqual([]);
      expect([...lang.text.keys()].filter((id) => !english.text.has(id))).toEqual([]);
      const differing = [...english.text]
        .filter(([id, entry]) => {
          const theirs = lang.text.get(id);
          return theirs !== undefined && variables(theirs).join() !== variables(entry).join();
        })
        .map(([id]) => id);
      expect(differing).toEqual([]);
    });
  }
});
