// The risk picture: how often things have been happening (charts from the incident log and a calm
// note if they are happening more often), and a short screening whose dated answers are kept so
// that the person, and their advocate if they choose to share, can see change over time. It is a
// prompt to talk to someone, never a verdict, and the wording says so. In an advocate's open case,
// the screenings the person shares show first, read-only (shared-records.ts).

import "./risk.css";
import {
  api,
  isApiError,
  type Patterns,
  type RiskQuestion,
  type RiskScreening,
} from "../api";
import { formatDate, formatTime } from "../dates";
import { h } from "../dom";
import { attachDraft, fillControls, hasDraft, readControls } from "../drafts";
import { kindLabel } from "../labels";
import { buildKindBars, buildWeekChart, kindRows, weekTable } from "./patterns-chart";
import { sharedSection } from "./shared-records";
import { SHARED_SCREENINGS_LEAD } from "./shared-records-logic";
import {
  RISK_ANSWERS,
  answerLabel,
  collectAnswers,
  compareScreenings,
  describeChange,
  escalationNote,
  groupByArea,
  levelLabel,
  levelMessage,
  patternSummary,
  radioId,
  radioName,
  yesCountText,
} from "./risk-logic";

/** Other screens are opened through their nav button, so the header shows where the person is. */
function openScreen(screen: "plan" | "support"): void {
  document.querySelector<HTMLButtonElement>(`nav button[data-screen="${screen}"]`)?.click();
}

function helpButton(id: string): HTMLButtonElement {
  const b = h("button", { type: "button", id }, "Get help");
  b.addEventListener("click", () => openScreen("support"));
  return b;
}

export function showRisk(main: HTMLElement): void {
  // In an advocate's open case: the person's own screenings as they share them, read-only, kept
  // apart from the case's own patterns and screening below.
  const shared = sharedSection({
    what: "screenings",
    screen: "risk",
    lead: SHARED_SCREENINGS_LEAD,
    listLabel: "Risk screenings the person shares, newest first",
    load: async () => {
      // Without the questions the answers still show, by their codes.
      const [records, questions] = await Promise.all([
        api.sharedRecords(),
        api.riskQuestions().catch((): RiskQuestion[] => []),
      ]);
      const all = records.screenings;
      return all.map((s, i) => historyEntry(s, all[i + 1], questions, THEIRS));
    },
  });
  main.replaceChildren(
    h("h1", { tabindex: "-1" }, "Risk picture"),
    ...(shared ? [shared] : []),
    h(
      "p",
      { class: "lead" },
      "This helps you and your advocate see how things are changing. It is not a test, and there " +
        "are no wrong answers.",
    ),
    patternsSection(),
    screeningSection(),
  );
  main.querySelector<HTMLElement>("h1")?.focus();
}

// ---- Patterns from the incident log ----

function patternsSection(): HTMLElement {
  const error = h("p", { class: "form-error", role: "alert", id: "risk-patterns-error" });
  const summary = h("p", { id: "risk-pattern-summary" });
  // Live regions are in the page from the start (never display: none) so they are announced.
  const trend = h("p", { class: "risk-note", role: "status", id: "risk-escalation" });
  const planButton = h("button", { type: "button", id: "risk-open-plan" }, "Open my safety plan");
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
    h("h2", { id: "risk-patterns-title" }, "Patterns"),
    error,
    summary,
    trend,
    trendActions,
    charts,
  );

  api
    .incidentPatterns()
    .then((p) => {
      summary.textContent =
        patternSummary(p) ??
        "When you add entries to your incident log, how often things happen will show here.";
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
      error.textContent = isApiError(e) ? e.message : "The patterns could not be worked out just now.";
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
      h("h3", {}, "Incidents per week"),
      p.span_weeks > p.weeks.length
        ? h("p", { class: "hint" }, `The chart shows the last ${p.weeks.length} weeks.`)
        : null,
      chart,
      weekTable(p.weeks),
    ),
  ];
  if (p.by_kind.length > 0) {
    const bars = buildKindBars(kindRows(p.by_kind, kindLabel));
    bars.id = "risk-kinds";
    blocks.push(h("div", { class: "chart-block" }, h("h3", {}, "By type"), bars));
  }
  return blocks;
}

// ---- The screening ----

