import { describe, expect, it } from "vitest";
import { fileArrivalText, fileSendingText, justSent } from "../src/screens/file-sharing-logic";

const sharing = (shared: boolean, parts_sent: number, part_count: number, reached = 0) => ({
  attachment_id: "a",
  shared,
  parts_sent,
  part_count,
  reached,
});

describe("how far a shared file has gone", () => {
  it("says nothing for a file that is not shown, and each stage for one that is", () => {
    expect(fileSendingText(sharing(false, 0, 3))).toBe("");
    expect(fileSendingText(sharing(true, 0, 3))).toBe(
      "Not sent yet. It goes the next time this app sends and receives, or while you work together.",
    );
    expect(fileSendingText(sharing(true, 2, 3))).toBe(
      "2 of 3 parts sent. The rest goes the next time this app sends and receives, or while you work together.",
    );
    expect(fileSendingText(sharing(true, 3, 3))).toBe("Sent. Your advocate gets it when their app next connects.");
  });

  it("says a file went to some of the people who see the log, not that it was not sent", () => {
    // Sent whole to one of two; the other has none of it yet.
    expect(fileSendingText(sharing(true, 0, 3, 1), 2)).toMatch(
      /^Sent to 1 of the 2 people who see your incident log\. It goes to each of the others when you send and receive with them/,
    );
    expect(fileSendingText(sharing(true, 3, 3, 2), 2)).toBe("Sent. Each of them gets it when their app next connects.");
  });

  it("tells when a file has just finished going", () => {
    expect(justSent(sharing(true, 2, 3), sharing(true, 3, 3))).toBe(true);
    expect(justSent(undefined, sharing(true, 3, 3))).toBe(false);
    expect(justSent(sharing(true, 3, 3), sharing(true, 3, 3))).toBe(false);
    expect(justSent(sharing(false, 0, 3), sharing(true, 3, 3))).toBe(false);
  });

  it("tells the advocate a file is on its way until it is here whole", () => {
    const rest = "It arrives as the person's app sends it (Send and receive now, on Sharing, fetches what has come).";
    expect(fileArrivalText(undefined)).toBe(`On its way: not here yet. ${rest}`);
    expect(fileArrivalText({ sha256: "x", here: false, parts_here: 0, part_count: 3 })).toBe(
      `On its way: not here yet. ${rest}`,
    );
    expect(fileArrivalText({ sha256: "x", here: false, parts_here: 1, part_count: 3 })).toBe(
      `On its way: 1 of 3 parts here. ${rest}`,
    );
    expect(fileArrivalText({ sha256: "x", here: true, parts_here: 3, part_count: 3 })).toBe("");
  });
});
