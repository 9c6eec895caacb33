import { describe, expect, it } from "vitest";
import type { LiveState, Section, ShareableItem } from "../src/api";
import {
  absorbRemote,
  changedSections,
  changedWhileTypingText,
  contactSavedText,
  documentKind,
  documentTitle,
  INCIDENT_LOG_DOCUMENT,
  indicatorText,
  liveSyncNote,
  liveStateText,
  mapCaret,
  mergeFields,
  mergeText,
  NOBODY,
  notesSavedText,
  presenceBadgeText,
  presenceText,
  removedWhileEditingText,
  RISK_SCREENINGS_DOCUMENT,
  sectionDocumentId,
  sectionOfDocument,
  textEdit,
  touchedScreens,
} from "../src/screens/live-logic";

const ALL_SECTIONS: Section[] = [
  "Emergency",
  "SafePlaces",
  "CodeWords",
  "EscapeBag",
  "Documents",
  "Home",
  "WorkSchool",
  "Travel",
  "Children",
  "Pets",
  "OnlineSafety",
  "Legal",
  "Support",
];

const ITEMS: ShareableItem[] = [
  { id: "plan-section:escape-bag", kind: "plan_section", title: "Escape bag", shared: true },
  { id: "plan-section:code-words", kind: "plan_section", title: "Code words", shared: false },
  { id: "c-1", kind: "contact", title: "Sam", shared: true },
  { id: "c-2", kind: "contact", title: "  ", shared: true },
  { id: "k-1", kind: "checklist", title: "Changing routines", shared: true },
];

describe("sectionDocumentId", () => {
  it("matches Rust Section::document_id(): plan-section: and the kebab-case of the name", () => {
    expect(sectionDocumentId("EscapeBag")).toBe("plan-section:escape-bag");
    expect(sectionDocumentId("WorkSchool")).toBe("plan-section:work-school");
    expect(sectionDocumentId("OnlineSafety")).toBe("plan-section:online-safety");
    expect(sectionDocumentId("Emergency")).toBe("plan-section:emergency");
    for (const s of ALL_SECTIONS) {
      const kebab = s.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
      expect(sectionDocumentId(s)).toBe(`plan-section:${kebab}`);
    }
  });

  it("reads a section back from its id, and nothing else", () => {
    for (const s of ALL_SECTIONS) expect(sectionOfDocument(sectionDocumentId(s))).toBe(s);
    expect(sectionOfDocument("plan")).toBeNull();
    expect(sectionOfDocument("plan-section:nowhere")).toBeNull();
    expect(sectionOfDocument("plan-section:")).toBeNull();
    expect(sectionOfDocument("c-1")).toBeNull();
  });
});

