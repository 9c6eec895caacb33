import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Checklist, SupportService } from "../src/api";
import { checklistInLanguage, serviceInLanguage } from "../src/builtins";
import { useLanguage } from "../src/i18n";

const seeded: Checklist = {
  id: "checklist:changing-routines",
  title: "Changing routines",
  warning: null,
  builtin: true,
  items: [
    { id: "checklist:changing-routines:01", checklist_id: "checklist:changing-routines", text: "Vary the routes I take to regular places", done_at: null, recurrence: "Weekly", position: 1 },
    { id: "checklist:changing-routines:02", checklist_id: "checklist:changing-routines", text: "Vary the times I leave, my own words", done_at: null, recurrence: "Weekly", position: 2 },
  ],
};

const service: SupportService = {
  id: "gb-999",
  fields: { name: "Emergency services", phone: "999", description: "Police, ambulance or fire when someone is in danger now.", hours: "24 hours", region: "GB" },
  builtin: true,
  hidden: false,
  position: 1,
  edited: false,
} as SupportService;

beforeAll(() => {
  (globalThis as { document?: unknown }).document = { documentElement: { lang: "", dir: "" } };
});
afterAll(async () => {
  await useLanguage("en-GB");
  delete (globalThis as { document?: unknown }).document;
});

describe("what a vault was seeded with", () => {
  it("is shown as it is in English", () => {
    expect(checklistInLanguage(seeded)).toEqual(seeded);
    expect(serviceInLanguage(service)).toEqual(service);
  });

  it("is shown in the language in use while unchanged; the person's own words stay theirs", async () => {
    await useLanguage("cy");
    const shown = checklistInLanguage(seeded);
    expect(shown.title).not.toBe("Changing routines");
    expect(shown.items[0]?.text).not.toBe("Vary the routes I take to regular places");
    expect(shown.items[1]?.text).toBe("Vary the times I leave, my own words");
    expect(serviceInLanguage(service).fields.name).not.toBe("Emergency services");
    expect(serviceInLanguage(service).fields.phone).toBe("999");
    // A list or service the app did not seed is never touched.
    const own = { ...seeded, id: "c-own", builtin: false };
    expect(checklistInLanguage(own)).toEqual(own);
    const changed = { ...service, fields: { ...service.fields, name: "Emergency (my note)" } };
    expect(serviceInLanguage(changed).fields.name).toBe("Emergency (my note)");
  });
});
