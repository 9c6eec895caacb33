// @vitest-environment happy-dom
// The ticks on an opened entry that show its files: whom they go to, in words. A file ticked
// while the incident log is shared with several people goes to each of them, and the words say
// so (never only "my advocate").

import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const { invoke } = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/api/core", () => ({ invoke }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn(() => Promise.resolve(() => undefined)) }));

import { h } from "../src/dom";
import { useLanguage } from "../src/i18n";
import { offerFileSharing } from "../src/screens/file-sharing";

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

const SENT = { attachment_id: "a", shared: true, parts_sent: 3, part_count: 3, reached: 2 };

beforeAll(async () => {
  await useLanguage("en-GB");
});

let list: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  list = h("ul", {}, h("li", { "data-attachment-id": "a" }, h("span", { class: "file-name" }, "doorstep.jpg")));
  document.body.append(h("div", {}, list));
});

async function offered(seeing: number): Promise<void> {
  invoke.mockImplementation((command: string) =>
    command === "entry_file_sharing"
      ? Promise.resolve({ offered: true, seeing, files: [SENT] })
      : Promise.reject(new Error(command)),
  );
  offerFileSharing("incident-1", list);
  await settle();
}

describe("whom an entry's files go to", () => {
  it("says each of the people the log is shared with, when there are several", async () => {
    await offered(2);
    const hint = document.querySelector(".file-sharing-hint")?.textContent ?? "";
    expect(hint).toContain("The people you share your incident log with see this entry.");
    expect(hint).toContain("a file you tick is shown to each of them");
    expect(document.querySelector("label")?.textContent).toBe("Show to the people I share with: doorstep.jpg");
    expect(document.querySelector(".file-sending")?.textContent).toBe(
      "Sent. Each of them gets it when their app next connects.",
    );
    expect(document.body.textContent).not.toContain("advocate");
  });

  it("says my advocate when the log is shared with one person", async () => {
    await offered(1);
    expect(document.querySelector(".file-sharing-hint")?.textContent).toMatch(/^Your advocate sees this entry\./);
    expect(document.querySelector("label")?.textContent).toBe("Show to my advocate: doorstep.jpg");
  });
});
