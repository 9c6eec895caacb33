// Calls to Rust around case switches (api.ts): a save sent just before another case is opened
// must reach Rust first, and nothing from the old screen may land in the new case.

import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ApiError, ContactFields } from "../src/api";

const { invoke, listen } = vi.hoisted(() => ({ invoke: vi.fn(), listen: vi.fn() }));
vi.mock("@tauri-apps/api/core", () => ({ invoke }));
vi.mock("@tauri-apps/api/event", () => ({ listen }));

/** A call that reached Rust, answered when the test says so. */
interface Sent {
  command: string;
  args: unknown;
  answer(value?: unknown): void;
  fail(error: unknown): void;
}

let sent: Sent[];
/** What happened, in order: "sent x" when x reached Rust, and whatever the tests note. */
let log: string[];
let api: typeof import("../src/api").api;
let isApiError: typeof import("../src/api").isApiError;

beforeEach(async () => {
  sent = [];
  log = [];
  invoke.mockReset();
  invoke.mockImplementation(
    (command: string, args?: unknown) =>
      new Promise((answer, fail) => {
        log.push(`sent ${command}`);
        sent.push({ command, args, answer, fail });
      }),
  );
  listen.mockReset();
  listen.mockResolvedValue(() => undefined);
  // A fresh api.ts for each test: nothing in flight carries over.
  vi.resetModules();
  ({ api, isApiError } = await import("../src/api"));
});

const commands = () => sent.map((s) => s.command);

function call(command: string): Sent {
  const found = sent.find((s) => s.command === command);
  if (!found) throw new Error(`${command} was not sent`);
  return found;
}

/** Lets every promise that can move on do so. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Notes in the log when a call settles, and keeps its outcome. */
function watch<T>(name: string, p: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  return p.then(
    (value) => {
      log.push(`${name} settled`);
      return { ok: true as const, value };
    },
    (error: unknown) => {
      log.push(`${name} settled`);
      return { ok: false as const, error };
    },
  );
}

const CASELOAD = { cases: [], open: "b" };
/** Only passed through to the mocked invoke. */
const FIELDS = { name: "A" } as ContactFields;

describe("with no switch under way", () => {
  it("sends reads and writes at once", () => {
    void api.setSectionNotes("Emergency", "notes");
    void api.listContacts();
    expect(commands()).toEqual(["set_section_notes", "list_contacts"]);
  });

  it("passes Rust's answers and errors on unchanged", async () => {
    const list = api.listContacts();
    const add = api.addContact(FIELDS);
    const error: ApiError = { code: "not_found", message: "Not there." };
    call("list_contacts").answer([]);
    call("add_contact").fail(error);
    await expect(list).resolves.toEqual([]);
    await expect(add).rejects.toBe(error);
  });
});

