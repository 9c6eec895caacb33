import { describe, expect, it } from "vitest";
import type { IncidentFields, SharedIncident } from "../src/api";
import {
  behavioursText,
  correctedText,
  filesText,
  occurredText,
  policeText,
  SHARED_EMPTY,
  SHARED_HEADING,
  SHARED_INCIDENTS_LEAD,
  SHARED_SCREENINGS_LEAD,
  sharedIncidentView,
} from "../src/screens/shared-records-logic";

/** An ISO instant for a local wall-clock time (the screen shows local time). */
function local(y: number, m: number, d: number, hh = 12, mm = 0): string {
  return new Date(y, m - 1, d, hh, mm).toISOString();
}

const FIELDS: IncidentFields = {
  occurred_at: local(2025, 7, 5, 14, 5),
  occurred_until: null,
  location: "Outside work",
  kind: "Calls",
  behaviours: ["Fixated", "Repeated"],
  description: "Called nine times between two and three.",
  perpetrator_appearance: "",
  vehicle: "",
  witnesses: "",
  impact_on_victim: "",
  impact_on_daily_life: "",
  police: { officer: "", crime_reference: "" },
  reported_to: "",
  attachments: [],
  links: [],
};

function incident(over: Partial<SharedIncident> = {}, fields: Partial<IncidentFields> = {}): SharedIncident {
  return {
    id: "i-1",
    first_recorded_at: local(2025, 7, 5, 15, 0),
    revision: 1,
    recorded_at: local(2025, 7, 5, 15, 0),
    fields: { ...FIELDS, ...fields },
    attachment_count: 0,
    files: [],
    ...over,
  };
}

describe("occurredText", () => {
  it("gives the local date and time", () => {
    expect(occurredText(FIELDS)).toBe("Sat 5 Jul 2025, 14:05");
  });

  it("gives only the end time for a span within one day, and the full end otherwise", () => {
    expect(occurredText({ occurred_at: local(2025, 7, 5, 14, 5), occurred_until: local(2025, 7, 5, 15, 30) })).toBe(
      "Sat 5 Jul 2025, 14:05 to 15:30",
    );
    expect(occurredText({ occurred_at: local(2025, 7, 5, 23, 0), occurred_until: local(2025, 7, 6, 1, 0) })).toBe(
      "Sat 5 Jul 2025, 23:00 to Sun 6 Jul 2025, 01:00",
    );
  });
});

describe("the small parts of a shared incident", () => {
  it("counts corrections, never for the first version", () => {
    expect(correctedText(1)).toBeNull();
    expect(correctedText(0)).toBeNull();
    expect(correctedText(2)).toBe("Corrected once");
    expect(correctedText(4)).toBe("Corrected 3 times");
  });

  it("says how many files stay on the person's computer", () => {
    expect(filesText(0)).toBeNull();
    expect(filesText(1)).toBe("1 file kept on their computer");
    expect(filesText(3)).toBe("3 files kept on their computer");
  });

  it("says which files the person shows and how many stay with them", () => {
    expect(filesText(1, 1)).toBe("1 file shown to you");
    expect(filesText(3, 1)).toBe("1 file shown to you; 2 more kept on their computer");
    expect(filesText(2, 2)).toBe("2 files shown to you");
  });

  it("gives the police details only when written down", () => {
    expect(policeText({ officer: "", crime_reference: "  " })).toBeNull();
    expect(policeText({ officer: "", crime_reference: " 42/1234/25 " })).toBe("Crime reference: 42/1234/25");
    expect(policeText({ officer: "PC Lee", crime_reference: "42/1234/25" })).toBe(
      "Crime reference: 42/1234/25 · Officer: PC Lee",
    );
    expect(policeText({ officer: "PC Lee", crime_reference: "" })).toBe("Officer: PC Lee");
  });

  it("lists the behaviours ticked", () => {
    expect(behavioursText([])).toBeNull();
    expect(behavioursText(["Unwanted", "Repeated"])).toBe("Unwanted, Repeated");
  });
});

describe("sharedIncidentView", () => {
  it("shows an original entry with no files", () => {
    const v = sharedIncidentView(incident());
    expect(v.kind).toBe("Phone calls");
    expect(v.when).toBe("Sat 5 Jul 2025, 14:05");
    expect(v.summary).toBe("Phone calls · Sat 5 Jul 2025, 14:05");
    expect(v.location).toBe("Outside work");
    expect(v.description).toBe("Called nine times between two and three.");
    expect(v.behaviours).toBe("Fixated, Repeated");
    expect(v.police).toBeNull();
    expect(v.written).toBe("First written Sat 5 Jul 2025, 15:00");
    expect(v.corrected).toBeNull();
    expect(v.files).toBeNull();
    expect(v.more).toEqual([]);
  });

  it("says when it was corrected, and how many files are kept on the person's computer", () => {
    const v = sharedIncidentView(
      incident(
        { revision: 3, recorded_at: local(2025, 7, 8, 9, 15), attachment_count: 2 },
        { police: { officer: "", crime_reference: "42/1234/25" } },
      ),
    );
    expect(v.corrected).toBe("Corrected 2 times (last on Tue 8 Jul 2025, 09:15)");
    expect(v.files).toBe("2 files kept on their computer");
    expect(v.police).toBe("Crime reference: 42/1234/25");
    expect(v.written).toBe("First written Sat 5 Jul 2025, 15:00");
  });

  it("leaves out what was not filled in, and lists the rest of what was", () => {
    const v = sharedIncidentView(
      incident({}, { location: " ", description: "", behaviours: [], vehicle: "Blue van", impact_on_victim: "Scared" }),
    );
    expect(v.location).toBeNull();
    expect(v.description).toBeNull();
    expect(v.behaviours).toBeNull();
    expect(v.more).toEqual([
      ["Vehicle", "Blue van"],
      ["How it affected them", "Scared"],
    ]);
  });

  it("shows a kind by its code when this app does not know it", () => {
    const v = sharedIncidentView(incident({}, { kind: "Unknown" as IncidentFields["kind"] }));
    expect(v.kind).toBe("Unknown");
  });
});

describe("the shared section's words", () => {
  it("has the fixed heading and empty state", () => {
    expect(SHARED_HEADING).toBe("Shared by the person (read-only)");
    expect(SHARED_EMPTY).toBe("Nothing shared yet. The person chooses what you can see.");
  });

  it("never uses words that give away what the app is for", () => {
    const full = sharedIncidentView(
      incident(
        { revision: 2, attachment_count: 1 },
        {
          perpetrator_appearance: "a",
          vehicle: "b",
          witnesses: "c",
          impact_on_victim: "d",
          impact_on_daily_life: "e",
          reported_to: "f",
          police: { officer: "g", crime_reference: "h" },
        },
      ),
    );
    const texts = [
      SHARED_HEADING,
      SHARED_EMPTY,
      SHARED_INCIDENTS_LEAD,
      SHARED_SCREENINGS_LEAD,
      full.written,
      full.corrected ?? "",
      full.files ?? "",
      full.police ?? "",
      ...full.more.map(([label]) => label),
    ];
    for (const t of texts) expect(t).not.toMatch(/abuse|victim|domestic/i);
  });
});
