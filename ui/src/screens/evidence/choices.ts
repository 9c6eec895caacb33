// "What goes in": the period and its entries, the name on the report, whether photos are drawn
// in, and the records that go in only when ticked. What is chosen is kept as a draft until a
// report or export is made from it: choosing entries one by one out of a long log is work too.

import type { EvidenceRequest } from "../../api";
import { field, h } from "../../dom";
import { attachDraft, fillControls, readControls, type DraftHandle } from "../../drafts";
import { language, LANGUAGES, t } from "../../i18n";
import { buildRequest, choicesProblem, type EvidenceChoices } from "../evidence-logic";
import { checkbox } from "./controls";
import { entriesView } from "./entries";
import { extrasView } from "./extras";

/** The draft of the report's choices (period, entries left out, name, plan items and contacts). */
const REPORT_DRAFT = "report";

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

export interface Choices {
  section: HTMLElement;
  /** Fills in a kept draft and loads the lists; call once the section is on the page. */
  start(): void;
  /** A report or export was made from what is chosen: no draft of it is kept. */
  used(): void;
  /** The request for what is chosen now, or null after showing the problem in `error`. */
  request(error: HTMLElement): EvidenceRequest | null;
}

export function choicesView(ctx: { signal: AbortSignal }): Choices {
  const period = entriesView(ctx);
  const name = field(t("evidence-name-label"), "ev-name", {
    hint: t("evidence-name-hint"),
  });
  const embed = checkbox("ev-embed", t("evidence-embed-label"), {
    "aria-describedby": "ev-embed-hint",
  });
  embed.input.checked = true;
  const extras = extrasView(ctx);
  const reportLanguage = languageChoice();
  const draftNote = h("div", { class: "draft-note-host" });

  const section = h(
    "section",
    { class: "panel ev-panel", "aria-labelledby": "ev-choose-title" },
    h("h2", { id: "ev-choose-title" }, t("evidence-what-goes-in")),
    draftNote,
    period.periodForm,
    period.entries,
    name.wrap,
    reportLanguage?.el ?? null,
    h("div", { class: "field ev-embed" },
      embed.wrap,
      h("p", { class: "hint", id: "ev-embed-hint" }, t("evidence-embed-hint")),
    ),
    extras.details,
  );

  const chosen = () => {
    const ticked = extras.chosen();
    return {
      controls: readControls(period.periodForm),
      extra: {
        name: name.control.value,
        embed: embed.input.checked,
        unticked: period.untickedIds(),
        plan: ticked.plan.sort(),
        contacts: ticked.contacts.sort(),
        screenings: ticked.screenings.sort(),
        profiles: ticked.profiles.sort(),
        orders: ticked.orders.sort(),
      },
    };
  };
  const nothingChosen = JSON.stringify(chosen());
  let draft: DraftHandle | null = null;

  function state(): EvidenceChoices {
    const ticked = extras.chosen();
    return {
      ...period.state(),
      name: name.control.value,
      embedImages: embed.input.checked,
      planItemIds: ticked.plan,
      contactIds: ticked.contacts,
      screeningIds: ticked.screenings,
      profileIds: ticked.profiles,
      orderIds: ticked.orders,
    };
  }

  return {
    section,
    start() {
      draft = attachDraft(
        section,
        {
          key: REPORT_DRAFT,
          label: () => t("evidence-draft-label"),
          read: () => {
            const now = chosen();
            return JSON.stringify(now) === nothingChosen ? null : now;
          },
          fill: (content) => {
            fillControls(period.periodForm, content.controls);
            const extra = content.extra ?? {};
            if (typeof extra.name === "string") name.control.value = extra.name;
            if (typeof extra.embed === "boolean") embed.input.checked = extra.embed;
            period.setUnticked(strings(extra.unticked));
            extras.tick({
              plan: strings(extra.plan),
              contacts: strings(extra.contacts),
              screenings: strings(extra.screenings),
              profiles: strings(extra.profiles),
              orders: strings(extra.orders),
            });
          },
          clear: () => {
            period.periodForm.reset();
            name.control.value = "";
            embed.input.checked = true;
            period.setUnticked([]);
            extras.tick({ plan: [], contacts: [], screenings: [], profiles: [], orders: [] });
            period.load();
          },
          saveHint: t("evidence-draft-save-hint"),
        },
        draftNote,
      );
      period.load();
      extras.load();
    },
    used() {
      draft?.done();
    },
    request(error) {
      const now = state();
      const problem = choicesProblem(now);
      if (problem) {
        error.textContent = problem.message;
        period.focus(problem.at);
        return null;
      }
      return { ...buildRequest(now), languages: reportLanguage?.languages() ?? [] };
    },
  };
}

/**
 * The report's language, when the app is not in English: the person's own, English (a court in
 * England and Wales needs it, and police read it), or both, English first. Both is chosen to
 * start with, so neither the person nor the police are left with words they cannot read.
 */
function languageChoice(): { el: HTMLElement; languages(): string[] } | null {
  const own = language();
  if (own === "en-GB") return null;
  const name = LANGUAGES.find((l) => l.code === own)?.name ?? own;
  const options: [string, string[], string][] = [
    ["both", ["en-GB", own], t("evidence-language-both", { language: name })],
    ["own", [own], t("evidence-language-own", { language: name })],
    ["english", ["en-GB"], t("evidence-language-english")],
  ];
  const el = h(
    "fieldset",
    { class: "field ev-language", "aria-describedby": "ev-language-hint" },
    h("legend", {}, t("evidence-language-label")),
    h("p", { class: "hint", id: "ev-language-hint" }, t("evidence-language-hint")),
    ...options.map(([value, , label], i) =>
      h(
        "div",
        { class: "radio" },
        h("input", { type: "radio", name: "ev-language", id: `ev-language-${value}`, value, checked: i === 0 }),
        h("label", { for: `ev-language-${value}` }, label),
      ),
    ),
  );
  return {
    el,
    languages() {
      const picked = el.querySelector<HTMLInputElement>('input[name="ev-language"]:checked')?.value;
      return options.find(([value]) => value === picked)?.[1] ?? options[0][1];
    },
  };
}
