// Who an entry names and which condition it broke: the boxes in the entry form (loaded from the
// profiles and orders kept under People & orders) and the lines on an entry's page. A link whose
// person or condition has been removed since stays ticked, with the words it was written with.

import "./people-orders.css";
import { api, type CourtOrder, type HarmProfile, type IncidentLink } from "../api";
import { h } from "../dom";
import { orderTitle } from "./people-orders-logic";
import { t } from "../i18n";

export interface LinkPicker {
  el: HTMLElement;
  /** The links ticked now (labels are filled in by Rust). */
  links(): IncidentLink[];
  /** Ticks exactly these (a draft put back), whether or not the boxes have been drawn yet. */
  set(links: readonly IncidentLink[]): void;
}

const key = (l: Pick<IncidentLink, "kind" | "target">) => `${l.kind}:${l.target}`;

export function linkPicker(initial: readonly IncidentLink[], openPeople: () => void): LinkPicker {
  const el = h("div", { class: "incident-links", id: "incident-links" });
  const ticked = new Set(initial.map(key));
  const box = (link: IncidentLink, text: string) => {
    const id = `link-${link.kind}-${link.target}`;
    // Not read by readControls: the picker keeps what is ticked, and the draft carries it.
    const input = h("input", { type: "checkbox", id, name: id, "data-link": key(link), "data-not-drafted": true });
    input.checked = ticked.has(key(link));
    input.addEventListener("change", () => {
      if (input.checked) ticked.add(key(link));
      else ticked.delete(key(link));
    });
    return h("div", { class: "check" }, input, h("label", { for: id }, text));
  };
  const known = new Map<string, IncidentLink>(initial.map((l) => [key(l), l]));
  let lists: [HarmProfile[], CourtOrder[]] = [[], []];

  function draw(profiles: HarmProfile[], orders: CourtOrder[]): void {
    lists = [profiles, orders];
    const listed = new Set<string>();
    const people = profiles.map((p) => {
      const link: IncidentLink = { kind: "Person", target: p.id, label: p.fields.name };
      listed.add(key(link));
      known.set(key(link), link);
      return box(link, p.fields.name);
    });
    const orderSets = orders
      .filter((o) => o.fields.conditions.length > 0)
      .map((o) =>
        h(
          "fieldset",
          { class: "link-order" },
          h("legend", {}, orderTitle(o)),
          ...o.fields.conditions.map((c) => {
            const link: IncidentLink = { kind: "Breach", target: c.id, label: c.text };
            listed.add(key(link));
            known.set(key(link), link);
            return box(link, c.text);
          }),
        ),
      );
    // Ticked before, no longer listed: kept, with the words the entry was written with.
    const gone = [...known.values()].filter((l) => ticked.has(key(l)) && !listed.has(key(l)));
    const goneWho = gone
      .filter((l) => l.kind === "Person")
      .map((l) => box(l, t("incidents-link-gone", { label: l.label })));
    const goneBreach = gone
      .filter((l) => l.kind === "Breach")
      .map((l) => box(l, t("incidents-link-gone", { label: l.label })));
    const add = h(
      "button",
      { type: "button", class: "link-button", id: "incident-links-add" },
      t("incidents-link-add"),
    );
    add.addEventListener("click", openPeople);
    const nothing = people.length + goneWho.length === 0 && orderSets.length + goneBreach.length === 0;
    const parts: (HTMLElement | null)[] = [
      people.length + goneWho.length > 0
        ? h("fieldset", { class: "field" }, h("legend", {}, t("incidents-link-who")), ...people, ...goneWho)
        : null,
      orderSets.length + goneBreach.length > 0
        ? h(
            "fieldset",
            { class: "field" },
            h("legend", {}, t("incidents-link-breach")),
            ...orderSets,
            ...goneBreach,
          )
        : null,
      nothing
        ? h("p", { class: "hint" }, t("incidents-link-none"), add)
        : null,
    ];
    el.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  }

  draw([], []);
  Promise.all([api.harmProfiles(), api.courtOrders()])
    .then(([p, o]) => {
      draw(p, o);
    })
    .catch(() => undefined);

  return {
    el,
    set(links: readonly IncidentLink[]): void {
      ticked.clear();
      for (const l of links) {
        ticked.add(key(l));
        if (!known.has(key(l))) known.set(key(l), l);
      }
      draw(...lists);
    },
    links: () =>
      [...ticked]
        .map((k) => known.get(k))
        .filter((l): l is IncidentLink => l !== undefined)
        .map((l) => ({ kind: l.kind, target: l.target, label: l.label })),
  };
}

/** The lines on an entry's page: who it names, and each condition it is marked as breaching. */
export function linkRows(links: readonly IncidentLink[]): { who: string; breached: string[] } {
  return {
    who: links
      .filter((l) => l.kind === "Person")
      .map((l) => l.label)
      .join(t("incidents-list-separator")),
    breached: links.filter((l) => l.kind === "Breach").map((l) => l.label),
  };
}

/** Whether a value read back from a draft is a link. */
export function isLink(v: unknown): v is IncidentLink {
  if (typeof v !== "object" || v === null) return false;
  const l = v as Record<string, unknown>;
  return (l.kind === "Person" || l.kind === "Breach") && typeof l.target === "string" && typeof l.label === "string";
}