function screeningSection(): HTMLElement {
  const loadError = h("p", { class: "form-error", role: "alert", id: "risk-load-error" });
  const latestTitle = h("h3", { id: "risk-latest-title", tabindex: "-1", hidden: true });
  const level = h("p", { class: "risk-level", role: "status", id: "risk-level" });
  const levelHelp = h("div", { class: "actions start", hidden: true }, helpButton("risk-level-help"));
  const formHost = h("div", {});
  const historyTitle = h("h3", { id: "risk-history-title", hidden: true }, "Your answers over time");
  const history = h("ol", {
    class: "cards risk-history",
    id: "risk-history",
    "aria-labelledby": "risk-history-title",
    hidden: true,
  });

  const section = h(
    "section",
    { class: "panel risk-section", id: "risk-screening", "aria-labelledby": "risk-screening-title" },
    h("h2", { id: "risk-screening-title" }, "Risk screening"),
    h(
      "p",
      {},
      "A few questions about what has been happening. Answer as many or as few as you like; you " +
        "can leave any out. Your answers are saved with today's date and kept, so you can see how " +
        "things change over time. They stay on this computer unless you choose to share them.",
    ),
    loadError,
    h("div", { class: "risk-latest" }, latestTitle, level, levelHelp),
    formHost,
    historyTitle,
    history,
  );

  let questions: RiskQuestion[] = [];
  let screenings: RiskScreening[] = [];

  /** The level message for one screening; `justSaved` changes only the heading. */
  function showLevel(s: RiskScreening | undefined, justSaved: boolean): void {
    if (!s) {
      latestTitle.hidden = true;
      level.textContent = "";
      delete level.dataset.level;
      levelHelp.hidden = true;
      return;
    }
    latestTitle.textContent = justSaved
      ? `Saved on ${formatDate(s.taken_at)}`
      : `Last time you answered: ${formatDate(s.taken_at)}`;
    latestTitle.hidden = false;
    const message = levelMessage(s.level);
    level.textContent = message.text;
    level.dataset.level = s.level;
    levelHelp.hidden = !message.offerHelp;
  }

  function showHistory(): void {
    history.replaceChildren(
      ...screenings.map((s, i) => historyEntry(s, screenings[i + 1], questions)),
    );
    history.hidden = historyTitle.hidden = screenings.length === 0;
  }

  void Promise.all([api.riskQuestions(), api.listRiskScreenings()])
    .then(([qs, past]) => {
      questions = qs;
      screenings = past;
      formHost.replaceChildren(
        screeningForm(questions, (saved) => {
          screenings = [saved, ...screenings];
          showLevel(saved, true);
          showHistory();
          // The form is now cleared; take the person to what their answers mean.
          latestTitle.focus();
        }),
      );
      if (hasDraft(RISK_DRAFT)) formHost.querySelector<HTMLElement>(".draft-note-host")?.scrollIntoView({ block: "center" });
      showLevel(screenings[0], false);
      showHistory();
    })
    .catch((e: unknown) => {
      loadError.textContent = isApiError(e) ? e.message : "The questions could not be loaded just now.";
    });

  return section;
}

/** The draft of the screening form: answers given and the note, not saved yet. */
const RISK_DRAFT = "risk";

function screeningForm(questions: RiskQuestion[], onSaved: (s: RiskScreening) => void): HTMLFormElement {
  const note = h("textarea", { id: "risk-note", name: "risk-note", rows: "3", spellcheck: "false" });
  const draftNote = h("div", { class: "draft-note-host" });
  const error = h("p", { class: "form-error", role: "alert", id: "risk-save-error" });
  const save = h("button", { type: "submit", class: "primary", id: "risk-save" }, "Save answers");
  const form = h(
    "form",
    { class: "risk-form", id: "risk-form", "aria-label": "Risk screening questions", novalidate: true },
    draftNote,
    ...groupByArea(questions).map((g) =>
      h(
        "fieldset",
        { class: "risk-area" },
        h("legend", {}, g.area),
        ...g.questions.map(questionBlock),
      ),
    ),
    h(
      "div",
      { class: "field" },
      h("label", { for: "risk-note" }, "Anything you want to add (optional)"),
      note,
    ),
    error,
    h("div", { class: "actions start" }, save),
  );

  // Buttons stay enabled while waiting (disabling one drops keyboard focus); this stops a double save.
  let saving = false;
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (saving) return;
    error.textContent = "";
    const answers = collectAnswers(questions, new FormData(form).entries());
    saving = true;
    draft
      .save((key) => api.recordRiskScreening(answers, note.value, key))
      .then((saved) => {
        form.reset();
        for (const clear of form.querySelectorAll<HTMLElement>(".risk-clear")) clear.hidden = true;
        onSaved(saved);
      })
      .catch((err: unknown) => {
        // What was entered stays in the form.
        error.textContent = isApiError(err)
          ? err.message
          : "Your answers could not be saved. Nothing has been lost; please try again.";
        if (answers.length === 0) form.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
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
      label: () => "A risk screening",
      read: () => {
        const controls = readControls(form);
        return JSON.stringify(controls) === initial ? null : { controls };
      },
      fill: (content) => {
        fillControls(form, content.controls);
        showClears();
      },
      clear: () => {
        form.reset();
        showClears();
      },
      saveHint: "press Save answers to keep them",
    },
    draftNote,
  );
  return form;
}

