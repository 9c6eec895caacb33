// What is said once when setup has finished: how to come back through the look chosen.

import { describe, expect, it } from "vitest";
import { setUpDoneMessage } from "../src/screens/setup-done";

describe("setUpDoneMessage", () => {
  it("on the calculator: the PIN, then =", () => {
    expect(setUpDoneMessage("calculator")).toBe(
      "You're set up. To come back: type your PIN on the calculator, then press =. " +
        "To hide this fast: press Shift three times or use the Quick exit button.",
    );
  });

  it("on the notes pad: the PIN on a line of its own, then Enter", () => {
    expect(setUpDoneMessage("notes")).toBe(
      "You're set up. To come back: type your PIN on a line of its own and press Enter. " +
        "To hide this fast: press Shift three times or use the Quick exit button.",
    );
  });
});