describe("liveStateText", () => {
  it("says each state calmly, and nothing while off", () => {
    expect(liveStateText("off")).toBe("");
    expect(liveStateText("connecting")).toBe("Connecting…");
    expect(liveStateText("on")).toMatch(/^Working together now\./);
    expect(liveStateText("offline")).toBe("Can't reach the sharing service just now. Trying again by itself.");
    // A wrong clock is said as such: it is the one thing the person can put right themselves.
    expect(liveStateText("clock_wrong")).toMatch(/clocks don't agree/);
    expect(liveStateText("clock_wrong")).toMatch(/date and time/);
    expect(liveStateText("refused")).toMatch(/isn't accepting this computer/);
  });

  it("has a note for where the send button was, true to whether it is connected", () => {
    expect(liveSyncNote("off")).toBe("");
    expect(liveSyncNote("on")).toBe("Working together: your changes go across as you save them.");
    expect(liveSyncNote("connecting")).toBe(liveSyncNote("on"));
    for (const state of ["offline", "clock_wrong", "refused"] as const) {
      expect(liveSyncNote(state)).toMatch(/not connected: what you save is kept here/);
    }
  });
});

describe("documentTitle", () => {
  it("finds the title in the shared list", () => {
    expect(documentTitle("plan-section:escape-bag", ITEMS)).toBe("Escape bag");
    expect(documentTitle("c-1", ITEMS)).toBe("Sam");
  });

  it("names the app's own parts in the page's words, whatever Rust called them", () => {
    const own = [
      { id: "plan-section:escape-bag", kind: "plan_section", title: "Rust's words", shared: true },
      { id: "incident-log", kind: "incident_log", title: "Rust's words", shared: true },
      { id: "risk-screenings", kind: "risk_screenings", title: "", shared: true },
    ] as const;
    expect(own.map((i) => documentTitle(i.id, own))).toEqual(["Escape bag", "Incident log", "Risk screening"]);
  });

  it("is null for an unknown id or an empty title", () => {
    expect(documentTitle("nope", ITEMS)).toBeNull();
    expect(documentTitle("c-2", ITEMS)).toBeNull();
  });
});

describe("presenceText", () => {
  it("says nothing unless connected", () => {
    for (const state of ["off", "connecting", "offline"] as LiveState[]) {
      expect(presenceText(state, { here: true, viewing: null }, ITEMS, "client")).toBe("");
    }
  });

  it("says whether the advocate is here and what they are looking at", () => {
    expect(presenceText("on", NOBODY, ITEMS, "client")).toBe("Your advocate is not here right now.");
    expect(presenceText("on", { here: true, viewing: null }, ITEMS, "client")).toBe("Your advocate is here.");
    expect(presenceText("on", { here: true, viewing: "plan-section:escape-bag" }, ITEMS, "client")).toBe(
      "Your advocate is here, looking at Escape bag.",
    );
    expect(presenceText("on", { here: true, viewing: "unknown-doc" }, ITEMS, "client")).toBe("Your advocate is here.");
    expect(presenceText("on", { here: true, viewing: "c-2" }, ITEMS, null)).toBe("Your advocate is here.");
  });

  it("names the other side from the advocate's app too", () => {
    expect(presenceText("on", NOBODY, ITEMS, "advocate")).toBe("The person you support is not here right now.");
    expect(presenceBadgeText("advocate")).toBe("The person you support is here");
    expect(presenceBadgeText("client")).toBe("Your advocate is here");
  });
});

describe("indicatorText", () => {
  it("is hidden while off", () => {
    expect(indicatorText("off", { here: true, viewing: null }, "client")).toBeNull();
  });

  it("says working together, and that the advocate is here only while connected", () => {
    expect(indicatorText("connecting", NOBODY, "client")).toBe("Working together");
    expect(indicatorText("offline", { here: true, viewing: null }, "client")).toBe("Working together · not connected");
    expect(indicatorText("clock_wrong", NOBODY, "advocate")).toBe("Working together · not connected");
    expect(indicatorText("refused", NOBODY, "client")).toBe("Working together · not connected");
    expect(indicatorText("on", NOBODY, "client")).toBe("Working together");
    expect(indicatorText("on", { here: true, viewing: "c-1" }, "client")).toBe("Working together · advocate here");
    expect(indicatorText("on", { here: true, viewing: null }, "advocate")).toBe("Working together · they're here");
  });
});

describe("named, with several people", () => {
  it("says whom the app works together with instead of 'your advocate'", () => {
    expect(presenceText("on", NOBODY, ITEMS, "client", "Sam")).toBe("Sam is not here right now.");
    expect(presenceText("on", { here: true, viewing: null }, ITEMS, "client", "Sam")).toBe("Sam is here.");
    expect(indicatorText("on", { here: true, viewing: null }, "client", "Sam")).toBe("Working together · Sam here");
    expect(presenceBadgeText("client", "Sam")).toBe("Sam is here");
    expect(changedWhileTypingText("client", "these notes", "Sam")).toBe(
      "Sam changed these notes. Save yours to see both together.",
    );
    expect(removedWhileEditingText("client", "Sam")).toMatch(/^Sam removed this contact\./);
    expect(notesSavedText({ text: "a\nb", clean: true }, "a", "client", "Sam")).toBe(
      "Notes saved, with the changes Sam made put in too.",
    );
    expect(notesSavedText({ text: "a\nb", clean: false }, "a", "client", "Sam")).toMatch(/^Notes saved\. You and Sam/);
    expect(contactSavedText(false, "client", "Sam")).toMatch(/^Changes saved\. You and Sam/);
    // No name (one unnamed person): as before.
    expect(changedWhileTypingText("client", "these notes")).toMatch(/^Your advocate changed/);
  });
});

describe("words never say what the app is for", () => {
  it("avoids words an onlooker would read as a giveaway", () => {
    const texts = [
      ...(["off", "connecting", "on", "offline", "clock_wrong", "refused"] as LiveState[]).map(liveStateText),
      ...(["on", "offline"] as LiveState[]).map(liveSyncNote),
      indicatorText("offline", NOBODY, "client") ?? "",
      presenceText("on", { here: true, viewing: "plan-section:escape-bag" }, ITEMS, "client"),
      presenceText("on", NOBODY, ITEMS, "client"),
      indicatorText("on", { here: true, viewing: null }, "client") ?? "",
      changedWhileTypingText("client", "these notes"),
      removedWhileEditingText("client"),
      notesSavedText({ text: "a\nb", clean: false }, "a", "client"),
      contactSavedText(false, "client"),
    ];
    for (const t of texts) expect(t).not.toMatch(/abuse|victim|domestic/i);
  });
});

describe("touchedScreens", () => {
  it("sends plan and plan sections to the plan screen", () => {
    expect([...touchedScreens(["plan"], ITEMS)]).toEqual(["plan"]);
    expect([...touchedScreens(["plan-section:pets"], [])]).toEqual(["plan"]);
  });

  it("sends contacts and checklists by their kind in the shared list", () => {
    expect([...touchedScreens(["c-1"], ITEMS)]).toEqual(["contacts"]);
    expect([...touchedScreens(["k-1"], ITEMS)]).toEqual(["checklists"]);
    expect(touchedScreens(["c-1", "k-1", "plan-section:escape-bag"], ITEMS)).toEqual(
      new Set(["contacts", "checklists", "plan"]),
    );
  });

  it("sends an unknown id to both contacts and checklists", () => {
    expect(touchedScreens(["new-id"], ITEMS)).toEqual(new Set(["contacts", "checklists"]));
  });

  it("sends the incident log and risk screenings to their screens, by their fixed ids", () => {
    // An advocate's list has no entry for them (only the person shares them).
    expect(touchedScreens(["incident-log"], ITEMS)).toEqual(new Set(["incidents"]));
    expect(touchedScreens(["risk-screenings"], [])).toEqual(new Set(["risk"]));
    expect(touchedScreens(["incident-log", "risk-screenings", "c-1"], ITEMS)).toEqual(
      new Set(["incidents", "risk", "contacts"]),
    );
    expect(documentKind(INCIDENT_LOG_DOCUMENT, [])).toBe("incident_log");
    expect(documentKind(RISK_SCREENINGS_DOCUMENT, [])).toBe("risk_screenings");
    expect(INCIDENT_LOG_DOCUMENT).toBe("incident-log");
    expect(RISK_SCREENINGS_DOCUMENT).toBe("risk-screenings");
  });

  it("touches nothing for no documents", () => {
    expect(touchedScreens([], ITEMS).size).toBe(0);
  });

  it("knows each id's kind", () => {
    expect(documentKind("plan", ITEMS)).toBe("plan");
    expect(documentKind("plan-section:legal", [])).toBe("plan_section");
    expect(documentKind("c-1", ITEMS)).toBe("contact");
    expect(documentKind("zzz", ITEMS)).toBeNull();
  });

  it("lists the changed plan sections", () => {
    expect(changedSections(["plan", "c-1", "plan-section:escape-bag", "plan-section:work-school", "plan-section:x"])).toEqual(
      new Set(["EscapeBag", "WorkSchool"]),
    );
  });
});

describe("textEdit", () => {
  it("finds the one changed span", () => {
    expect(textEdit("abc", "abc")).toBeNull();
    expect(textEdit("buy milk", "buy oat milk")).toEqual({ from: 4, to: 4, text: "oat " });
    expect(textEdit("call at 6", "call at 7")).toEqual({ from: 8, to: 9, text: "7" });
    expect(textEdit("abc", "")).toEqual({ from: 0, to: 3, text: "" });
  });

  it("never splits a two-unit character", () => {
    const e = textEdit("a😀b", "a😃b");
    expect(e).toEqual({ from: 1, to: 3, text: "😃" });
  });
});

describe("mergeText", () => {
  it("takes the only side that changed", () => {
    expect(mergeText("a", "a", "b")).toEqual({ text: "b", clean: true });
    expect(mergeText("a", "b", "a")).toEqual({ text: "b", clean: true });
    expect(mergeText("a", "b", "b")).toEqual({ text: "b", clean: true });
  });

  it("keeps changes to different places from both sides", () => {
    expect(mergeText("buy milk", "buy oat milk", "buy milk and bread")).toEqual({
      text: "buy oat milk and bread",
      clean: true,
    });
    expect(mergeText("a\nb\nc", "A\nb\nc", "a\nb\nC")).toEqual({ text: "A\nb\nC", clean: true });
    // Different words of one line.
    expect(mergeText("top\nmiddle line\nend", "top\nmiddle LINE\nend", "top\nMIDDLE line\nend")).toEqual({
      text: "top\nMIDDLE LINE\nend",
      clean: true,
    });
    // Next to each other: a change right after the other side's.
    expect(mergeText("cat", "dog", "cat sat")).toEqual({ text: "dog sat", clean: true });
    expect(mergeText("\nab", "\nXb", "\naY")).toEqual({ text: "\nXY", clean: true });
  });

  it("keeps both when both added at the same place", () => {
    expect(mergeText("list:\n", "list:\nmine", "list:\ntheirs")).toEqual({ text: "list:\nmine\ntheirs", clean: false });
    expect(mergeText("x", "xmine", "xtheirs")).toEqual({ text: "xmine\nxtheirs", clean: false });
  });

  it("keeps both versions of lines both changed, the person's first", () => {
    expect(mergeText("call Sam at 6\nbag by door", "call Sam at 7\nbag by door", "call Sam at 8\nbag by door")).toEqual({
      text: "call Sam at 7\ncall Sam at 8\nbag by door",
      clean: false,
    });
    expect(mergeText("top\nmiddle line\nend", "top\nmiddle LINE\nend", "top\nmiddle Line\nend")).toEqual({
      text: "top\nmiddle LINE\nmiddle Line\nend",
      clean: false,
    });
  });

  it("loses nothing when one side deleted what the other changed", () => {
    const merged = mergeText("one\ntwo\nthree", "one\nthree", "one\ntwo!\nthree");
    expect(merged.clean).toBe(false);
    expect(merged.text).toContain("two!");
  });

  it("handles a clash at the very start of the text", () => {
    expect(mergeText("\nab", "Xab", "Yab")).toEqual({ text: "Xab\nYab", clean: false });
    expect(mergeText("\nab", "\nXb", "\nZb")).toEqual({ text: "\nXb\nZb", clean: false });
  });

  it("works from empty notes", () => {
    expect(mergeText("", "mine", "theirs")).toEqual({ text: "mine\ntheirs", clean: false });
  });
});

describe("mapCaret", () => {
  it("moves the caret with text put in before it", () => {
    expect(mapCaret("buy milk", "buy oat milk", 8)).toBe(12);
    expect(mapCaret("buy milk", "buy milk and bread", 3)).toBe(3);
    expect(mapCaret("abc", "abc", 2)).toBe(2);
    expect(mapCaret("abcdef", "ab", 5)).toBe(2);
  });
});

describe("mergeFields", () => {
  type F = { name: string; code_word: string; may_call: boolean };
  const base: F = { name: "Sam", code_word: "blue", may_call: false };

  it("merges each text and takes theirs where the person changed nothing", () => {
    const mine: F = { ...base, name: "Sam B" };
    const theirs: F = { ...base, code_word: "green", may_call: true };
    expect(mergeFields(base, mine, theirs)).toEqual({
      value: { name: "Sam B", code_word: "green", may_call: true },
      clean: true,
    });
  });

  it("keeps the person's yes/no when both changed it", () => {
    const r = mergeFields({ ...base, may_call: false }, { ...base, may_call: true }, { ...base, may_call: true });
    expect(r).toEqual({ value: { ...base, may_call: true }, clean: true });
  });

  it("says when both changed the same detail", () => {
    const r = mergeFields(base, { ...base, code_word: "red" }, { ...base, code_word: "green" });
    expect(r.clean).toBe(false);
    expect(r.value.code_word).toBe("red\ngreen");
  });
});

describe("absorbRemote", () => {
  it("shows the other side's text in boxes the person has not touched", () => {
    const r = absorbRemote({ notes: "a" }, { notes: "a" }, { notes: "b" });
    expect(r).toEqual({ base: { notes: "b" }, shown: { notes: "b" }, kept: [] });
  });

  it("keeps what the person typed, measured from the old text", () => {
    const r = absorbRemote({ notes: "a" }, { notes: "a mine" }, { notes: "b" });
    expect(r).toEqual({ base: { notes: "a" }, shown: { notes: "a mine" }, kept: ["notes"] });
  });

  it("keeps a box the person is in, even unchanged", () => {
    const r = absorbRemote({ notes: "a" }, { notes: "a" }, { notes: "b" }, new Set(["notes"]));
    expect(r).toEqual({ base: { notes: "a" }, shown: { notes: "a" }, kept: ["notes"] });
  });

  it("does nothing when the other side's text is what the box started from or shows", () => {
    expect(absorbRemote({ notes: "a" }, { notes: "x" }, { notes: "a" })).toEqual({
      base: { notes: "a" },
      shown: { notes: "x" },
      kept: [],
    });
    expect(absorbRemote({ notes: "a" }, { notes: "b" }, { notes: "b" })).toEqual({
      base: { notes: "b" },
      shown: { notes: "b" },
      kept: [],
    });
  });

  it("handles each field of a form on its own", () => {
    const base = { name: "Sam", how: "phone", may: false };
    const shown = { name: "Sam B", how: "phone", may: false };
    const incoming = { name: "Samuel", how: "email", may: true };
    const r = absorbRemote(base, shown, incoming, new Set(["may"]));
    expect(r.shown).toEqual({ name: "Sam B", how: "email", may: false });
    expect(r.base).toEqual({ name: "Sam", how: "email", may: false });
    expect(r.kept).toEqual(["name", "may"]);
  });
});

describe("saved messages", () => {
  it("says what a save of notes did", () => {
    expect(notesSavedText({ text: "a", clean: true }, "a", "client")).toBe("Notes saved.");
    expect(notesSavedText({ text: "a b", clean: true }, "a", "client")).toBe(
      "Notes saved, with your advocate's changes put in too.",
    );
    expect(notesSavedText({ text: "a\nb", clean: false }, "a", "client")).toMatch(/both versions are kept, yours first/);
    expect(contactSavedText(true, "client")).toBe("Changes saved.");
    expect(contactSavedText(false, "client")).toMatch(/You and your advocate changed the same details/);
  });

  it("notes a change made while the person was typing", () => {
    expect(changedWhileTypingText("client", "these notes")).toBe(
      "Your advocate changed these notes. Save yours to see both together.",
    );
  });
});
