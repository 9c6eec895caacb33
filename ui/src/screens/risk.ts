// The risk picture: how often things have been happening (charts from the incident log and a calm
// note if they are happening more often), and a short screening whose dated answers are kept so
// that the person, and their advocate if they choose to share, can see change over time. It is a
// prompt to talk to someone, never a verdict, and the wording says so. In an advocate's open case,
// the screenings the person shares show first, read-only (shared-records.ts).

import "./risk.css";
import {
  api,
  errorMessage,
  type Instrument,
  type Patterns,
  type RiskQuestion,
  type RiskScreening,
} from "../api";
import { formatDate, formatTime } from "../dates";
import { dateField } from "../date-field";
import { h, screen } from "../dom";
import { message, t } from "../i18n";
import { attachDraft, fillControls, hasDraft, readControls } from "../drafts";
import { kindLabel } from "../labels";
import { buildKindBars, buildWeekChart, kindRows, weekTable } from "./patterns-chart";
import { markUnchecked, sharedSection } from "./shared-records";
import { SHARED_SCREENINGS_LEAD } from "./shared-records-logic";
import { openCase } from "../cases";
import { localDateString } from "./plan-dates";
import { laterSignOff } from "./risk-sign-off";
import {
  INSTRUMENTS,
  RISK_ANSWERS,
  type SignOffInput,
  answerLabel,
  areaLabel,
  buildSignOff,
  collectAnswers,
  compareScreenings,
  describeChange,
  escalationNote,
  groupByArea,
  instrumentChoice,
  instrumentName,
  levelLabel,
  patternSummary,
  publishedNumber,
  questionText,
  questionsOf,
  radioId,
  radioName,
  screeningFacts,
  screeningMessage,
  signOffLines,
  yesOfText,
} from "./risk-logic";

/** Other screens are opened through their nav button, so the header shows where the person is. */
function openScreen(screen: "plan" | "support"): void {
  document.querySelector<HTMLButtonElement>(`nav button[data-screen="${screen}"]`)?.click();
}

function helpButton(id: string): HTMLButtonElement {
  const b = h("button", { type: "button", id }, t("risk-get-help"));
  b.addEventListener("click", () => openScreen("support"));
  return b;
}

export function showRisk(main: HTMLElement): void {
  screen(main, (signal) => {
    // In an advocate's open case: the person's own screenings as they share them, read-only, kept
    // apart from the case's own patterns and screening below.
    const shared = sharedSection({
      what: "screenings",
      screen: "risk",
      lead: SHARED_SCREENINGS_LEAD,
      listLabel: t("risk-shared-list-label"),
      load: async () => {
        // Without the questions the answers still show, by their codes.
        const [records, questions] = await Promise.all([
          api.sharedRecords(),
          api.riskQuestions().catch((): RiskQuestion[] => []),
        ]);
        const all = records.screenings;
        const draw = (list: RiskScreening[]): HTMLElement[] =>
          list.map((s, i) =>
            historyEntry(s, previousOf(list, i), questions, THEIRS, (signed) => {
              const next = list.map((x) => (x.id === signed.id ? signed : x));
              const entry = main.querySelector(`[data-screening-id="${CSS.escape(signed.id)}"]`);
              const redrawn = draw(next).find((el) => el.dataset.screeningId === signed.id);
              // Still marked if what the person's app sent does not check.
              if (redrawn) markUnchecked([redrawn], records.check);
              if (entry && redrawn) entry.replaceWith(redrawn);
              redrawn?.querySelector<HTMLElement>("h3")?.setAttribute("tabindex", "-1");
              redrawn?.querySelector<HTMLElement>("h3")?.focus();
            }),
          );
        return { entries: draw(all), check: records.check, incomplete: records.incomplete };
      },
    });
    main.append(
      h("h1", { tabindex: "-1" }, t("risk-title")),
      ...(shared ? [shared] : []),
      h("p", { class: "lead" }, openCase() ? t("risk-lead-case") : t("risk-lead")),
      patternsSection(),
      screeningSection(signal),
    );
    main.querySelector<HTMLElement>("h1")?.focus();
  });
}

