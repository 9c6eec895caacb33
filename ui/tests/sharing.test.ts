import { describe, expect, it } from "vitest";
import type { ShareableItem, SyncDone } from "../src/api";
import {
  ADDRESS_MESSAGE,
  checkAddress,
  checkCode,
  checkHostAddress,
  codeGroups,
  groupItems,
  groupOfKind,
  INVITATION_MESSAGE,
  isInvitation,
  lastSyncedText,
  RECORDS_NOTE,
  otherSide,
  phraseWords,
  QR_QUIET_ZONE,
  qrPath,
  qrPixels,
  qrSide,
  readCodeOrInvitation,
  sharedCountText,
  sharingIntro,
  sharingParts,
  stuckText,
  summaryText,
  nameTaken,
  personName,
  namesPeople,
  stopQuestion,
  stoppedText,
  syncMessage,
} from "../src/screens/sharing-logic";

describe("checkAddress", () => {
  it("accepts https addresses, trimmed and without a trailing slash", () => {
    expect(checkAddress("  https://relay.example.org/ ")).toEqual({ ok: true, value: "https://relay.example.org" });
    expect(checkAddress("https://relay.example.org/harbour//")).toEqual({
      ok: true,
      value: "https://relay.example.org/harbour",
    });
  });

  it("reads the scheme and host in any case, as the Rust side does, and keeps a path as typed", () => {
    expect(checkAddress(" HTTPS://Relay.Example.org/ ")).toEqual({ ok: true, value: "https://relay.example.org" });
    expect(checkAddress("https://Example.org:8443/Harbour/Relay")).toEqual({
      ok: true,
      value: "https://example.org:8443/Harbour/Relay",
    });
    expect(checkAddress("HTTP://LOCALHOST:7000")).toEqual({ ok: true, value: "http://localhost:7000" });
  });

  it("accepts plain http only to this computer, with or without a port", () => {
    for (const a of ["http://127.0.0.1", "http://127.0.0.1:8080", "http://localhost:3000/", "http://[::1]:9"]) {
      expect(checkAddress(a).ok).toBe(true);
    }
  });

  it("refuses other addresses calmly", () => {
    for (const a of [
      "http://relay.example.org",
      "relay.example.org",
      "https://",
      "ftp://relay.example",
      "http://localhost.evil.example",
      "http://127.0.0.1.evil.example",
      "http://localhost/path",
      "http://localhost:80@elsewhere.example",
      "http://127.0.0.1:1@elsewhere.example/",
      "https://relay.example.org@elsewhere.example",
    ]) {
      expect(checkAddress(a)).toEqual({ ok: false, message: ADDRESS_MESSAGE });
    }
  });

  it("asks for an address when none is typed, and refuses spaces inside", () => {
    const empty = checkAddress("   ");
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.message).toMatch(/type the sharing address/);
    const spaced = checkAddress("https://relay example.org");
    expect(spaced.ok).toBe(false);
    if (!spaced.ok) expect(spaced.message).toMatch(/spaces/);
  });
});

describe("checkCode", () => {
  it("normalises case, spaces and dashes to 16 characters", () => {
    expect(checkCode("7kq2-m9xd-4tfb-0c8h")).toEqual({ ok: true, value: "7KQ2M9XD4TFB0C8H" });
    expect(checkCode(" 7KQ2 M9XD\t4TFB  0C8H ")).toEqual({ ok: true, value: "7KQ2M9XD4TFB0C8H" });
  });

  it("reads O as 0 and I or L as 1", () => {
    expect(checkCode("OOOO-IIII-LLLL-oil0")).toEqual({ ok: true, value: "0000111111110110" });
  });

  it("says how many characters there are when the length is wrong", () => {
    const short = checkCode("7KQ2-M9XD-4TFB");
    expect(short.ok).toBe(false);
    if (!short.ok) expect(short.message).toMatch(/16 letters and numbers.*This one has 12/);
    const long = checkCode("7KQ2-M9XD-4TFB-0C8H-A");
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.message).toMatch(/This one has 17/);
  });

  it("names a character codes never use", () => {
    const u = checkCode("7KQ2-M9XD-4TFB-0C8U");
    expect(u.ok).toBe(false);
    if (!u.ok) expect(u.message).toContain("“U”");
    const other = checkCode("7KQ2.M9XD.4TFB.0C8H");
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.message).toContain("“.”");
  });

  it("asks for the code when none is typed", () => {
    const empty = checkCode(" - ");
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.message).toBe("Please type the code from your advocate.");
  });
});

