// @vitest-environment happy-dom
// The sharing screen once it, or one of its views, is no longer on show: answers from Rust that
// arrive late draw nothing, and a pairing that finishes late is dropped (pairing_abort), never
// left for confirming by mistake.

import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const { invoke, listen } = vi.hoisted(() => ({ invoke: vi.fn(), listen: vi.fn() }));
vi.mock("@tauri-apps/api/core", () => ({ invoke }));
vi.mock("@tauri-apps/api/event", () => ({ listen }));

import { casesLocked, noteCaseload } from "../src/cases";
import { h, leaveAllScreens } from "../src/dom";
import { useLanguage } from "../src/i18n";
import { attachScreen, changedBy, liveLocked, liveUnlocked } from "../src/live";
import { changedWhileTypingText, notesSavedText } from "../src/screens/live-logic";
import { showSharing } from "../src/screens/sharing";

/** A call that reached Rust, answered when the test says so. */
interface Sent {
  command: string;
  args?: Record<string, unknown>;
  answer(value?: unknown): void;
  refuse(error: unknown): void;
}
let sent: Sent[];
/** Every command sent, in order. */
let commands: string[];
const handlers = new Map<string, (e: { payload: unknown }) => void>();

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

async function answer(command: string, value?: unknown): Promise<void> {
  const i = sent.findIndex((s) => s.command === command);
  if (i < 0) throw new Error(`${command} was not sent`);
  sent.splice(i, 1)[0]?.answer(value);
  await settle();
}

function el<T extends HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

async function click(selector: string): Promise<void> {
  el(selector).click();
  await settle();
}

async function type(selector: string, value: string): Promise<void> {
  const input = el<HTMLInputElement>(selector);
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  await settle();
}

async function submit(selector: string): Promise<void> {
  const button = el<HTMLButtonElement>(selector);
  button.form?.requestSubmit(button);
  await settle();
}

const OFF = { link: null, name: null, people: [], live_link: null, state: "off", role: null, relay: null, last_synced: null, live: "off", stuck: { here: false, there: false }, items: [] };
const ON = {
  link: 1,
  name: null,
  people: [{ link: 1, name: null, state: "on" }],
  live_link: null,
  state: "on",
  role: "client",
  relay: "https://relay.example.org",
  last_synced: null,
  live: "off",
  stuck: { here: false, there: false },
  items: [{ id: "contact:1", kind: "contact", title: "Ann", shared: false }],
};
const INVITATION = "pocketcalc:pair:7KQ2M9XD4TFB0C8H:ABCDEFGHJKMNPQRS:https://relay.example.org";
const CODE_VIEW = { code: "7KQ2M9XD4TFB0C8H", invitation: INVITATION, qr: { width: 0, modules: "" } };

beforeAll(async () => {
  await useLanguage("en-GB");
  listen.mockImplementation((event: string, cb: (e: { payload: unknown }) => void) => {
    handlers.set(event, cb);
    return Promise.resolve(() => undefined);
  });
});

let main: HTMLElement;

beforeEach(() => {
  leaveAllScreens();
  liveLocked();
  casesLocked();
  liveUnlocked();
  sent = [];
  commands = [];
  invoke.mockReset();
  invoke.mockImplementation(
    (command: string, args?: Record<string, unknown>) =>
      new Promise((resolve, reject) => {
        commands.push(command);
        sent.push({ command, args, answer: resolve, refuse: reject });
      }),
  );
  document.body.replaceChildren();
  main = h("main");
  document.body.append(main);
});

/** The person's side, waiting for their advocate's app. */
async function joining(): Promise<void> {
  showSharing(main);
  await answer("sharing_status", OFF);
  await type("#f-sharing-code", INVITATION);
  await submit("#sharing-connect");
  expect(main.querySelector("#sharing-cancel")).not.toBeNull();
}