// ---- Patterns from the incident log ----

function patternsSection(): HTMLElement {
  const error = h("p", { class: "form-error", role: "alert", id: "risk-patterns-error" });
  const summary = h("p", { id: "risk-pattern-summary" });
  // Live regions are in the page from the start (never display: none) so they are announced.
  const trend = h("p", { class: "risk-note", role: "status", id: "risk-escalation" });
  const planButton = h("button", { type: "button", id: "risk-open-plan" }, t("risk-open-plan"));
  planButton.addEventListener("click", () => openScreen("plan"));
  const trendActions = h(
    "div",
    { class: "actions start", id: "risk-escalation-actions", hidden: true },
    planButton,
    helpButton("risk-escalation-help"),
  );
  const charts = h("div", { class: "risk-charts", hidden: true });
  const section = h(
    "section",
    { class: "panel risk-section", id: "risk-patterns", "aria-labelledby": "risk-patterns-title" },
    h("h2", { id: "risk-patterns-title" }, t("risk-patterns-title")),
    error,
    summary,
    trend,
    trendActions,
    charts,
  );

  api
    .incidentPatterns()
    .then((p) => {
      summary.textContent = patternSummary(p) ?? t("risk-patterns-empty");
      const note = escalationNote(p.escalation, p.total);
      trend.textContent = note.text ?? "";
      trend.dataset.trend = note.trend;
      trendActions.hidden = note.trend !== "rising";
      if (p.total > 0) {
        charts.replaceChildren(...chartBlocks(p));
        charts.hidden = false;
      }
    })
    .catch((e: unknown) => {
      error.textContent = errorMessage(e, t("risk-patterns-error"));
    });

  return section;
}

function chartBlocks(p: Patterns): HTMLElement[] {
  const chart = buildWeekChart(p.weeks);
  chart.id = "risk-week-chart";
  const blocks = [
    h(
      "div",
      { class: "chart-block" },
      h("h3", {}, t("risk-chart-per-week")),
      p.span_weeks > p.weeks.length
        ? h("p", { class: "hint" }, t("risk-chart-last-weeks", { count: p.weeks.length }))
        : null,
      chart,
      weekTable(p.weeks),
    ),
  ];
  if (p.by_kind.length > 0) {
    const bars = buildKindBars(kindRows(p.by_kind, kindLabel));
    bars.id = "risk-kinds";
    blocks.push(h("div", { class: "chart-block" }, h("h3", {}, t("risk-chart-by-type")), bars));
  }
  return blocks;
}

// ---- The screening ----

/** The screening before `all[i]` that used the same questions (the list is newest first). */
function previousOf(all: readonly RiskScreening[], i: number): RiskScreening | undefined {
  const s = all[i];
  return s ? all.slice(i + 1).find((p) => p.instrument === s.instrument) : undefined;
}