describe("a switch", () => {
  it("waits until a save already sent has its answer, then goes out", async () => {
    const save = watch("save", api.setSectionNotes("Emergency", "typed before the click"));
    const open = watch("case_open", api.caseOpen("b"));
    await settle();
    expect(commands()).toEqual(["set_section_notes"]);

    call("set_section_notes").answer({ version: "v2" });
    await settle();
    expect(commands()).toEqual(["set_section_notes", "case_open"]);
    expect(call("case_open").args).toEqual({ id: "b" });
    expect(log).toEqual(["sent set_section_notes", "save settled", "sent case_open"]);

    call("case_open").answer(CASELOAD);
    expect(await open).toEqual({ ok: true, value: CASELOAD });
    expect(await save).toEqual({ ok: true, value: { version: "v2" } });
  });

  it("waits for every call in flight, reads too, whatever the order they answer in", async () => {
    void api.addPlanItem("Emergency", "one");
    void api.getPlan();
    void api.recordIncident({} as never);
    const close = api.caseClose();
    await settle();
    call("record_incident").answer({});
    call("add_plan_item").answer({});
    await settle();
    expect(commands()).not.toContain("case_close");
    call("get_plan").answer({});
    await settle();
    expect(commands().at(-1)).toBe("case_close");
    call("case_close").answer(CASELOAD);
    await expect(close).resolves.toEqual(CASELOAD);
  });

  it("is not held up for good by a call that failed", async () => {
    const error: ApiError = { code: "internal", message: "Something went wrong. Nothing has been lost." };
    const save = api.updateContact("c1", FIELDS);
    const open = api.caseOpen("b");
    call("update_contact").fail(error);
    await expect(save).rejects.toBe(error);
    await settle();
    expect(commands()).toEqual(["update_contact", "case_open"]);
    call("case_open").answer(CASELOAD);
    await expect(open).resolves.toEqual(CASELOAD);
  });

  it("passes on Rust's refusal of the switch itself", async () => {
    const error: ApiError = { code: "invalid", message: "Stop sharing with this person first." };
    const remove = api.caseRemove("b");
    await settle();
    call("case_remove").fail(error);
    await expect(remove).rejects.toBe(error);
  });

  it("goes out at once when nothing is in flight, and never waits for itself", async () => {
    const open = api.caseOpen("b");
    await settle();
    expect(commands()).toEqual(["case_open"]);
    call("case_open").answer(CASELOAD);
    await expect(open).resolves.toEqual(CASELOAD);
  });

  it("after another switch waits for it, and both go out in the order asked", async () => {
    const open = api.caseOpen("b");
    const close = api.caseClose();
    await settle();
    expect(commands()).toEqual(["case_open"]);
    call("case_open").answer(CASELOAD);
    await settle();
    expect(commands()).toEqual(["case_open", "case_close"]);
    call("case_close").answer({ cases: [], open: null });
    await expect(open).resolves.toEqual(CASELOAD);
    await expect(close).resolves.toEqual({ cases: [], open: null });
  });

  it("can be asked for from another call's answer", async () => {
    const closed = api.getPlan().then(() => api.caseClose());
    call("get_plan").answer({});
    await settle();
    expect(commands()).toEqual(["get_plan", "case_close"]);
    call("case_close").answer(CASELOAD);
    await expect(closed).resolves.toEqual(CASELOAD);
  });

  it("restoring a backup is a switch too", async () => {
    void api.addPlanItem("Emergency", "one");
    const restore = api.restoreBackup({ kind: "recovery_key", secret: "x" } as never);
    await settle();
    expect(commands()).toEqual(["add_plan_item"]);
    call("add_plan_item").answer({});
    await settle();
    expect(commands()).toEqual(["add_plan_item", "restore_backup"]);
    call("restore_backup").answer({});
    await restore;
  });

  it("does not wait for a pairing wait, which can last minutes", async () => {
    void api.pairingWait();
    void api.pairingJoin("relay", "code");
    void api.caseClose();
    await settle();
    expect(commands()).toEqual(["pairing_wait", "pairing_join", "case_close"]);
  });

  it("waits for an attachment whose file is still being read", async () => {
    const attached = api.addAttachment(new File(["some bytes"], "photo.jpg", { type: "image/jpeg" }));
    void api.caseOpen("b");
    await settle();
    expect(commands()).toEqual(["add_attachment"]);
    call("add_attachment").answer({ id: "a1" });
    await expect(attached).resolves.toEqual({ id: "a1" });
    await settle();
    expect(commands()).toEqual(["add_attachment", "case_open"]);
  });
});

describe("during a switch", () => {
  it("a write is held until the switch settles, then refused without reaching Rust", async () => {
    const open = watch("case_open", api.caseOpen("b"));
    await settle();
    const add = watch("add_contact", api.addContact(FIELDS));
    await settle();
    expect(log).not.toContain("add_contact settled");

    call("case_open").answer(CASELOAD);
    const outcome = await add;
    await open;
    expect(commands()).toEqual(["case_open"]);
    expect(log).toEqual(["sent case_open", "case_open settled", "add_contact settled"]);
    expect(outcome.ok).toBe(false);
    const error = (outcome as { error: unknown }).error;
    expect(isApiError(error)).toBe(true);
    expect(error).toEqual({
      code: "busy",
      message: "Another case was opening, so that change wasn't saved. Please make it again.",
    });
  });

  it("a write is refused even when the switch failed", async () => {
    const open = api.caseOpen("b");
    await settle();
    const save = api.setSectionNotes("Emergency", "notes");
    call("case_open").fail({ code: "not_found", message: "Not there." });
    await expect(open).rejects.toEqual({ code: "not_found", message: "Not there." });
    await expect(save).rejects.toMatchObject({ code: "busy" });
    expect(commands()).toEqual(["case_open"]);
  });

  it("every kind of write is refused: saves, sharing, exports, attachments", async () => {
    void api.caseClose();
    const writes = [
      api.setPlanStage("Planning" as never),
      api.caseSetNotes("b", "notes"),
      api.syncNow(),
      api.stopSharing(),
      api.saveReport({} as never),
      api.liveViewing("doc"),
      api.addAttachment(new File(["x"], "x.txt")),
    ];
    await settle();
    call("case_close").answer(CASELOAD);
    for (const w of writes) await expect(w).rejects.toMatchObject({ code: "busy" });
    expect(commands()).toEqual(["case_close"]);
  });

  it("a read waits for the switch, then runs against the case now open", async () => {
    void api.caseOpen("b");
    await settle();
    const plan = watch("get_plan", api.getPlan());
    const list = api.caseload();
    await settle();
    expect(commands()).toEqual(["case_open"]);

    call("case_open").answer(CASELOAD);
    await settle();
    expect(commands()).toEqual(["case_open", "get_plan", "caseload"]);
    call("get_plan").answer({ stage: "Planning" });
    call("caseload").answer(CASELOAD);
    expect(await plan).toEqual({ ok: true, value: { stage: "Planning" } });
    await expect(list).resolves.toEqual(CASELOAD);
  });

  it("a read also runs after a switch that failed", async () => {
    void api.caseOpen("b").catch(() => undefined);
    await settle();
    const list = api.listContacts();
    call("case_open").fail({ code: "not_found", message: "Not there." });
    await settle();
    expect(commands()).toEqual(["case_open", "list_contacts"]);
    call("list_contacts").answer([]);
    await expect(list).resolves.toEqual([]);
  });

  it("a read held by one switch goes out before the next switch", async () => {
    void api.caseOpen("b");
    await settle();
    void api.listContacts();
    void api.caseClose();
    call("case_open").answer(CASELOAD);
    await settle();
    expect(commands()).toEqual(["case_open", "list_contacts"]);
    call("list_contacts").answer([]);
    await settle();
    expect(commands()).toEqual(["case_open", "list_contacts", "case_close"]);
  });

  it("what the switch's caller does next goes straight out, writes too", async () => {
    const next = api.caseOpen("b").then(() => api.addPlanItem("Emergency", "new case's step"));
    await settle();
    call("case_open").answer(CASELOAD);
    await settle();
    expect(commands()).toEqual(["case_open", "add_plan_item"]);
    call("add_plan_item").answer({ id: "p1" });
    await expect(next).resolves.toEqual({ id: "p1" });
  });
});