describe("codeGroups and phraseWords", () => {
  it("splits a code into four groups of four", () => {
    expect(codeGroups("7KQ2-M9XD-4TFB-0C8H")).toEqual(["7KQ2", "M9XD", "4TFB", "0C8H"]);
  });

  it("shows anything unexpected as it came", () => {
    expect(codeGroups("not a code")).toEqual(["not a code"]);
  });

  it("splits the phrase into its words", () => {
    expect(phraseWords("apple river  stone\tcloud ")).toEqual(["apple", "river", "stone", "cloud"]);
  });
});

describe("checkHostAddress", () => {
  it("accepts what checkAddress accepts", () => {
    expect(checkHostAddress(" https://relay.example.org/ ")).toEqual({ ok: true, value: "https://relay.example.org" });
    expect(checkHostAddress("http://127.0.0.1:9")).toEqual({ ok: true, value: "http://127.0.0.1:9" });
  });

  it("speaks to the advocate, not to the person", () => {
    for (const a of ["", "   ", "relay.example.org"]) {
      const checked = checkHostAddress(a);
      expect(checked.ok).toBe(false);
      if (!checked.ok) expect(checked.message).not.toMatch(/your advocate/);
    }
    const empty = checkHostAddress(" ");
    if (!empty.ok) expect(empty.message).toMatch(/goes into the invitation/);
    const spaced = checkHostAddress("https://relay example.org");
    if (!spaced.ok) expect(spaced.message).toMatch(/spaces/);
  });
});

describe("qrPath", () => {
  const q = QR_QUIET_ZONE;

  it("draws one rectangle per dark module, offset by the quiet zone", () => {
    // 1 0
    // 0 1
    expect(qrPath(2, "1001")).toBe(`M${q} ${q}h1v1h-1zM${q + 1} ${q + 1}h1v1h-1z`);
  });

  it("merges dark modules next to each other in a row into one run", () => {
    // 1 1 1
    // 0 1 1
    // 1 0 1
    expect(qrPath(3, "111011101")).toBe(
      `M${q} ${q}h3v1h-3z` + `M${q + 1} ${q + 1}h2v1h-2z` + `M${q} ${q + 2}h1v1h-1z` + `M${q + 2} ${q + 2}h1v1h-1z`,
    );
  });

  it("does not run on from one row into the next", () => {
    // 0 1
    // 1 0
    expect(qrPath(2, "0110")).toBe(`M${q + 1} ${q}h1v1h-1zM${q} ${q + 1}h1v1h-1z`);
  });

  it("draws nothing for an all-light matrix", () => {
    expect(qrPath(2, "0000")).toBe("");
  });

  it("draws nothing rather than a wrong code when the modules do not fit the width", () => {
    expect(qrPath(2, "100")).toBe("");
    expect(qrPath(2, "10010")).toBe("");
    expect(qrPath(3, "1001")).toBe("");
    expect(qrPath(2, "10x1")).toBe("");
    expect(qrPath(0, "")).toBe("");
    expect(qrPath(-1, "1")).toBe("");
    expect(qrPath(1.5, "11")).toBe("");
  });

  it("sizes the image with its quiet zone, a whole number of pixels per module", () => {
    expect(qrSide(21)).toBe(29);
    for (const width of [21, 25, 29, 33, 37, 41, 45]) {
      const px = qrPixels(width);
      expect(px % qrSide(width)).toBe(0);
      expect(px).toBeGreaterThanOrEqual(190);
      expect(px).toBeLessThanOrEqual(240);
    }
  });
});