function screeningSection(signal: AbortSignal): HTMLElement {
  const loadError = h("p", { class: "form-error", role: "alert", id: "risk-load-error" });
  const latestTitle = h("h3", { id: "risk-latest-title", tabindex: "-1", hidden: true });
  const level = h("p", { class: "risk-level", role: "status", id: "risk-level" });
  const levelHelp = h("div", { class: "actions start", hidden: true }, helpButton("risk-level-help"));
  const formHost = h("div", {});
  const inCase = openCase() !== null;
  const historyTitle = h(
    "h3",
    { id: "risk-history-title", hidden: true },
    inCase ? t("risk-history-title-case") : t("risk-history-title"),
  );
  const history = h("ol", {
    class: "cards risk-history",
    id: "risk-history",
    "aria-labelledby": "risk-history-title",
    hidden: true,
  });

  const section = h(
    "section",
    { class: "panel risk-section", id: "risk-screening", "aria-labelledby": "risk-screening-title" },
    h("h2", { id: "risk-screening-title" }, t("risk-screening-title")),
    h("p", {}, inCase ? t("risk-screening-intro-case") : t("risk-screening-intro")),
    loadError,
    h("div", { class: "risk-latest" }, latestTitle, level, levelHelp),
    formHost,
    historyTitle,
    history,
  );

  let questions: RiskQuestion[] = [];
  let screenings: RiskScreening[] = [];

  /** The message for one screening; `justSaved` changes only the heading. */
  function showLevel(s: RiskScreening | undefined, justSaved: boolean): void {
    if (!s) {
      latestTitle.hidden = true;
      level.textContent = "";
      delete level.dataset.level;
      levelHelp.hidden = true;
      return;
    }
    const name = instrumentName(s.instrument);
    latestTitle.textContent = justSaved
      ? t("risk-latest-saved", { name, date: formatDate(s.taken_at) })
      : t("risk-latest-last-time", { name, date: formatDate(s.taken_at) });
    latestTitle.hidden = false;
    if (inCase) {
      level.textContent = screeningFacts(s);
      level.dataset.level = s.level;
      levelHelp.hidden = true;
      return;
    }
    const message = screeningMessage(s, questions);
    level.textContent = message.text;
    level.dataset.level = s.level;
    levelHelp.hidden = !message.offerHelp;
  }

  function showHistory(): void {
    history.replaceChildren(
      ...screenings.map((s, i) =>
        historyEntry(s, previousOf(screenings, i), questions, inCase ? IN_CASE : YOURS, (signed) => {
          screenings = screenings.map((x) => (x.id === signed.id ? signed : x));
          showHistory();
          history.querySelector<HTMLElement>(`[data-screening-id="${CSS.escape(signed.id)}"] h4`)?.focus();
        }),
      ),
    );
    history.hidden = historyTitle.hidden = screenings.length === 0;
  }

  void Promise.all([api.riskQuestions(), api.listRiskScreenings()])
    .then(([qs, past]) => {
      // Left (or hidden) meanwhile: no form, so none is attached for drafts in place of the next.
      if (signal.aborted) return;
      questions = qs;
      screenings = past;
      const again = h("button", { type: "button", id: "risk-again", hidden: true }, t("risk-answer-again"));
      const form = screeningForm(questions, inCase, (saved) => {
        screenings = [saved, ...screenings];
        showLevel(saved, true);
        showHistory();
        // The form is cleared and put away, so a second press of Save cannot look like a
        // failure; take the person to what their answers mean.
        form.hidden = true;
        again.hidden = false;
        latestTitle.focus();
      });
      again.addEventListener("click", () => {
        form.hidden = false;
        again.hidden = true;
        form.querySelector<HTMLInputElement>('input[name="risk-instrument"]')?.focus();
      });
      formHost.replaceChildren(h("div", { class: "actions start" }, again), form);
      if (hasDraft(RISK_DRAFT)) formHost.querySelector<HTMLElement>(".draft-note-host")?.scrollIntoView({ block: "center" });
      showLevel(screenings[0], false);
      showHistory();
    })
    .catch((e: unknown) => {
      if (signal.aborted) return;
      loadError.textContent = errorMessage(e, t("risk-questions-error"));
    });

  return section;
}

/** The draft of the screening form: answers given and the note, not saved yet. */
const RISK_DRAFT = "risk";

function radio(name: string, value: string, id: string, label: string, hint?: string): HTMLElement {
  const hintId = hint ? `${id}-hint` : undefined;
  return h(
    "div",
    { class: "radio" },
    h("input", { type: "radio", id, name, value, "aria-describedby": hintId }),
    h("label", { for: id }, label),
    hint ? h("p", { class: "hint", id: hintId }, hint) : null,
  );
}

function checkbox(id: string, label: string): HTMLElement {
  return h("div", { class: "check" }, h("input", { type: "checkbox", id, name: id }), h("label", { for: id }, label));
}

