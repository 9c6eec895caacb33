// Report and export: the person picks incidents (by period, then one by one), and saves a PDF for
// the police or a court, or a machine-readable export for a caseworker or solicitor, plain or
// locked. Plan items and contacts go in only when ticked one by one. Files are written by Rust
// through the computer's own save dialog; this page never holds a file, a path or a download link.

import "./evidence.css";
import {
  api,
  isApiError,
  type Contact,
  type EvidenceRequest,
  type ExportDone,
  type Incident,
  type PlanView,
  type RiskScreening,
  type HarmProfile,
  type CourtOrder,
} from "../api";
import { formatDay, formatTime } from "../dates";
import { field, h } from "../dom";
import { attachDraft, fillControls, readControls, type DraftHandle } from "../drafts";
import { t } from "../i18n";
import { sectionTitle } from "../plan-words";
import { kindLabel } from "../labels";
import { instrumentName, levelLabel, yesOfText } from "./risk-logic";
import { orderTitle } from "./people-orders-logic";
import {
  MIN_PASSPHRASE_CHARS,
  buildRequest,
  choicesProblem,
  chosenCountText,
  exportResultText,
  formatHappened,
  normaliseDate,
  openPassphraseProblem,
  openResultText,
  passphraseProblem,
  periodProblem,
  reportResultText,
  shorten,
  tickedAfterLoad,
  type Problem,
} from "./evidence-logic";

const messageOf = (e: unknown, fallback: string) => (isApiError(e) ? e.message : fallback);

/** A checkbox with its label beside it; `label` may be rich (it is all inside the <label>). */
function checkbox(id: string, label: Node | string, attrs: Record<string, string> = {}) {
  const input = h("input", { type: "checkbox", id, ...attrs });
  return { input, wrap: h("div", { class: "check" }, input, h("label", { for: id }, label)) };
}

/** A status line and an alert for one action, kept apart so each is announced where it belongs. */
function messages(prefix: string) {
  return {
    status: h("p", { class: "status", role: "status", id: `${prefix}-status` }),
    error: h("p", { class: "form-error", role: "alert", id: `${prefix}-error` }),
  };
}

/** The draft of the report's choices (period, entries left out, name, plan items and contacts). */
const REPORT_DRAFT = "report";

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

