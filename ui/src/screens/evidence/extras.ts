// Plan items, contacts, risk screenings, people and court orders: all unticked, in a closed
// section, each one put in the report only when ticked on purpose.

import { api, errorMessage, type Contact, type CourtOrder, type HarmProfile, type PlanView, type RiskScreening } from "../../api";
import { formatDay, formatTime } from "../../dates";
import { h } from "../../dom";
import { t } from "../../i18n";
import { sectionTitle } from "../../plan-words";
import { orderTitle } from "../people-orders-logic";
import { instrumentName, levelLabel, yesOfText } from "../risk-logic";
import { checkbox } from "./controls";

/** The kinds of record that go in only when ticked one by one. */
export type ExtraKind = "plan" | "contacts" | "screenings" | "profiles" | "orders";

export interface Extras {
  details: HTMLDetailsElement;
  /** Ticks these once they are shown (choices carried on from a draft), and only these. */
  tick(ids: Record<ExtraKind, string[]>): void;
  /** Lists what can be ticked. */
  load(): void;
  /** The ids ticked now, in the order shown. */
  chosen(): Record<ExtraKind, string[]>;
}

export function extrasView(ctx: { signal: AbortSignal }): Extras {
  const chosenNote = h("span", { class: "ev-extras-count", id: "ev-extras-count" }, ` ${t("evidence-extras-ticked", { count: 0 })}`);
  const body = h("div", { class: "ev-extras-body" });
  const error = h("p", { class: "form-error", role: "alert", id: "ev-extras-error" });
  const details = h(
    "details",
    { class: "ev-extras", id: "ev-extras" },
    h("summary", {}, t("evidence-extras-summary"), chosenNote),
    h("p", {}, t("evidence-extras-never-unless-ticked")),
    h("p", { class: "hint" }, t("evidence-extras-contact-hint")),
    h("p", { class: "hint" }, t("evidence-extras-person-hint")),
    error,
    body,
  );
  details.addEventListener("change", () => {
    const n = details.querySelectorAll("input[type=checkbox]:checked").length;
    chosenNote.textContent = ` ${t("evidence-extras-ticked", { count: n })}`;
  });

  const ticked = (prefix: string) =>
    [...body.querySelectorAll<HTMLInputElement>(`input[data-${prefix}-id]:checked`)].map(
      (input) => input.getAttribute(`data-${prefix}-id`) ?? "",
    );

  function fill(
    plan: PlanView,
    contacts: Contact[],
    screenings: RiskScreening[],
    profiles: HarmProfile[],
    orders: CourtOrder[],
  ): void {
    const groups: HTMLElement[] = [];
    for (const section of plan.sections) {
      if (section.items.length === 0) continue;
      groups.push(
        h("fieldset", { class: "ev-group" },
          h("legend", {}, sectionTitle(section.section)),
          ...section.items.map((item) =>
            checkbox(`ev-plan-${item.id}`, item.text, { "data-plan-item-id": item.id }).wrap),
        ),
      );
    }
    if (contacts.length > 0) {
      groups.push(
        h("fieldset", { class: "ev-group" },
          h("legend", {}, t("evidence-group-contacts")),
          ...contacts.map((c) => {
            const { name, relationship } = c.fields;
            const label = relationship.trim() ? `${name} (${relationship.trim()})` : name;
            return checkbox(`ev-contact-${c.id}`, label, { "data-contact-id": c.id }).wrap;
          }),
        ),
      );
    }
    if (screenings.length > 0) {
      groups.push(
        h("fieldset", { class: "ev-group" },
          h("legend", {}, t("evidence-group-screenings")),
          ...screenings.map((s) => checkbox(`ev-screening-${s.id}`, screeningLabel(s), { "data-screening-id": s.id }).wrap),
        ),
      );
    }
    if (profiles.length > 0) {
      groups.push(
        h("fieldset", { class: "ev-group" },
          h("legend", {}, t("evidence-group-people")),
          ...profiles.map((p) => checkbox(`ev-profile-${p.id}`, p.fields.name, { "data-profile-id": p.id }).wrap),
        ),
      );
    }
    if (orders.length > 0) {
      groups.push(
        h("fieldset", { class: "ev-group" },
          h("legend", {}, t("evidence-group-orders")),
          ...orders.map((o) => checkbox(`ev-order-${o.id}`, orderTitle(o), { "data-order-id": o.id }).wrap),
        ),
      );
    }
    body.replaceChildren(
      ...(groups.length > 0
        ? groups
        : [h("p", { class: "empty" }, t("evidence-extras-empty"))]),
    );
  }

  let wanted: Record<ExtraKind, Set<string>> | null = null;
  function tickWanted(): void {
    if (!wanted) return;
    for (const input of body.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) {
      const plan = input.getAttribute("data-plan-item-id");
      const contact = input.getAttribute("data-contact-id");
      const screening = input.getAttribute("data-screening-id");
      const profile = input.getAttribute("data-profile-id");
      const order = input.getAttribute("data-order-id");
      input.checked =
        (plan !== null && wanted.plan.has(plan)) ||
        (contact !== null && wanted.contacts.has(contact)) ||
        (screening !== null && wanted.screenings.has(screening)) ||
        (profile !== null && wanted.profiles.has(profile)) ||
        (order !== null && wanted.orders.has(order));
    }
    if (Object.values(wanted).some((set) => set.size > 0)) details.open = true;
    details.dispatchEvent(new Event("change"));
  }

  return {
    details,
    tick(ids) {
      wanted = {
        plan: new Set(ids.plan),
        contacts: new Set(ids.contacts),
        screenings: new Set(ids.screenings),
        profiles: new Set(ids.profiles),
        orders: new Set(ids.orders),
      };
      tickWanted();
    },
    load() {
      Promise.all([api.getPlan(), api.listContacts(), api.listRiskScreenings(), api.harmProfiles(), api.courtOrders()])
        .then(([plan, contacts, screenings, profiles, orders]) => {
          if (ctx.signal.aborted) return;
          fill(plan, contacts, screenings, profiles, orders);
          tickWanted();
        })
        .catch((e: unknown) => {
          if (ctx.signal.aborted) return;
          error.textContent = errorMessage(e, t("evidence-extras-error"));
        });
    },
    chosen: () => ({
      plan: ticked("plan-item"),
      contacts: ticked("contact"),
      screenings: ticked("screening"),
      profiles: ticked("profile"),
      orders: ticked("order"),
    }),
  };
}

/** A screening as the person would know it: which one, when, its level, and who completed it. */
function screeningLabel(s: RiskScreening): string {
  const words = {
    name: instrumentName(s.instrument),
    date: formatDay(s.completed_on),
    time: formatTime(s.taken_at),
    level: levelLabel(s.level, s.instrument),
    yes: yesOfText(s),
  };
  return s.instrument === "Earlier"
    ? t("evidence-screening-label", words)
    : s.sign_off.completed_by === "Alone"
      ? t("evidence-screening-label-alone", words)
      : s.sign_off.advocate
        ? t("evidence-screening-label-with", { ...words, advocate: s.sign_off.advocate })
        : t("evidence-screening-label-with-an-advocate", words);
}