function screeningForm(
  questions: RiskQuestion[],
  inCase: boolean,
  onSaved: (s: RiskScreening) => void,
): HTMLFormElement {
  const today = localDateString();
  const note = h("textarea", { id: "risk-note", name: "risk-note", rows: "3", spellcheck: "false" });
  const draftNote = h("div", { class: "draft-note-host" });
  const error = h("p", { class: "form-error", role: "alert", id: "risk-save-error" });
  const save = h("button", { type: "submit", class: "primary", id: "risk-save" }, t("risk-save"));
  const count = h("p", { class: "hint", id: "risk-count" });
  const saveRow = h("div", { class: "actions start" }, save);

  const choice = h(
    "fieldset",
    { class: "risk-choice", id: "risk-instrument" },
    h("legend", {}, t("risk-which-questions")),
    ...INSTRUMENTS.map((i) => radio("risk-instrument", i, `risk-instrument-${i}`, instrumentChoice(i))),
  );
  const sets = new Map<Instrument, HTMLElement>(
    INSTRUMENTS.map((i) => [
      i,
      h(
        "div",
        { class: "risk-set", id: `risk-set-${i}`, hidden: true },
        ...groupByArea(questionsOf(questions, i)).map((g) =>
          h("fieldset", { class: "risk-area" }, h("legend", {}, areaLabel(g.area)), ...g.questions.map(questionBlock)),
        ),
      ),
    ]),
  );
  // A yes to the domestic-abuse question on stalking is where practice asks the stalking questions too.
  const stalkingHint = h(
    "p",
    { class: "hint risk-followup", id: "risk-stalking-followup", hidden: true },
    t("risk-stalking-followup"),
  );
  sets.get("DomesticAbuse")?.querySelector('[data-code="da-stalking"]')?.append(stalkingHint);

  const doneOn = dateField("risk-done-on", t("risk-done-on-label"), today);
  doneOn.input.max = today;
  const who = h(
    "fieldset",
    { class: "risk-choice", id: "risk-completed-by" },
    h("legend", {}, t("risk-who-answered")),
    radio("risk-completed-by", "Alone", "risk-by-alone", inCase ? t("risk-by-alone-case") : t("risk-by-alone")),
    radio(
      "risk-completed-by",
      "WithAdvocate",
      "risk-by-advocate",
      inCase ? t("risk-by-advocate-case") : t("risk-by-advocate"),
    ),
  );
  const advocate = h("input", { type: "text", id: "risk-advocate", name: "risk-advocate", maxlength: "80", autocomplete: "off", spellcheck: "false" });
  const reason = h("textarea", { id: "risk-reason", name: "risk-reason", rows: "3", spellcheck: "false" });
  const maracOn = dateField("risk-marac-on", t("risk-marac-on-label"), "", t("risk-marac-on-hint"));
  maracOn.input.max = today;
  const reviewOn = dateField("risk-review-on", t("risk-review-on-label"), "", t("risk-review-on-hint"));
  const judgementChoice = h(
    "fieldset",
    { class: "risk-choice risk-judgement", id: "risk-judgement" },
    h("legend", {}, t("risk-judgement-legend")),
    radio("risk-judgement", "", "risk-judgement-none", t("risk-judgement-none")),
    radio("risk-judgement", "Lower", "risk-judgement-Lower", t("risk-level-standard")),
    radio("risk-judgement", "Raised", "risk-judgement-Raised", t("risk-level-medium")),
    radio("risk-judgement", "High", "risk-judgement-High", t("risk-level-high")),
  );
  const signOff = h(
    "fieldset",
    { class: "risk-sign-off", id: "risk-sign-off", hidden: true },
    h("legend", {}, t("risk-advocate-part")),
    h(
      "div",
      { class: "field" },
      h("label", { for: "risk-advocate" }, t("risk-advocate-name-label")),
      advocate,
    ),
    judgementChoice,
    checkbox("risk-refer", t("risk-refer-label")),
    h(
      "div",
      { class: "field" },
      h("label", { for: "risk-reason" }, t("risk-reason-label")),
      reason,
    ),
    checkbox("risk-incidents-12m", t("risk-escalation-label")),
    maracOn.wrap,
    reviewOn.wrap,
  );

  const form = h(
    "form",
    { class: "risk-form", id: "risk-form", "aria-label": t("risk-form-label"), novalidate: true },
    draftNote,
    choice,
    ...sets.values(),
    count,
    doneOn.wrap,
    who,
    signOff,
    h("div", { class: "field" }, h("label", { for: "risk-note" }, t("risk-note-label")), note),
    error,
    saveRow,
  );
  (form.querySelector("#risk-judgement-none") as HTMLInputElement | null)?.setAttribute("checked", "");
  (form.querySelector("#risk-by-alone") as HTMLInputElement | null)?.setAttribute("checked", "");

  const chosen = (): Instrument | null => {
    const v = new FormData(form).get("risk-instrument");
    return v === "DomesticAbuse" || v === "Stalking" ? v : null;
  };
  const checked = (id: string) => (form.querySelector(`#${id}`) as HTMLInputElement | null)?.checked ?? false;

  /** Shows the chosen set, the advocate's part when chosen, the follow-up hint and the count. */
  function update(): void {
    const instrument = chosen();
    for (const [i, el] of sets) el.hidden = i !== instrument;
    signOff.hidden = !checked("risk-by-advocate");
    stalkingHint.hidden = instrument !== "DomesticAbuse" || !checked(radioId("da-stalking", "Yes"));
    if (!instrument) {
      count.textContent = t("risk-count-choose");
      return;
    }
    const asked = questionsOf(questions, instrument);
    const answers = collectAnswers(asked, new FormData(form).entries());
    const yes = answers.filter((a) => a.answer === "Yes").length;
    count.textContent = t("risk-count", { yes, total: asked.length, answered: answers.length });
  }
  form.addEventListener("change", update);
  update();

  // Buttons stay enabled while waiting (disabling one drops keyboard focus); this stops a double save.
  let saving = false;
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (saving) return;
    error.textContent = "";
    saveRow.before(error);
    for (const el of form.querySelectorAll('[aria-invalid="true"]')) {
      el.removeAttribute("aria-invalid");
      const rest = (el.getAttribute("aria-describedby") ?? "").split(" ").filter((id) => id && id !== "risk-save-error");
      if (rest.length > 0) el.setAttribute("aria-describedby", rest.join(" "));
      else el.removeAttribute("aria-describedby");
    }
    const instrument = chosen();
    if (!instrument) {
      error.textContent = t("risk-problem-choose-questions");
      form.querySelector<HTMLInputElement>('input[name="risk-instrument"]')?.focus();
      return;
    }
    const answers = collectAnswers(questionsOf(questions, instrument), new FormData(form).entries());
    const judgementValue = new FormData(form).get("risk-judgement");
    const input: SignOffInput = {
      withAdvocate: checked("risk-by-advocate"),
      advocate: advocate.value,
      judgement: judgementValue === "Lower" || judgementValue === "Raised" || judgementValue === "High" ? judgementValue : "",
      referToMarac: checked("risk-refer"),
      reason: reason.value,
      escalation: checked("risk-incidents-12m"),
      maracOn: maracOn.input.value,
      reviewOn: reviewOn.input.value,
    };
    // A date typed without its separators is not taken by the box: say so rather than drop it.
    const halfTyped = [doneOn, maracOn, reviewOn].find((d) => d.input.validity.badInput);
    const built = halfTyped
      ? ({ problem: t("risk-problem-date-incomplete"), at: "completed" } as const)
      : buildSignOff(input, doneOn.input.value, localDateString());
    if ("problem" in built) {
      const target = halfTyped?.input ?? {
        completed: doneOn.input,
        judgement: form.querySelector<HTMLInputElement>("#risk-judgement-Lower"),
        reason,
        marac: maracOn.input,
        review: reviewOn.input,
      }[built.at];
      // The message goes just under the control at fault, so it is in view when focus lands there.
      const place = target?.closest(".field, fieldset");
      if (place) place.after(error);
      target?.setAttribute("aria-invalid", "true");
      target?.setAttribute("aria-describedby", [target.getAttribute("aria-describedby"), "risk-save-error"].filter(Boolean).join(" "));
      error.textContent = built.problem;
      target?.focus();
      return;
    }
    saving = true;
    draft
      .save((key) =>
        api.recordRiskScreening(
          { instrument, answers, note: note.value, completed_on: doneOn.input.value, sign_off: built.signOff },
          key,
        ),
      )
      .then((saved) => {
        form.reset();
        for (const clear of form.querySelectorAll<HTMLElement>(".risk-clear")) clear.hidden = true;
        doneOn.sync();
        maracOn.sync();
        reviewOn.sync();
        update();
        onSaved(saved);
      })
      .catch((err: unknown) => {
        // What was entered stays in the form.
        error.textContent = errorMessage(err, t("risk-save-error"));
        if (answers.length === 0) sets.get(instrument)?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
      })
      .finally(() => {
        saving = false;
      });
  });
  // Answers given and a note typed are kept as a draft until saved.
  const showClears = () => {
    for (const block of form.querySelectorAll<HTMLElement>(".risk-question")) {
      const clear = block.querySelector<HTMLElement>(".risk-clear");
      if (clear) clear.hidden = !block.querySelector("input:checked");
    }
  };
  const initial = JSON.stringify(readControls(form));
  const draft = attachDraft(
    form,
    {
      key: RISK_DRAFT,
      label: () => t("risk-draft-label"),
      read: () => {
        const controls = readControls(form);
        return JSON.stringify(controls) === initial ? null : { controls };
      },
      fill: (content) => {
        fillControls(form, content.controls);
        showClears();
        for (const d of [doneOn, maracOn, reviewOn]) d.sync();
        update();
      },
      clear: () => {
        form.reset();
        showClears();
        for (const d of [doneOn, maracOn, reviewOn]) d.sync();
        update();
      },
      saveHint: t("risk-draft-save-hint"),
    },
    draftNote,
  );
  return form;
}