/** One question: its text naming a group of three radios, and a way to take an answer back. */
function questionBlock(q: RiskQuestion): HTMLElement {
  const textId = `${radioName(q.code)}-text`;
  const radios = RISK_ANSWERS.map(([answer, words]) => {
    const id = radioId(q.code, answer);
    const input = h("input", { type: "radio", id, name: radioName(q.code), value: answer });
    return { input, wrap: h("div", { class: "radio" }, input, h("label", { for: id }, words)) };
  });
  // Radios cannot be unticked, and leaving a question out must stay possible.
  const clear = h(
    "button",
    { type: "button", class: "small risk-clear", "aria-label": `Clear answer to: ${q.text}`, hidden: true },
    "Clear answer",
  );
  clear.addEventListener("click", () => {
    for (const r of radios) r.input.checked = false;
    clear.hidden = true;
    radios[0]?.input.focus();
  });
  for (const r of radios) r.input.addEventListener("change", () => (clear.hidden = false));
  return h(
    "div",
    { class: "risk-question", role: "radiogroup", "aria-labelledby": textId, "data-code": q.code },
    h("p", { class: "risk-question-text", id: textId }, q.text),
    h("div", { class: "risk-options" }, ...radios.map((r) => r.wrap), clear),
  );
}

/** Whose answers an entry shows: the person's own (in their words), or the person's as an advocate reads them. */
interface EntryWords {
  whose: "your" | "their";
  note: string;
  heading: "h3" | "h4";
  /** The note shows without opening the answers (an advocate reads it first). */
  noteFirst: boolean;
}

const YOURS: EntryWords = { whose: "your", note: "Your note: ", heading: "h4", noteFirst: false };
const THEIRS: EntryWords = { whose: "their", note: "Their note: ", heading: "h3", noteFirst: true };

function historyEntry(
  s: RiskScreening,
  previous: RiskScreening | undefined,
  questions: RiskQuestion[],
  words: EntryWords = YOURS,
): HTMLElement {
  const byCode = new Map(s.answers.map((a) => [a.code, a.answer]));
  const textOf = (code: string) => questions.find((q) => q.code === code)?.text ?? code;
  // Every question is listed, so a left-out one is visible as such, then any answer to a
  // question this version no longer asks.
  const rows = [
    ...questions.map((q) => [q.text, byCode.get(q.code)] as const),
    ...s.answers.filter((a) => !questions.some((q) => q.code === a.code)).map((a) => [a.code, a.answer] as const),
  ];
  const newlyYes = previous ? compareScreenings(previous, s).nowYes : [];
  const note = h("p", { class: "excerpt risk-entry-note" }, h("strong", {}, words.note), s.note);
  return h(
    "li",
    { class: "card risk-entry", "data-screening-id": s.id, "data-level": s.level },
    h(words.heading, {}, formatDate(s.taken_at), h("span", { class: "muted" }, ` at ${formatTime(s.taken_at)}`)),
    h("p", { class: "risk-entry-facts" }, h("span", { class: "badge" }, levelLabel(s.level)), ` · ${yesCountText(s.yes_count)}`),
    s.note && words.noteFirst ? note : null,
    previous ? h("p", { class: "risk-change" }, describeChange(previous, s, words.whose)) : null,
    newlyYes.length > 0
      ? h(
          "div",
          { class: "risk-newly-yes" },
          h("p", { class: "muted" }, "Now yes:"),
          h("ul", {}, ...newlyYes.map((code) => h("li", {}, textOf(code)))),
        )
      : null,
    h(
      "details",
      {},
      h("summary", {}, "See these answers"),
      h(
        "dl",
        { class: "risk-answers" },
        ...rows.map(([text, answer]) =>
          h(
            "div",
            { class: "row" },
            h("dt", {}, text),
            h("dd", { class: answer ? undefined : "muted" }, answer ? answerLabel(answer) : "Not answered"),
          ),
        ),
      ),
      s.note && !words.noteFirst ? note : null,
    ),
  );
}
