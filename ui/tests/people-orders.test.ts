import { describe, expect, it } from "vitest";
import type { CourtOrder, OrderReminder } from "../src/api";
import { ORDER_KINDS, orderKindLabel, orderTitle, reminderText } from "../src/screens/people-orders-logic";

const order = (reference: string): Pick<CourtOrder, "fields"> => ({
  fields: {
    kind: "NonMolestationOrder",
    profile_id: null,
    made_by: "",
    reference,
    made_on: null,
    expires_on: null,
    conditions: [],
    note: "",
  },
});

describe("orders", () => {
  it("are named as Rust names them in entries", () => {
    expect(orderTitle(order(" FD1 "))).toBe("Non-molestation order, FD1");
    expect(orderTitle(order(""))).toBe("Non-molestation order");
    expect(ORDER_KINDS).toContain("StalkingProtectionOrder");
    expect(orderKindLabel("BailConditions")).toBe("Bail conditions");
  });

  it("are reminded before and just after they end, in plain words", () => {
    const r = (days_left: number): OrderReminder => ({
      order_id: "o",
      title: "Stalking Protection Order, SPO/7",
      expires_on: "2026-12-20",
      days_left,
    });
    expect(reminderText(r(14))).toBe(
      "Stalking Protection Order, SPO/7 ends in 14 days, on Sun 20 Dec 2026. If you need it to go on, talk to your advocate or solicitor now.",
    );
    expect(reminderText(r(1))).toMatch(/ends tomorrow/);
    expect(reminderText(r(0))).toMatch(/ends today/);
    expect(reminderText(r(-3))).toMatch(/^Stalking Protection Order, SPO\/7 ended on Sun 20 Dec 2026\. If it was renewed/);
  });
});