/** One question: its text naming a group of three radios, and a way to take an answer back. */
function questionBlock(q: RiskQuestion): HTMLElement {
  const textId = `${radioName(q.code)}-text`;
  const radios = RISK_ANSWERS.map(([answer]) => {
    const id = radioId(q.code, answer);
    const input = h("input", { type: "radio", id, name: radioName(q.code), value: answer });
    return { input, wrap: h("div", { class: "radio" }, input, h("label", { for: id }, answerLabel(answer))) };
  });
  // Radios cannot be unticked, and leaving a question out must stay possible.
  const clear = h(
    "button",
    { type: "button", class: "small risk-clear", "aria-label": t("risk-clear-answer-to", { question: questionText(q) }), hidden: true },
    t("risk-clear-answer"),
  );
  clear.addEventListener("click", () => {
    for (const r of radios) r.input.checked = false;
    clear.hidden = true;
    radios[0]?.input.focus();
    clear.closest("form")?.dispatchEvent(new Event("change"));
  });
  for (const r of radios) r.input.addEventListener("change", () => (clear.hidden = false));
  const number = publishedNumber(q);
  return h(
    "div",
    { class: "risk-question", role: "radiogroup", "aria-labelledby": textId, "data-code": q.code },
    h(
      "p",
      { class: "risk-question-text", id: textId },
      questionText(q),
      number ? h("span", { class: "risk-number" }, ` (${number})`) : null,
    ),
    h("div", { class: "risk-options" }, ...radios.map((r) => r.wrap), clear),
  );
}