describe("readCodeOrInvitation", () => {
  const code = "7KQ2M9XD4TFB0C8H";
  const fingerprint = "ABCD1234EFGH5678";

  it("reads a whole invitation, whatever the case and the spaces around it", () => {
    const text = `pocketcalc:pair:${code}:${fingerprint}:https://relay.example.org`;
    expect(readCodeOrInvitation(`  ${text.replace("pocketcalc:pair", "PocketCalc:PAIR")}\n`)).toEqual({
      ok: true,
      value: {
        code: text.replace("pocketcalc:pair", "PocketCalc:PAIR"),
        invitation: true,
        address: "https://relay.example.org",
      },
    });
    const lower = `pocketcalc:pair:${code.toLowerCase()}:${fingerprint.toLowerCase()}:https://relay.example.org`;
    expect(readCodeOrInvitation(lower)).toEqual({
      ok: true,
      value: { code: lower, invitation: true, address: "https://relay.example.org" },
    });
  });

  it("keeps the colons of an address with a port", () => {
    const text = `pocketcalc:pair:${code}:${fingerprint}:https://relay.example.org:8443`;
    expect(readCodeOrInvitation(text)).toEqual({
      ok: true,
      value: { code: text, invitation: true, address: "https://relay.example.org:8443" },
    });
  });

  it("accepts plain http to this computer, as the address box does", () => {
    const text = `pocketcalc:pair:${code}:${fingerprint}:http://127.0.0.1:20123`;
    const read = readCodeOrInvitation(text);
    expect(read).toEqual({ ok: true, value: { code: text, invitation: true, address: "http://127.0.0.1:20123" } });
  });

  it("calls an invitation with parts missing incomplete", () => {
    for (const text of [
      "pocketcalc:pair:",
      `pocketcalc:pair:${code}`,
      `pocketcalc:pair:${code}:${fingerprint}`,
      `pocketcalc:pair:${code}:${fingerprint}:`,
      `pocketcalc:pair:${code}:${fingerprint}:   `,
      `pocketcalc:pair::${fingerprint}:https://relay.example.org`,
      `pocketcalc:pair:${code}::https://relay.example.org`,
    ]) {
      expect(readCodeOrInvitation(text)).toEqual({ ok: false, message: INVITATION_MESSAGE });
    }
  });

  it("calls an invitation with a bad code or fingerprint incomplete", () => {
    for (const text of [
      `pocketcalc:pair:${code.slice(0, 12)}:${fingerprint}:https://relay.example.org`,
      `pocketcalc:pair:7KQ2M9XD4TFB0C8U:${fingerprint}:https://relay.example.org`,
      `pocketcalc:pair:${code}:${fingerprint.slice(0, 15)}:https://relay.example.org`,
      `pocketcalc:pair:${code}:ABCD1234EFGH567U:https://relay.example.org`,
      `pocketcalc:pair:${code}:ABCD1234EFGH5678A:https://relay.example.org`,
    ]) {
      expect(readCodeOrInvitation(text)).toEqual({ ok: false, message: INVITATION_MESSAGE });
    }
  });

  it("says when the address in an invitation is not right", () => {
    for (const address of ["http://relay.example.org", "relay.example.org", "https://relay example.org", "ftp://x"]) {
      const read = readCodeOrInvitation(`pocketcalc:pair:${code}:${fingerprint}:${address}`);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.message).toMatch(/^The sharing address in that invitation does not look right/);
    }
  });

  it("still reads a typed code as checkCode does", () => {
    expect(readCodeOrInvitation("7kq2-m9xd-4tfb-0c8h")).toEqual({
      ok: true,
      value: { code, invitation: false, address: null },
    });
    expect(readCodeOrInvitation(" 7KQ2 M9XD 4TFB 0C8H ")).toEqual({
      ok: true,
      value: { code, invitation: false, address: null },
    });
    expect(readCodeOrInvitation("7KQ2-M9XD")).toEqual(checkCode("7KQ2-M9XD"));
    expect(readCodeOrInvitation("")).toEqual(checkCode(""));
  });

  it("tells an invitation from a code by how it starts", () => {
    expect(isInvitation("  POCKETCALC:pair:x")).toBe(true);
    expect(isInvitation("7KQ2-M9XD-4TFB-0C8H")).toBe(false);
    expect(isInvitation("pocketcalc:x")).toBe(false);
  });
});

const item = (id: string, kind: ShareableItem["kind"], shared = false): ShareableItem => ({
  id,
  kind,
  title: id,
  shared,
});