describe("the sharing screen, left or hidden", () => {
  it("draws nothing after a hide, and drops a pairing that finishes then", async () => {
    await joining();
    leaveAllScreens();
    const drawn = main.innerHTML;
    await answer("pairing_join", { phrase: "one two three four" });
    expect(main.innerHTML).toBe(drawn);
    expect(commands).toContain("pairing_abort");
    expect(commands).not.toContain("pairing_confirm");
  });

  it("drops a pairing that finishes after another screen was drawn in its place", async () => {
    await joining();
    main.replaceChildren(h("h1", {}, "Contacts"));
    await answer("pairing_join", { phrase: "one two three four" });
    expect(main.textContent).toBe("Contacts");
    expect(commands.filter((c) => c === "pairing_abort")).toHaveLength(1);
  });

  it("leaves the live news to the screen drawn in its place when a late status arrives", async () => {
    showSharing(main);
    await answer("sharing_status", ON);
    await click("#sharing-sync");
    // Sharing ended meanwhile: the screen asks for the status again.
    sent.find((s) => s.command === "sync_now")?.refuse({ code: "sharing_ended", reason: "sharing_ended", args: {} });
    const heard: string[] = [];
    main.replaceChildren(h("h1", {}, "Contacts"));
    attachScreen(main, { changed: (documents) => heard.push(...documents) });
    await settle();
    await answer("sharing_status", ON);
    handlers.get("sharing-changed")?.({ payload: { documents: ["contact:1"] } });
    expect(heard).toEqual(["contact:1"]);
    expect(main.textContent).toBe("Contacts");
  });

  it("takes the four words away when a cancelled wait finishes late", async () => {
    await joining();
    await click("#sharing-cancel");
    await answer("pairing_abort");
    await submit("#sharing-connect");
    // The second join finishes first.
    sent.reverse();
    await answer("pairing_join", { phrase: "one two three four" });
    expect(el("#sharing-phrase").textContent).toBe("onetwothreefour");
    await answer("pairing_join", { phrase: "five six seven eight" });
    await answer("pairing_abort");
    expect(main.querySelector("#sharing-phrase")).toBeNull();
    expect(el(".sharing-notice").textContent).toContain("Nothing was shared");
    expect(document.activeElement).toBe(el(".sharing-notice"));
    expect(commands).not.toContain("pairing_confirm");
  });

  it("shows no code asked for before a wait started, and still drops a late pairing then", async () => {
    noteCaseload({ cases: [], open: "c1" });
    sent = [];
    commands = [];
    showSharing(main);
    await answer("sharing_status", OFF);
    await type("#f-sharing-host-relay", "https://relay.example.org");
    await click("#sharing-show-code");
    await answer("pairing_host", CODE_VIEW);
    await submit("#sharing-wait");
    await click("#sharing-cancel");
    await answer("pairing_abort");
    await click("#sharing-show-code");
    await answer("pairing_host", CODE_VIEW);
    // A new code asked for, then "Wait for them" with the one on screen.
    await click("#sharing-show-code");
    await submit("#sharing-wait");
    await answer("pairing_host", { ...CODE_VIEW, code: "ABCDEFGHJKMNPQRS" });
    expect(main.querySelector("#sharing-code-shown")).toBeNull();
    expect(el("#sharing-waiting-title")).toBe(document.activeElement);
    const aborts = commands.filter((c) => c === "pairing_abort").length;
    // The cancelled wait finishes: no code is on screen, so the half-made pairing is dropped.
    await answer("pairing_wait", { phrase: "one two three four" });
    expect(commands.filter((c) => c === "pairing_abort")).toHaveLength(aborts + 1);
    expect(main.querySelector("#sharing-phrase")).toBeNull();
  });
});

describe("the sharing screen when changes do not get across", () => {
  it("says so while it lasts, and takes it away once the status says it is over", async () => {
    showSharing(main);
    await answer("sharing_status", { ...ON, stuck: { here: true, there: false } });
    const note = el("#sharing-stuck");
    expect(note.getAttribute("role")).toBe("status");
    expect(note.textContent).toMatch(/^Some changes from your advocate have not arrived yet\./);
    expect(note.textContent).not.toMatch(/Harbour/);

    // The live session says something changed; the screen asks again and the note goes.
    handlers.get("sharing-live")?.({ payload: "on" });
    await settle();
    await answer("sharing_status", ON);
    expect(el("#sharing-stuck").textContent).toBe("");
  });

  it("never says up to date above a note saying something has not got across", async () => {
    showSharing(main);
    await answer("sharing_status", ON);
    await click("#sharing-sync");
    expect(commands).toContain("sync_now");
    await answer("sync_now", { sent: 0, received: 0, skipped: 0, ended: false });
    await answer("sharing_status", { ...ON, stuck: { here: false, there: true } });
    expect(el("#sharing-status").textContent).toBe(
      "Sent and received what could go. Some changes are still on their way: see below.",
    );
    expect(el("#sharing-stuck").textContent).toMatch(/have not reached your advocate yet/);
  });
});