describe("the quick hide", () => {
  it("goes out at once, during a switch and with calls in flight", async () => {
    void api.setSectionNotes("Emergency", "notes");
    void api.caseOpen("b").catch(() => undefined);
    await settle();
    void api.hideNow();
    // Synchronously: nothing between the button and Rust.
    expect(commands()).toEqual(["set_section_notes", "hide_now"]);
  });

  it("goes out at once while a switch is being sent", async () => {
    void api.caseOpen("b").catch(() => undefined);
    await settle();
    void api.hideNow();
    expect(commands()).toEqual(["case_open", "hide_now"]);
  });

  it("the still-here signal goes out at once too", async () => {
    void api.caseOpen("b");
    await settle();
    void api.stillHere();
    expect(commands()).toEqual(["case_open", "still_here"]);
  });

  it("so does the note of copied text, even while a switch waits on a slow call", async () => {
    void api.syncNow().catch(() => undefined);
    void api.caseOpen("b").catch(() => undefined);
    await settle();
    void api.noteCopied("07700 900123");
    // A hide now must still find the copy noted, so it can clear the clipboard.
    expect(commands()).toEqual(["sync_now", "note_copied"]);
  });

  it("drops whatever was held, so no switch opens a case after the next unlock", async () => {
    void api.setSectionNotes("Emergency", "notes");
    const open = api.caseOpen("b");
    await settle();
    void api.hideNow();
    const unlock = api.tryUnlock("1234");
    // The next opening is not held up by the last one's calls.
    expect(commands()).toEqual(["set_section_notes", "hide_now", "try_unlock"]);

    call("set_section_notes").fail({ code: "locked", message: "This is closed. Open it again to carry on." });
    await expect(open).rejects.toEqual({ code: "locked", message: "This is closed. Open it again to carry on." });
    call("try_unlock").answer({ opened: true });
    await expect(unlock).resolves.toEqual({ opened: true });
    expect(commands()).not.toContain("case_open");
  });

  it("calls held by a switch get Rust's closed answer, never the switch refusal", async () => {
    void api.caseOpen("b").catch(() => undefined);
    await settle();
    const read = api.getPlan();
    const write = api.addContact(FIELDS);
    void api.hideNow();
    call("case_open").fail({ code: "locked", message: "This is closed. Open it again to carry on." });
    await expect(read).rejects.toMatchObject({ code: "locked" });
    await expect(write).rejects.toMatchObject({ code: "locked" });
    expect(commands()).toEqual(["case_open", "hide_now"]);
  });

  it("a hide from Rust (shortcut, auto-lock) drops held calls the same way", async () => {
    const shown = vi.fn();
    await api.onHide(shown);
    const fromRust = listen.mock.calls[0][1] as (e: { payload: { page_exit: number | null } }) => void;
    void api.setSectionNotes("Emergency", "notes");
    const open = api.caseOpen("b");
    await settle();
    fromRust({ payload: { page_exit: null } });
    expect(shown).toHaveBeenCalledExactlyOnceWith(null);
    call("set_section_notes").answer({});
    await expect(open).rejects.toMatchObject({ code: "locked" });
    expect(commands()).toEqual(["set_section_notes"]);
  });
});