describe("groupItems", () => {
  it("keeps every group in a fixed order, empty ones included, items in the order given", () => {
    const groups = groupItems([
      item("c1", "contact"),
      item("k1", "checklist", true),
      item("p1", "plan_section"),
      item("c2", "contact", true),
    ]);
    expect(groups.map((g) => g.heading)).toEqual(["Safety plan sections", "Contacts", "Checklists"]);
    expect(groups.map((g) => g.items.map((i) => i.id))).toEqual([["p1"], ["c1", "c2"], ["k1"]]);
    expect(groupItems([]).every((g) => g.items.length === 0 && g.empty.length > 0)).toBe(true);
  });

  it("puts the incident log and risk screening together, after the rest, on the person's side", () => {
    const groups = groupItems([
      item("plan-section:escape-bag", "plan_section"),
      item("incident-log", "incident_log", true),
      item("risk-screenings", "risk_screenings"),
      item("c1", "contact"),
    ]);
    expect(groups.map((g) => g.key)).toEqual(["plan_section", "contact", "checklist", "records"]);
    const records = groups[3];
    expect(records?.heading).toBe("Your records (read-only)");
    expect(records?.note).toBe(RECORDS_NOTE);
    expect(records?.items.map((i) => i.id)).toEqual(["incident-log", "risk-screenings"]);
    // The other groups have no note of their own here (their hints are drawn by the screen).
    expect(groups.slice(0, 3).every((g) => g.note === undefined)).toBe(true);
  });

  it("leaves the records group out where there are none to share (the advocate's side)", () => {
    const groups = groupItems([item("c1", "contact", true), item("k1", "checklist")]);
    expect(groups.map((g) => g.key)).toEqual(["plan_section", "contact", "checklist"]);
  });

  it("knows the group of every kind", () => {
    expect(groupOfKind("plan_section")).toBe("plan_section");
    expect(groupOfKind("contact")).toBe("contact");
    expect(groupOfKind("checklist")).toBe("checklist");
    expect(groupOfKind("incident_log")).toBe("records");
    expect(groupOfKind("risk_screenings")).toBe("records");
  });

  it("says calmly what sharing the records means", () => {
    expect(RECORDS_NOTE).toBe(
      "Your advocate can read these but cannot change them. Files you attached stay on this computer " +
        "unless you tick them on their entry. If you stop sharing your incident log, your advocate keeps " +
        "what they already have, files you showed them included.",
    );
    for (const g of groupItems([item("incident-log", "incident_log")])) {
      expect(`${g.heading} ${g.note ?? ""} ${g.empty}`).not.toMatch(/abuse|victim|domestic/i);
    }
  });
});

describe("words about the sharing state", () => {
  it("counts what is shared", () => {
    expect(sharedCountText([item("a", "contact")], "client")).toBe(
      "Nothing is shared yet. Tick what you want your advocate to see.",
    );
    expect(sharedCountText([item("a", "contact", true)], "client")).toBe("1 thing is shared.");
    expect(sharedCountText([item("a", "contact", true), item("b", "checklist", true)], null)).toBe(
      "2 things are shared.",
    );
    expect(
      sharedCountText(
        [item("a", "contact", true), item("incident-log", "incident_log", true), item("risk-screenings", "risk_screenings")],
        "client",
      ),
    ).toBe("2 things are shared.");
  });

  it("names the other side by role", () => {
    expect(otherSide("client")).toBe("your advocate");
    expect(otherSide(null)).toBe("your advocate");
    expect(otherSide("advocate")).toBe("the person you support");
  });

  it("says where it is shared through", () => {
    const one = { link: 1, name: null, people: [{ link: 1, name: null, state: "on" as const }] };
    expect(summaryText({ ...one, role: "client", relay: "https://relay.example" })).toBe(
      "Shared with your advocate through https://relay.example",
    );
    expect(summaryText({ ...one, role: "advocate", relay: null })).toBe("Shared with the person you support");
  });

  it("names whom it is about once there are several people or a name", () => {
    const people = [
      { link: 1, name: "Sam, my IDVA", state: "on" as const },
      { link: 3, name: null, state: "ended" as const },
    ];
    const first = { link: 1, name: "Sam, my IDVA", people, role: "client" as const, relay: null };
    expect(summaryText(first)).toBe("Shared with Sam, my IDVA");
    // Unnamed: by the link's number, which never changes (not by place in the list).
    expect(personName({ people }, 3)).toBe("Person 3");
    expect(personName({ people: [people[1]] }, 3)).toBe("Person 3");
    const second = { ...first, link: 3, name: null, relay: "https://relay.example" };
    expect(summaryText(second)).toBe("Shared with Person 3 through https://relay.example");
    expect(stopQuestion(second)).toContain("Stop sharing with Person 3?");
    expect(stopQuestion(second)).toContain("so does sharing with anyone else");
    expect(stoppedText("client", "Person 3")).toContain("Sharing with Person 3 has stopped.");
    // A name already used for someone else (letter case and spaces aside) is taken.
    expect(nameTaken({ people }, 3, "  sam,  MY idva ")).toBe(true);
    expect(nameTaken({ people }, 1, "Sam, my IDVA")).toBe(false);
    expect(nameTaken({ people }, null, "")).toBe(false);
    // One unnamed person: the words stay as before.
    const only = { link: 1, name: null, people: [people[1]], role: "client" as const, relay: null };
    expect(namesPeople(only)).toBe(false);
    expect(stopQuestion(only)).toContain("Stop sharing with everyone?");
    expect(stoppedText("client", null)).toContain("Your advocate's app will receive nothing more");
    // An advocate's case has one link, to the person: never named this way.
    expect(namesPeople({ ...first, role: "advocate" })).toBe(false);
  });

  it("gives the last sync in local time, or not yet", () => {
    expect(lastSyncedText(null)).toBe("Last sent and received: not yet");
    const iso = new Date(2025, 6, 5, 14, 5).toISOString();
    expect(lastSyncedText(iso)).toBe("Last sent and received: Sat 5 Jul 2025, 14:05");
  });
});

