import { describe, expect, it } from "vitest";
import { fileArrivalText, fileSendingText } from "../src/screens/file-sharing-logic";

const sharing = (shared: boolean, parts_sent: number, part_count: number) => ({
  attachment_id: "a",
  shared,
  parts_sent,
  part_count,
});

describe("how far a shared file has gone", () => {
  it("says nothing for a file that is not shown, and each stage for one that is", () => {
    expect(fileSendingText(sharing(false, 0, 3))).toBe("");
    expect(fileSendingText(sharing(true, 0, 3))).toBe("Waiting to be sent.");
    expect(fileSendingText(sharing(true, 2, 3))).toBe(
      "Sending: 2 of 3 parts sent. The rest goes the next time this app connects.",
    );
    expect(fileSendingText(sharing(true, 3, 3))).toBe("Sent to your advocate.");
  });

  it("tells the advocate a file is on its way until it is here whole", () => {
    expect(fileArrivalText(undefined)).toBe("On its way: not here yet.");
    expect(fileArrivalText({ sha256: "x", here: false, parts_here: 0, part_count: 3 })).toBe(
      "On its way: not here yet.",
    );
    expect(fileArrivalText({ sha256: "x", here: false, parts_here: 1, part_count: 3 })).toBe(
      "On its way: 1 of 3 parts here.",
    );
    expect(fileArrivalText({ sha256: "x", here: true, parts_here: 3, part_count: 3 })).toBe("");
  });
});