export function showEvidence(main: HTMLElement): void {
  // One export at a time: each opens the computer's own dialog.
  let busy = false;
  const actionButtons: HTMLButtonElement[] = [];

  const choices = choicesSection();
  const report = reportSection();
  const bundle = bundleSection();
  const opener = openSection();

  main.replaceChildren(
    h("div", { class: "evidence" },
      h("h1", { tabindex: "-1" }, t("evidence-title")),
      h("p", { class: "lead" }, t("evidence-lead")),
      h(
        "div",
        { class: "warning ev-warning", role: "note", id: "ev-warning" },
        h("p", {}, h("strong", {}, `${t("evidence-warning-title")} `), t("evidence-warning-other-side")),
        h("p", {}, t("evidence-warning-never-included")),
      ),
      choices.section,
      report,
      bundle,
      opener,
    ),
  );
  main.querySelector<HTMLElement>("h1")?.focus();
  choices.start();

  /**
   * Runs one action that ends in a save dialog. The button keeps focus (aria-disabled rather than
   * disabled, which would drop keyboard focus) and says what is happening; nothing chosen is lost.
   */
  function run(
    button: HTMLButtonElement,
    busyText: string,
    msg: { status: HTMLElement; error: HTMLElement },
    waiting: string,
    call: () => Promise<string>,
    fallback: string,
  ): void {
    if (busy) return;
    busy = true;
    const label = button.textContent ?? "";
    button.textContent = busyText;
    for (const b of actionButtons) b.setAttribute("aria-disabled", "true");
    msg.status.textContent = waiting;
    call()
      .then((text) => {
        msg.status.textContent = text;
      })
      .catch((e: unknown) => {
        msg.status.textContent = "";
        msg.error.textContent = messageOf(e, fallback);
      })
      .finally(() => {
        busy = false;
        button.textContent = label;
        for (const b of actionButtons) b.removeAttribute("aria-disabled");
      });
  }

  /** The request for what is chosen now, or null after showing the problem beside `error`. */
  function readyRequest(error: HTMLElement): EvidenceRequest | null {
    const state = choices.state();
    const problem = choicesProblem(state);
    if (problem) {
      error.textContent = problem.message;
      choices.focus(problem);
      return null;
    }
    return buildRequest(state);
  }

  // ---- What goes in: period, entries, name, photos, plan items and contacts ----

  function choicesSection() {
    let listed: Incident[] = [];
    const ticked = new Set<string>();
    // Remembered across period changes, so widening the period does not re-tick them.
    const unticked = new Set<string>();
    let shown: { from: string | null; until: string | null } | null = null;
    // Only the latest list load may fill the list.
    let loadCount = 0;

    const from = field(t("evidence-from"), "ev-from", { type: "date" });
    const until = field(t("evidence-until"), "ev-until", { type: "date" });
    const fromInput = from.control as HTMLInputElement;
    const untilInput = until.control as HTMLInputElement;
    const show = h("button", { type: "submit", id: "ev-show" }, t("evidence-show-entries"));
    const periodError = h("p", { class: "form-error", role: "alert", id: "ev-period-error" });
    const periodForm = h(
      "form",
      { class: "ev-period", "aria-labelledby": "ev-period-title", novalidate: true },
      h("h3", { id: "ev-period-title" }, t("evidence-period")),
      h("p", { class: "hint", id: "ev-period-hint" }, t("evidence-period-hint")),
      h("div", { class: "ev-dates" }, from.wrap, until.wrap, h("div", { class: "ev-show" }, show)),
      periodError,
    );
    for (const input of [fromInput, untilInput]) input.setAttribute("aria-describedby", "ev-period-hint");

    const count = h("p", { class: "status ev-count", role: "status", id: "ev-count" });
    const all = h("button", { type: "button", class: "small", id: "ev-choose-all" }, t("evidence-choose-all"));
    const none = h("button", { type: "button", class: "small", id: "ev-choose-none" }, t("evidence-choose-none"));
    const list = h("ul", { class: "ev-list", id: "ev-list", "aria-labelledby": "ev-entries-title" });
    const entries = h(
      "div",
      { class: "ev-entries" },
      h("h3", { id: "ev-entries-title" }, t("evidence-entries")),
      h("div", { class: "ev-entries-bar" }, count, h("div", { class: "ev-bulk" }, all, none)),
      list,
    );

    const name = field(t("evidence-name-label"), "ev-name", {
      hint: t("evidence-name-hint"),
    });
    const embed = checkbox("ev-embed", t("evidence-embed-label"), {
      "aria-describedby": "ev-embed-hint",
    });
    embed.input.checked = true;
    const extras = extrasSection();

    const section = h(
      "section",
      { class: "panel ev-panel", "aria-labelledby": "ev-choose-title" },
      h("h2", { id: "ev-choose-title" }, t("evidence-what-goes-in")),
      periodForm,
      entries,
      name.wrap,
      h("div", { class: "field ev-embed" },
        embed.wrap,
        h("p", { class: "hint", id: "ev-embed-hint" }, t("evidence-embed-hint")),
      ),
      extras.details,
    );

    periodForm.addEventListener("submit", (e) => {
      e.preventDefault();
      const problem = periodProblem(fromInput.value, untilInput.value);
      if (problem) (problem.at === "from" ? fromInput : untilInput).focus();
      load();
    });
    // A finished date (or a cleared one) updates the list at once.
    for (const input of [fromInput, untilInput]) input.addEventListener("change", () => load());

    function load(): void {
      periodError.textContent = "";
      const problem = periodProblem(fromInput.value, untilInput.value);
      if (problem) {
        periodError.textContent = problem.message;
        return;
      }
      const period = { from: normaliseDate(fromInput.value), until: normaliseDate(untilInput.value) };
      const mine = ++loadCount;
      list.setAttribute("aria-busy", "true");
      api
        .incidentsBetween(period.from, period.until)
        .then((incidents) => {
          if (mine !== loadCount || !list.isConnected) return;
          listed = incidents;
          shown = period;
          const keep = tickedAfterLoad(incidents.map((i) => i.id), unticked);
          ticked.clear();
          for (const id of keep) ticked.add(id);
          render();
        })
        .catch((e: unknown) => {
          if (mine !== loadCount) return;
          periodError.textContent = messageOf(e, t("evidence-entries-error"));
        })
        .finally(() => {
          if (mine === loadCount) list.removeAttribute("aria-busy");
        });
    }

    function render(): void {
      if (listed.length === 0) {
        list.replaceChildren(h("li", { class: "empty" }, t("evidence-no-entries")));
      } else {
        list.replaceChildren(...listed.map(row));
      }
      all.hidden = none.hidden = listed.length === 0;
      updateCount();
    }

    function row(incident: Incident): HTMLElement {
      const f = incident.current.fields;
      const files = f.attachments.length;
      const preview = shorten(f.description);
      const box = checkbox(
        `ev-incident-${incident.id}`,
        h("span", { class: "ev-row" },
          h("span", { class: "ev-row-head" },
            h("span", { class: "ev-when" }, formatHappened(f.occurred_at, f.occurred_until)),
            ` · ${kindLabel(f.kind)}`,
            files > 0 ? h("span", { class: "muted" }, ` · ${t("evidence-row-files", { count: files })}`) : null),
          // A space between the two lines, so a screen reader does not run them together.
          " ",
          h("span", { class: "ev-preview" }, preview || t("evidence-row-nothing-written")),
        ),
        { "data-incident-id": incident.id },
      );
      box.input.checked = ticked.has(incident.id);
      box.input.addEventListener("change", () => {
        setTicked(incident.id, box.input.checked);
        updateCount();
      });
      return h("li", {}, box.wrap);
    }

    function setTicked(id: string, on: boolean): void {
      if (on) {
        ticked.add(id);
        unticked.delete(id);
      } else {
        ticked.delete(id);
        unticked.add(id);
      }
    }

    function setAll(on: boolean): void {
      for (const i of listed) setTicked(i.id, on);
      for (const input of list.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) input.checked = on;
      updateCount();
    }
    all.addEventListener("click", () => setAll(true));
    none.addEventListener("click", () => setAll(false));

    function updateCount(): void {
      count.textContent = listed.length === 0 ? "" : chosenCountText(ticked.size, listed.length);
    }

    // What is chosen is kept as a draft until a report or export is made from it: choosing
    // entries one by one out of a long log is work too.
    const draftNote = h("div", { class: "draft-note-host" });
    section.insertBefore(draftNote, periodForm);
    const chosen = () => ({
      controls: readControls(periodForm),
      extra: {
        name: name.control.value,
        embed: embed.input.checked,
        unticked: [...unticked].sort(),
        plan: extras.planItemIds().sort(),
        contacts: extras.contactIds().sort(),
        screenings: extras.screeningIds().sort(),
        profiles: extras.profileIds().sort(),
        orders: extras.orderIds().sort(),
      },
    });
    const nothingChosen = JSON.stringify(chosen());
    let draft: DraftHandle | null = null;

    return {
      section,
      start(): void {
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
              fillControls(periodForm, content.controls);
              const extra = content.extra ?? {};
              if (typeof extra.name === "string") name.control.value = extra.name;
              if (typeof extra.embed === "boolean") embed.input.checked = extra.embed;
              unticked.clear();
              for (const id of strings(extra.unticked)) unticked.add(id);
              extras.tick({
                plan: strings(extra.plan),
                contacts: strings(extra.contacts),
                screenings: strings(extra.screenings),
                profiles: strings(extra.profiles),
                orders: strings(extra.orders),
              });
            },
            clear: () => {
              periodForm.reset();
              name.control.value = "";
              embed.input.checked = true;
              unticked.clear();
              extras.tick({ plan: [], contacts: [], screenings: [], profiles: [], orders: [] });
              load();
            },
            saveHint: t("evidence-draft-save-hint"),
          },
          draftNote,
        );
        load();
        extras.load();
      },
      /** A report or export was made from what is chosen: no draft of it is kept. */
      used(): void {
        draft?.done();
      },
      state() {
        return {
          from: fromInput.value,
          until: untilInput.value,
          shown,
          listedCount: listed.length,
          // In list order (oldest first); Rust sorts anyway.
          incidentIds: listed.filter((i) => ticked.has(i.id)).map((i) => i.id),
          name: name.control.value,
          embedImages: embed.input.checked,
          planItemIds: extras.planItemIds(),
          contactIds: extras.contactIds(),
          screeningIds: extras.screeningIds(),
          profileIds: extras.profileIds(),
          orderIds: extras.orderIds(),
        };
      },
      /** Puts keyboard focus on the control a problem is about. */
      focus(problem: Problem): void {
        const target =
          problem.at === "from"
            ? fromInput
            : problem.at === "until"
              ? untilInput
              : problem.at === "entries"
                ? (list.querySelector<HTMLElement>("input[type=checkbox]") ?? fromInput)
                : show;
        target.focus();
      },
    };
  }

  /** Plan items, contacts and risk screenings: all unticked, in a closed section, each one chosen on purpose. */
  function extrasSection() {
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
            ...screenings.map((s) => {
              const words = {
                name: instrumentName(s.instrument),
                date: formatDay(s.completed_on),
                time: formatTime(s.taken_at),
                level: levelLabel(s.level, s.instrument),
                yes: yesOfText(s),
              };
              const label =
                s.instrument === "Earlier"
                  ? t("evidence-screening-label", words)
                  : s.sign_off.completed_by === "Alone"
                    ? t("evidence-screening-label-alone", words)
                    : s.sign_off.advocate
                      ? t("evidence-screening-label-with", { ...words, advocate: s.sign_off.advocate })
                      : t("evidence-screening-label-with-an-advocate", words);
              return checkbox(`ev-screening-${s.id}`, label, { "data-screening-id": s.id }).wrap;
            }),
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

    /** Plan items and contacts to tick once they are shown (choices carried on from a draft). */
    type Wanted = Record<"plan" | "contacts" | "screenings" | "profiles" | "orders", Set<string>>;
    let wanted: Wanted | null = null;
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
      tick(ids: Record<keyof Wanted, string[]>): void {
        wanted = {
          plan: new Set(ids.plan),
          contacts: new Set(ids.contacts),
          screenings: new Set(ids.screenings),
          profiles: new Set(ids.profiles),
          orders: new Set(ids.orders),
        };
        tickWanted();
      },
      load(): void {
        Promise.all([api.getPlan(), api.listContacts(), api.listRiskScreenings(), api.harmProfiles(), api.courtOrders()])
          .then(([plan, contacts, screenings, profiles, orders]) => {
            if (!details.isConnected) return;
            fill(plan, contacts, screenings, profiles, orders);
            tickWanted();
          })
          .catch((e: unknown) => {
            error.textContent = messageOf(e, t("evidence-extras-error"));
          });
      },
      planItemIds: () => ticked("plan-item"),
      contactIds: () => ticked("contact"),
      screeningIds: () => ticked("screening"),
      profileIds: () => ticked("profile"),
      orderIds: () => ticked("order"),
    };
  }

  // ---- The PDF report ----

  function reportSection(): HTMLElement {
    const msg = messages("ev-report");
    const save = h("button", { type: "button", class: "primary", id: "ev-save-report" }, t("evidence-save-report"));
    actionButtons.push(save);
    save.addEventListener("click", () => {
      // A second press while saving changes nothing (the button only looks disabled).
      if (busy) return;
      msg.error.textContent = "";
      msg.status.textContent = "";
      const request = readyRequest(msg.error);
      if (!request) return;
      run(
        save,
        t("evidence-saving"),
        msg,
        t("evidence-report-making"),
        async () => {
          const done = await api.saveReport(request);
          if (done.done) choices.used();
          return reportResultText(done);
        },
        t("evidence-report-error"),
      );
    });
    return h(
      "section",
      { class: "panel ev-panel", "aria-labelledby": "ev-report-title" },
      h("h2", { id: "ev-report-title" }, t("evidence-report-title")),
      h("p", {}, t("evidence-report-about")),
      msg.error,
      msg.status,
      h("div", { class: "actions start" }, save),
    );
  }

  // ---- The machine-readable export ----

  function bundleSection(): HTMLElement {
    const msg = messages("ev-export");
    const radio = (value: string, label: string, checked: boolean) => {
      const id = `ev-bundle-${value}`;
      const input = h("input", { type: "radio", name: "ev-bundle-lock", id, value, checked });
      return { input, wrap: h("div", { class: "radio" }, input, h("label", { for: id }, label)) };
    };
    const plain = radio("plain", t("evidence-export-plain"), true);
    const locked = radio("locked", t("evidence-export-locked"), false);
    const pass = field(t("evidence-passphrase"), "ev-pass", {
      type: "password",
      hint: t("evidence-passphrase-hint", { min: MIN_PASSPHRASE_CHARS }),
    });
    const again = field(t("evidence-passphrase-again"), "ev-pass-again", { type: "password" });
    const passWrap = h("div", { class: "ev-pass" }, pass.wrap, again.wrap);
    const sync = () => {
      passWrap.hidden = !locked.input.checked;
    };
    plain.input.addEventListener("change", sync);
    locked.input.addEventListener("change", sync);
    sync();

    const save = h("button", { type: "submit", class: "primary", id: "ev-save-export" }, t("evidence-save-export"));
    actionButtons.push(save);
    const form = h(
      "form",
      { class: "panel ev-panel", "aria-labelledby": "ev-export-title", novalidate: true },
      h("h2", { id: "ev-export-title" }, t("evidence-export-title")),
      h("p", {}, t("evidence-export-about")),
      h("fieldset", { class: "field" },
        h("legend", {}, t("evidence-export-how")),
        plain.wrap,
        locked.wrap,
      ),
      passWrap,
      msg.error,
      msg.status,
      h("div", { class: "actions start" }, save),
    );
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      if (busy) return;
      msg.error.textContent = "";
      msg.status.textContent = "";
      const request = readyRequest(msg.error);
      if (!request) return;
      const isLocked = locked.input.checked;
      let passphrase: string | null = null;
      if (isLocked) {
        const problem = passphraseProblem(pass.control.value, again.control.value);
        if (problem) {
          msg.error.textContent = problem.message;
          (problem.at === "again" ? again.control : pass.control).focus();
          return;
        }
        passphrase = pass.control.value;
      }
      run(
        save,
        t("evidence-saving"),
        msg,
        t("evidence-export-choose-where"),
        async () => {
          const done: ExportDone = await api.saveBundle(request, passphrase);
          if (done.done) choices.used();
          // The passphrase is not kept on screen once it has been used.
          if (done.done) pass.control.value = again.control.value = "";
          return exportResultText(done, isLocked);
        },
        t("evidence-export-error"),
      );
    });
    return form;
  }

  // ---- Opening a locked export someone sent ----

  function openSection(): HTMLElement {
    const msg = messages("ev-open");
    const pass = field(t("evidence-open-passphrase"), "ev-open-pass", { type: "password" });
    const open = h("button", { type: "submit", id: "ev-open-export" }, t("evidence-open-button"));
    actionButtons.push(open);
    const form = h(
      "form",
      { class: "panel ev-panel ev-open", "aria-labelledby": "ev-open-title", novalidate: true },
      h("h2", { id: "ev-open-title" }, t("evidence-open-title")),
      h("p", { class: "hint" }, t("evidence-open-hint")),
      pass.wrap,
      msg.error,
      msg.status,
      h("div", { class: "actions start" }, open),
    );
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      if (busy) return;
      msg.error.textContent = "";
      msg.status.textContent = "";
      const problem = openPassphraseProblem(pass.control.value);
      if (problem) {
        msg.error.textContent = problem;
        pass.control.focus();
        return;
      }
      const passphrase = pass.control.value;
      run(
        open,
        t("evidence-opening"),
        msg,
        t("evidence-open-choose-file"),
        async () => {
          const done = await api.openBundle(passphrase);
          if (done.done) pass.control.value = "";
          return openResultText(done);
        },
        t("evidence-open-error"),
      );
    });
    return form;
  }
}