describe("stuckText", () => {
  it("says nothing while everything gets across, and what is stuck otherwise, for each side", () => {
    const none = { here: false, there: false };
    expect(stuckText({ role: "client", stuck: none })).toBe("");
    expect(stuckText({ role: "client", stuck: { here: true, there: false } })).toMatch(
      /^Some changes from your advocate have not arrived yet\./,
    );
    expect(stuckText({ role: "advocate", stuck: { here: false, there: true } })).toMatch(
      /^Some of your changes have not reached the person you support yet\./,
    );
    const both = stuckText({ role: "client", stuck: { here: true, there: true } });
    expect(both).toContain("from your advocate have not arrived");
    expect(both).toContain("have not reached your advocate");
  });
});

describe("syncMessage", () => {
  const done = (d: Partial<SyncDone>): SyncDone => ({ sent: 0, received: 0, skipped: 0, ended: false, ...d });

  it("counts what was received and sent", () => {
    expect(syncMessage(done({}))).toBe("Up to date: 0 changes received, 0 sent.");
    expect(syncMessage(done({ received: 1, sent: 3 }))).toBe("Up to date: 1 change received, 3 sent.");
  });

  it("mentions changes that could not be used", () => {
    expect(syncMessage(done({ received: 2, skipped: 1 }))).toBe(
      "Up to date: 2 changes received, 0 sent. 1 change could not be used and was left out.",
    );
    expect(syncMessage(done({ skipped: 2 }))).toMatch(/2 changes could not be used and were left out\.$/);
  });

  it("says calmly when the other side has stopped", () => {
    const text = syncMessage(done({ received: 1, ended: true }));
    expect(text).toMatch(/^Sharing has ended/);
    expect(text).toContain("What is on this computer is still here.");
  });
});

describe("sharingParts", () => {
  it("is the person's screen, with the way to a caseload, when no case is open", () => {
    expect(sharingParts(false)).toEqual({ join: true, host: false, caseload: true });
  });

  it("offers only the advocate's side while a case is open", () => {
    expect(sharingParts(true)).toEqual({ join: false, host: true, caseload: false });
  });
});

describe("sharingIntro", () => {
  it("speaks to the person in their own space", () => {
    expect(sharingIntro(null).title).toBe("Share with my advocate");
    expect(sharingIntro(null).lead).toMatch(/your advocate/);
  });

  it("names the open case for an advocate", () => {
    const intro = sharingIntro("AB");
    expect(intro.title).toBe("Share with the person you support");
    expect(intro.lead).toMatch(/the case “AB” only/);
    expect(sharingIntro("").lead).toMatch(/this case only/);
  });

  it("never uses words that give away what the app is for", () => {
    for (const intro of [sharingIntro(null), sharingIntro("AB")]) {
      expect(`${intro.title} ${intro.lead}`).not.toMatch(/abuse|victim|domestic/i);
    }
  });
});
