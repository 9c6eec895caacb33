// What the person is told once, when setup has finished and the app opens for the first time:
// how to come back through the look they chose, and how to hide it fast. Kept apart from the DOM
// so it can be unit-tested.

import type { Look } from "../api";
import { t } from "../i18n";

export function setUpDoneMessage(look: Look): string {
  return look === "notes" ? t("setup-done-notes") : t("setup-done-calculator");
}
