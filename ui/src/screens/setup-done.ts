// What the person is told once, when setup has finished and the app opens for the first time:
// how to come back through the look they chose, and how to hide it fast. Kept apart from the DOM
// so it can be unit-tested.

import type { Look } from "../api";

export function setUpDoneMessage(look: Look): string {
  const comeBack =
    look === "notes"
      ? "type your PIN on a line of its own and press Enter"
      : "type your PIN on the calculator, then press =";
  return (
    `You're set up. To come back: ${comeBack}. ` +
    "To hide this fast: press Shift three times or use the Quick exit button."
  );
}