describe("sharing with several people", () => {
  const TWO = {
    ...ON,
    name: "Sam, my IDVA",
    people: [
      { link: 1, name: "Sam, my IDVA", state: "on" },
      { link: 2, name: null, state: "on" },
    ],
  };
  const SECOND = { ...TWO, link: 2, name: null, relay: "https://other.example.org" };

  it("lists everyone, moves to another person, and sends each call for the one shown", async () => {
    showSharing(main);
    await answer("sharing_status", TWO);
    const people = [...main.querySelectorAll<HTMLButtonElement>("#sharing-people button")];
    expect(people.map((b) => b.textContent)).toEqual(["Sam, my IDVA", "Person 2"]);
    // The page is no longer about "my advocate" alone.
    expect(el("h1").textContent).toBe("Share with the people who support you");
    expect(el(".lead").textContent).toContain("Each person you pair with sees only");
    expect(people[0]?.getAttribute("aria-current")).toBe("true");
    expect(el("#sharing-summary").textContent).toBe("Shared with Sam, my IDVA through https://relay.example.org");
    expect(el("#sharing-stop").textContent).toBe("Stop sharing with Sam, my IDVA");

    people[1]?.click();
    await settle();
    expect(sent.at(-1)).toMatchObject({ command: "sharing_status", args: { link: 2 } });
    await answer("sharing_status", SECOND);
    expect(el('#sharing-people button[aria-current="true"]').textContent).toBe("Person 2");
    expect(el("#sharing-summary").textContent).toBe("Shared with Person 2 through https://other.example.org");
    // Every part says whom it is about, down to the choices far below.
    expect(el("#sharing-on-title").textContent).toBe("Sharing with Person 2 is on");
    expect(el("#sharing-choose-title").textContent).toBe("Choose what Person 2 can see");
    expect(el("#sharing-count").textContent).toBe("Nothing is shared with Person 2 yet. Tick what you want them to see.");

    // A choice, a sync and a stop are for the person shown, not the first.
    const box = el<HTMLInputElement>('input[data-item-id="contact:1"]');
    box.checked = true;
    box.dispatchEvent(new Event("change"));
    await settle();
    expect(sent.at(-1)).toMatchObject({ command: "set_shared", args: { link: 2, id: "contact:1", shared: true } });
    await answer("set_shared", SECOND);
    await click("#sharing-sync");
    expect(sent.at(-1)).toMatchObject({ command: "sync_now", args: { link: 2 } });
    await answer("sync_now", { sent: 1, received: 0, skipped: 0, ended: false });
    await answer("sharing_status", SECOND);
    await click("#sharing-stop");
    expect(el("#sharing-stop-question").textContent).toContain("Stop sharing with Person 2?");
    await click("#sharing-stop-yes");
    expect(sent.at(-1)).toMatchObject({ command: "stop_sharing", args: { link: 2 } });
    // The first person stays, and the screen says whom sharing stopped with.
    await answer("stop_sharing", { ...TWO, people: [TWO.people[0]] });
    expect(el("#sharing-status").textContent).toContain("Sharing with Person 2 has stopped.");
    expect(el("#sharing-status").textContent).toContain("Now showing what you share with Sam, my IDVA.");
    expect(main.querySelectorAll("#sharing-people button")).toHaveLength(1);
    expect(el("#sharing-summary").textContent).toContain("Sam, my IDVA");
    expect(el("h1").textContent).toBe("Share with my advocate");
  });

  it("names the person shown in the note about the records, and says files go to all who see the log", async () => {
    showSharing(main);
    const log = { id: "incident-log", kind: "incident_log", title: "Incident log", shared: true };
    await answer("sharing_status", { ...SECOND, items: [...SECOND.items, log] });
    const note = el("#sharing-records-note").textContent ?? "";
    expect(note).toContain("Person 2 can read these but cannot change them.");
    expect(note).toContain("shown to everyone you share your incident log with");
    expect(note).not.toContain("advocate");
  });

  it("pairs with one more while sharing with the others, and names them", async () => {
    showSharing(main);
    await answer("sharing_status", TWO);
    await click("#sharing-add-person");
    expect(el("h1").textContent).toBe("Share with the people who support you");
    expect(el("#sharing-add-title").textContent).toBe("Share with someone else");
    expect(main.querySelector('#sharing-people button[aria-current="true"]')).toBeNull();
    await type("#f-sharing-code", INVITATION);
    await submit("#sharing-connect");
    await answer("pairing_join", { phrase: "one two three four" });
    // A name someone else already has is asked again, before anything is confirmed.
    await type("#f-sharing-pair-name", "sam, MY idva");
    await click("#sharing-words-match");
    expect(commands).not.toContain("pairing_confirm");
    expect(el("#sharing-error").textContent).toContain("already has that name");
    await type("#f-sharing-pair-name", "  Officer Khan ");
    await click("#sharing-words-match");
    expect(sent.at(-1)).toMatchObject({ command: "pairing_confirm", args: { name: "Officer Khan" } });
    const third = { ...TWO, link: 3, name: "Officer Khan", people: [...TWO.people, { link: 3, name: "Officer Khan", state: "on" }] };
    await answer("pairing_confirm", third);
    expect(el('#sharing-people button[aria-current="true"]').textContent).toBe("Officer Khan");

    await type("#f-sharing-name", "DC Khan");
    await submit("#sharing-name-save");
    expect(sent.at(-1)).toMatchObject({ command: "name_link", args: { link: 3, name: "DC Khan" } });
    // Refused (someone else has it): said beside the box, which keeps the focus.
    sent
      .find((x) => x.command === "name_link")
      ?.refuse({ code: "conflict", reason: "sharing-name-taken", args: {} });
    await settle();
    expect(el("#sharing-name-error").textContent).toContain("already has that name");
    expect(el("#f-sharing-name").getAttribute("aria-invalid")).toBe("true");
    expect(el("#f-sharing-name").getAttribute("aria-describedby")).toContain("sharing-name-error");
    expect(document.activeElement?.id).toBe("f-sharing-name");
  });

  it("speaks of the people who support the person once they pair with one more", async () => {
    showSharing(main);
    await answer("sharing_status", ON);
    expect(el("h1").textContent).toBe("Share with my advocate");
    await click("#sharing-add-person");
    expect(el("h1").textContent).toBe("Share with the people who support you");
  });

  it("asks before stopping with the safe answer first", async () => {
    showSharing(main);
    await answer("sharing_status", TWO);
    await click("#sharing-stop");
    expect(document.activeElement?.id).toBe("sharing-stop-no");
  });

  it("a pairing that stops while sharing with others never says sharing is off", async () => {
    showSharing(main);
    await answer("sharing_status", TWO);
    await click("#sharing-add-person");
    await type("#f-sharing-code", INVITATION);
    await submit("#sharing-connect");
    await answer("pairing_join", { phrase: "one two three four" });
    await click("#sharing-words-differ");
    await answer("pairing_abort");
    expect(el(".sharing-notice").textContent).toContain("with a new code from them.");
    expect(el(".sharing-notice").textContent).not.toContain("advocate");
    expect(main.querySelector("#sharing-off-title")).toBeNull();
    expect(main.querySelector("#caseload-open")).toBeNull();
    expect(el("#sharing-add-title").textContent).toBe("Share with someone else");
    expect(el(".sharing-notice").textContent).toContain("Sharing with Sam, my IDVA and Person 2 goes on as before.");
    // Cancel goes back to the people shared with.
    await click("#sharing-add-cancel");
    expect(sent.at(-1)).toMatchObject({ command: "sharing_status", args: { link: 1 } });
    await answer("sharing_status", TWO);
    // A wait given up on says so beside the form, with the others named.
    await click("#sharing-add-person");
    await type("#f-sharing-code", INVITATION);
    await submit("#sharing-connect");
    await click("#sharing-cancel");
    expect(el(".sharing-notice").textContent).toContain("Stopped. Nothing was shared.");
    expect(el(".sharing-notice").textContent).toContain("goes on as before");
    await click("#sharing-add-cancel");
    expect(sent.at(-1)).toMatchObject({ command: "sharing_status", args: { link: 1 } });
  });

  it("says who may have changed what the person is editing: the one worked with, the one shared with, or someone of several", async () => {
    showSharing(main);
    // Several, working together with none: it may have been any of them.
    await answer("sharing_status", TWO);
    let by = changedBy();
    expect(changedWhileTypingText(by.role, "these notes", by.name)).toBe(
      "Someone you share it with changed these notes. Save yours to see both together.",
    );
    expect(notesSavedText({ text: "a\nb", clean: true }, "a", by.role, by.name)).not.toContain("advocate");
    // Working together with one of them: that one.
    showSharing(main);
    await answer("sharing_status", { ...SECOND, live: "on", live_link: 2 });
    by = changedBy();
    expect(changedWhileTypingText(by.role, "these notes", by.name)).toMatch(/^Person 2 changed these notes/);
    // One person, named: by name; one unnamed: "your advocate", as before.
    showSharing(main);
    await answer("sharing_status", { ...ON, name: "Sam", people: [{ link: 1, name: "Sam", state: "on" }] });
    by = changedBy();
    expect(changedWhileTypingText(by.role, "these notes", by.name)).toMatch(/^Sam changed these notes/);
    showSharing(main);
    await answer("sharing_status", ON);
    by = changedBy();
    expect(changedWhileTypingText(by.role, "these notes", by.name)).toMatch(/^Your advocate changed these notes/);
  });

  it("says whom the app works together with, on another person's part of the screen", async () => {
    showSharing(main);
    await answer("sharing_status", { ...SECOND, live: "on", live_link: 1 });
    expect(el("#sharing-live-state").textContent).toContain("working together with Sam, my IDVA");
    expect(el<HTMLButtonElement>("#sharing-live-start").hidden).toBe(true);
    expect(el("#sharing-live-stop").textContent).toBe("Stop working together with Sam, my IDVA");
    // What working together does is said of the person shown, never "your advocate".
    const what = el(".sharing-live p.muted").textContent ?? "";
    expect(what).toContain("changes from Person 2 show up by themselves");
    expect(what).not.toContain("advocate");
    // Sending to this person still goes by hand.
    expect(el<HTMLElement>("#sharing-sync").closest("div")?.hidden).toBe(false);
  });
});
