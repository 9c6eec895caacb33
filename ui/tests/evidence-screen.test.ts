// @vitest-environment happy-dom
// The report screen once it is no longer on show: answers from Rust that arrive after the app hid
// draw nothing (even while its page is still in place), and only one file dialog is open at a time.

import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const { invoke, listen } = vi.hoisted(() => ({ invoke: vi.fn(), listen: vi.fn() }));
vi.mock("@tauri-apps/api/core", () => ({ invoke }));
vi.mock("@tauri-apps/api/event", () => ({ listen }));

import { leaveAllScreens } from "../src/dom";
import { useLanguage } from "../src/i18n";
import { showEvidence } from "../src/screens/evidence";

/** A call that reached Rust, answered when the test says so. */
interface Sent {
  command: string;
  answer(value?: unknown): void;
}
let sent: Sent[];

function answer(command: string, value: unknown): void {
  const i = sent.findIndex((s) => s.command === command);
  if (i < 0) throw new Error(`${command} was not sent`);
  sent.splice(i, 1)[0]?.answer(value);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const incident = (id: string) => ({
  id,
  first_recorded_at: "2024-01-01T10:00:00Z",
  current: {
    fields: { occurred_at: "2024-01-01T09:00:00Z", occurred_until: null, kind: "Following", description: "Waited outside", attachments: [] },
  },
});

/** The lists of what else may be ticked: one contact. */
function answerExtras(): void {
  answer("get_plan", { stage: "Staying", review_date: null, sections: [] });
  answer("list_contacts", [{ id: "c1", fields: { name: "Ann", relationship: "" } }]);
  answer("list_risk_screenings", []);
  answer("harm_profiles", []);
  answer("court_orders", []);
}

beforeAll(async () => {
  await useLanguage("en-GB");
});

beforeEach(() => {
  sent = [];
  invoke.mockReset();
  invoke.mockImplementation((command: string) => new Promise((resolve) => sent.push({ command, answer: resolve })));
  listen.mockResolvedValue(() => undefined);
  document.body.replaceChildren();
});

function drawn(): HTMLElement {
  const main = document.createElement("main");
  document.body.append(main);
  showEvidence(main);
  return main;
}

describe("the report screen", () => {
  it("fills nothing in once the app has hidden", async () => {
    const main = drawn();
    leaveAllScreens();
    answer("incidents_between", [incident("i1")]);
    answerExtras();
    await settle();
    expect(main.querySelectorAll("#ev-list li")).toHaveLength(0);
    expect(main.querySelector("#ev-count")?.textContent).toBe("");
    expect(main.querySelectorAll("#ev-extras input")).toHaveLength(0);
  });

  it("says nothing of a save answered after the app hid, and runs one dialog at a time", async () => {
    const main = drawn();
    answer("incidents_between", [incident("i1")]);
    answerExtras();
    await settle();
    expect(main.querySelector("#ev-count")?.textContent).toBe("1 of 1 chosen");

    main.querySelector<HTMLButtonElement>("#ev-save-report")?.click();
    const status = main.querySelector("#ev-report-status");
    const waiting = status?.textContent;
    expect(waiting).toMatch(/^Making the report/);
    // The export waits for the report's dialog: nothing is sent for it.
    main.querySelector<HTMLButtonElement>("#ev-save-export")?.click();
    expect(sent.filter((s) => s.command === "save_bundle")).toHaveLength(0);
    expect(main.querySelector("#ev-save-export")?.getAttribute("aria-disabled")).toBe("true");

    leaveAllScreens();
    answer("save_report", { done: true, incidents: 1, pages: 2, files: 0, pictures_left_out: false });
    await settle();
    expect(status?.textContent).toBe(waiting);
    expect(main.querySelector("#ev-report-error")?.textContent).toBe("");
  });
});