/** Whose answers an entry shows: the person's own (in their words), or the person's as an advocate reads them. */
interface EntryWords {
  whose: "your" | "their";
  /** The message id of the note's heading. */
  note: string;
  heading: "h3" | "h4";
  /** The note shows without opening the answers (an advocate reads it first). */
  noteFirst: boolean;
}

const YOURS: EntryWords = { whose: "your", note: message("risk-entry-note-yours"), heading: "h4", noteFirst: false };
const THEIRS: EntryWords = { whose: "their", note: message("risk-entry-note-theirs"), heading: "h3", noteFirst: true };
/** Screenings an advocate keeps in a case: about the person, in the advocate's list. */
const IN_CASE: EntryWords = { whose: "their", note: message("risk-entry-note"), heading: "h4", noteFirst: false };

function historyEntry(
  s: RiskScreening,
  previous: RiskScreening | undefined,
  questions: RiskQuestion[],
  words: EntryWords = YOURS,
  onSigned?: (signed: RiskScreening) => void,
): HTMLElement {
  const byCode = new Map(s.answers.map((a) => [a.code, a.answer]));
  const asked = questionsOf(questions, s.instrument);
  const textOf = (code: string) => {
    const q = questions.find((x) => x.code === code);
    return q ? questionText(q) : code;
  };
  // Every question is listed, so a left-out one is visible as such, then any answer to a
  // question this version no longer asks.
  const rows = [
    ...asked.map((q) => [publishedNumber(q) ? `${questionText(q)} (${publishedNumber(q)})` : questionText(q), byCode.get(q.code)] as const),
    ...s.answers.filter((a) => !asked.some((q) => q.code === a.code)).map((a) => [a.code, a.answer] as const),
  ];
  const newlyYes = previous ? compareScreenings(previous, s).nowYes : [];
  const note = h("p", { class: "excerpt risk-entry-note" }, h("strong", {}, `${t(words.note)} `), s.note);
  const signed = signOffLines(s, words.whose);
  return h(
    "li",
    { class: "card risk-entry", "data-screening-id": s.id, "data-level": s.level, "data-instrument": s.instrument },
    h(
      words.heading,
      {},
      `${instrumentName(s.instrument)} · ${formatDate(s.taken_at)}`,
      h("span", { class: "muted" }, ` ${t("risk-entry-at", { time: formatTime(s.taken_at) })}`),
    ),
    h(
      "p",
      { class: "risk-entry-facts" },
      h("span", { class: "badge" }, levelLabel(s.level, s.instrument)),
      ` · ${yesOfText(s)}`,
    ),
    signed.length > 0 ? h("ul", { class: "risk-sign-off-lines" }, ...signed.map((l) => h("li", {}, l))) : null,
    s.signed_off_at ? h("p", { class: "muted" }, t("risk-entry-signed-off-on", { date: formatDate(s.signed_off_at) })) : null,
    onSigned && s.instrument !== "Earlier" ? laterSignOff(s, onSigned) : null,
    s.note && words.noteFirst ? note : null,
    previous ? h("p", { class: "risk-change" }, describeChange(previous, s, words.whose)) : null,
    newlyYes.length > 0
      ? h(
          "div",
          { class: "risk-newly-yes" },
          h("p", { class: "muted" }, t("risk-entry-now-yes")),
          h("ul", {}, ...newlyYes.map((code) => h("li", {}, textOf(code)))),
        )
      : null,
    h(
      "details",
      {},
      h("summary", {}, t("risk-entry-see-answers")),
      h(
        "dl",
        { class: "risk-answers" },
        ...rows.map(([text, answer]) =>
          h(
            "div",
            { class: "row" },
            h("dt", {}, text),
            h("dd", { class: answer ? undefined : "muted" }, answer ? answerLabel(answer) : t("risk-entry-not-answered")),
          ),
        ),
      ),
      s.note && !words.noteFirst ? note : null,
    ),
  );
}
