// The everyday notebook: what the second PIN opens by default, in the app's own shell. A calculator
// with a notebook behind it is an ordinary kind of app, so nothing here may hint at anything more:
// every word it shows is in notebook-logic.ts (NOTEBOOK_LABELS, checked by a test). It offers a
// list of pages, an editor for one page, and settings with only the PIN. "Lock" is the app's
// quick exit (main.ts), and Shift tapped three times works here as everywhere.

import "./notebook.css";
import { api, errorMessage, isApiError, type NotebookPageView } from "../api";
import { formatLocalDateTime } from "../dates";
import { confirmGroup, field, h, keepClearOfHeader } from "../dom";
import { NOTEBOOK_LABELS as L, hasChanges, pageTitle, shortDate } from "./notebook-logic";
import { addPinStrengthHint } from "./pin-hint";
import { languageForm } from "./language-form";
import { pinPairProblem, wrongCurrentPinMessage } from "./settings-rules";

export interface NotebookOptions {
  /** The Lock button: the same as the app's quick exit. */
  onLock(): void;
  /** Settings, when the notebook is drawn again in a language chosen there. */
  start?: View;
}

type View = "pages" | "settings";

export function showNotebook(root: HTMLElement, opts: NotebookOptions): void {
  const lock = h("button", { type: "button", class: "quick-exit notebook-lock" }, L.lock);
  lock.addEventListener("click", opts.onLock);
  const main = h("main", { class: "screen notebook", id: "screen" });
  const pagesButton = navButton("pages", L.navPages);
  const settingsButton = navButton("settings", L.navSettings);
  const nav = h("nav", { "aria-label": L.navLabel }, pagesButton, settingsButton);
  const bar = h("header", { class: "bar" }, h("span", { class: "bar-title" }, L.barTitle), nav, lock);
  root.replaceChildren(bar, main);
  keepClearOfHeader(bar);

  function navButton(view: View, label: string): HTMLButtonElement {
    const b = h("button", { type: "button", class: "nav", "data-view": view }, label);
    b.addEventListener("click", () => go(view));
    return b;
  }

  function go(view: View, message?: string): void {
    for (const b of [pagesButton, settingsButton]) {
      if (b.dataset.view === view) b.setAttribute("aria-current", "page");
      else b.removeAttribute("aria-current");
    }
    if (view === "settings") showNotebookSettings(main);
    else showPages(main, { open: (page) => showEditor(main, page, { back: (m) => go("pages", m) }), message });
  }

  go(opts.start ?? "pages");
}

// ---- The list of pages ----

interface PagesOptions {
  open(page: NotebookPageView | null): void;
  /** Said once the list is shown (e.g. after a page was deleted). */
  message?: string;
}

function showPages(main: HTMLElement, opts: PagesOptions): void {
  const heading = h("h1", { tabindex: "-1" }, L.pagesHeading);
  const newPage = h("button", { type: "button", class: "primary" }, L.newPage);
  newPage.addEventListener("click", () => opts.open(null));
  const error = h("p", { class: "form-error", role: "alert" });
  const status = h("p", { class: "status", role: "status" });
  const list = h("ul", { class: "notebook-pages", "aria-label": L.listLabel });
  main.replaceChildren(h("div", { class: "notebook-top" }, heading, newPage), status, error, list);
  heading.focus();

  api
    .notebookPages()
    .then((pages) => {
      if (!list.isConnected) return;
      const now = new Date();
      list.replaceChildren(
        ...(pages.length
          ? pages.map((page) => {
              const open = h(
                "button",
                { type: "button", class: "notebook-page", "data-page-id": page.id },
                h("span", { class: "notebook-page-title" }, pageTitle(page)),
                h("span", { class: "notebook-page-date" }, shortDate(page.updated_at, now)),
              );
              open.addEventListener("click", () => opts.open(page));
              return h("li", {}, open);
            })
          : [h("li", { class: "empty" }, L.empty)]),
      );
      if (opts.message) status.textContent = opts.message;
    })
    .catch((e: unknown) => {
      if (list.isConnected) error.textContent = errorMessage(e, L.loadFailed);
    });
}

// ---- One page ----

interface EditorOptions {
  /** Back to the list (with a message to say there, if any). */
  back(message?: string): void;
}

function showEditor(main: HTMLElement, page: NotebookPageView | null, opts: EditorOptions): void {
  /** What was last saved (null: a new page, not saved yet). */
  let saved: NotebookPageView | null = page;
  const heading = h("h1", { tabindex: "-1" }, saved ? pageTitle(saved) : L.newPageHeading);
  const changedNote = h("p", { class: "muted notebook-changed" });
  const title = field(L.titleLabel, "notebook-title");
  const body = field(L.bodyLabel, "notebook-body", { multiline: true });
  const titleInput = title.control as HTMLInputElement;
  const bodyInput = body.control as HTMLTextAreaElement;
  bodyInput.rows = 12;
  titleInput.value = saved?.title ?? "";
  bodyInput.value = saved?.body ?? "";

  const error = h("p", { class: "form-error", role: "alert" });
  const status = h("p", { class: "status", role: "status" });
  const save = h("button", { type: "submit", class: "primary" }, L.save);
  const back = h("button", { type: "button" }, L.back);
  const del = h("button", { type: "button", class: "notebook-delete" }, L.delete);

  const leaveYes = h("button", { type: "button" }, L.leaveYes);
  const leaveNo = h("button", { type: "button", class: "primary" }, L.leaveNo);
  const leaveBox = confirmGroup("notebook-leave-question", L.leaveQuestion, leaveNo, leaveYes);
  const deleteYes = h("button", { type: "button", class: "notebook-delete" }, L.deleteYes);
  const deleteNo = h("button", { type: "button", class: "primary" }, L.deleteNo);
  const deleteBox = confirmGroup("notebook-delete-question", L.deleteQuestion, deleteNo, deleteYes);

  const form = h(
    "form",
    { class: "panel notebook-editor", "aria-labelledby": "notebook-editor-title" },
    title.wrap,
    body.wrap,
    error,
    status,
    h("div", { class: "actions notebook-actions" }, back, del, h("span", { class: "spacer" }), save),
    leaveBox,
    deleteBox,
  );
  heading.id = "notebook-editor-title";
  main.replaceChildren(heading, changedNote, form);

  function showSaved(): void {
    heading.textContent = saved ? pageTitle(saved) : L.newPageHeading;
    const when = saved ? formatLocalDateTime(saved.updated_at) : "";
    changedNote.textContent = when ? `${L.changedPrefix} ${when}` : "";
    del.hidden = saved === null;
  }
  showSaved();
  // A new page: straight into its title. An existing one: its name is read first.
  if (saved) heading.focus();
  else titleInput.focus();

  // Buttons stay enabled while waiting (disabling one drops keyboard focus); this stops doubles.
  let busy = false;
  const closeBoxes = () => {
    leaveBox.hidden = true;
    deleteBox.hidden = true;
  };

  form.addEventListener("input", () => {
    status.textContent = "";
  });

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    void saveNow();
  });
  // Ctrl+S (Cmd+S) saves too, as in other notebooks.
  form.addEventListener("keydown", (e) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === "s" || e.key === "S")) {
      e.preventDefault();
      void saveNow();
    }
  });

  async function saveNow(): Promise<void> {
    if (busy) return;
    closeBoxes();
    error.textContent = "";
    status.textContent = "";
    if (!saved && !hasChanges(null, titleInput.value, bodyInput.value)) {
      error.textContent = L.nothingToSave;
      titleInput.focus();
      return;
    }
    busy = true;
    try {
      const result = await api.notebookSave(saved?.id ?? null, titleInput.value, bodyInput.value);
      if (!form.isConnected) return;
      saved = result;
      showSaved();
      status.textContent = L.saved;
    } catch (err: unknown) {
      if (form.isConnected) error.textContent = errorMessage(err, L.saveFailed);
    } finally {
      busy = false;
    }
  }

  back.addEventListener("click", () => {
    if (busy) return;
    closeBoxes();
    if (hasChanges(saved, titleInput.value, bodyInput.value)) {
      leaveBox.hidden = false;
      leaveNo.focus();
      return;
    }
    opts.back();
  });
  leaveNo.addEventListener("click", () => {
    leaveBox.hidden = true;
    bodyInput.focus();
  });
  leaveYes.addEventListener("click", () => opts.back());

  del.addEventListener("click", () => {
    if (busy || !saved) return;
    closeBoxes();
    error.textContent = "";
    status.textContent = "";
    deleteBox.hidden = false;
    deleteNo.focus();
  });
  deleteNo.addEventListener("click", () => {
    deleteBox.hidden = true;
    del.focus();
  });
  deleteYes.addEventListener("click", () => {
    if (busy || !saved) return;
    busy = true;
    api
      .notebookRemove(saved.id)
      .then(() => {
        if (form.isConnected) opts.back(L.deleted);
      })
      .catch((err: unknown) => {
        if (!form.isConnected) return;
        error.textContent = errorMessage(err, L.deleteFailed);
        deleteBox.hidden = true;
        del.focus();
      })
      .finally(() => {
        busy = false;
      });
  });

  // Esc closes a question that is showing (never anything else: Esc alone does nothing more).
  for (const [box, opener] of [
    [leaveBox, back],
    [deleteBox, del],
  ] as const) {
    box.addEventListener("keydown", (e) => {
      if (e.key === "Escape") {
        e.preventDefault();
        box.hidden = true;
        opener.focus();
      }
    });
  }
}

// ---- Settings: the language and the PIN ----

function showNotebookSettings(main: HTMLElement): void {
  const heading = h("h1", { tabindex: "-1" }, L.settingsHeading);
  // Kept in this space's own vault, as any app keeps its language.
  const language = h(
    "section",
    { class: "panel notebook-settings" },
    languageForm({ id: "notebook-language", choose: (code) => api.setLanguage(code) }),
  );
  main.replaceChildren(heading, h("p", { class: "lead" }, L.settingsLead), language, changePinForm());
  heading.focus();
}

function changePinForm(): HTMLElement {
  const current = field(L.currentPin, "notebook-current-pin", { type: "password", autocomplete: "off" });
  const pin = field(L.newPin, "notebook-new-pin", { type: "password", autocomplete: "off", hint: L.pinHint });
  const again = field(L.newPinAgain, "notebook-new-pin-again", { type: "password", autocomplete: "off" });
  const currentInput = current.control as HTMLInputElement;
  const pinInput = pin.control as HTMLInputElement;
  const againInput = again.control as HTMLInputElement;
  for (const c of [currentInput, pinInput, againInput]) c.setAttribute("inputmode", "numeric");
  const error = h("p", { class: "form-error", role: "alert" });
  const status = h("p", { class: "status", role: "status" });
  const submit = h("button", { type: "submit", class: "primary" }, L.changePin);
  const form = h(
    "form",
    { class: "panel notebook-settings", "aria-labelledby": "notebook-pin-title" },
    h("h2", { id: "notebook-pin-title" }, L.changePinHeading),
    current.wrap,
    pin.wrap,
    again.wrap,
    error,
    status,
    h("div", { class: "actions" }, submit),
  );
  addPinStrengthHint(pinInput);

  let pending = false;
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (pending) return;
    error.textContent = "";
    status.textContent = "";
    if (!currentInput.value) {
      error.textContent = L.needCurrentPin;
      currentInput.focus();
      return;
    }
    const problem = pinPairProblem(pinInput.value, againInput.value);
    if (problem) {
      error.textContent = problem.message;
      // Two that differ: both are typed again, from the first.
      if (problem.clearBoth) {
        pinInput.value = "";
        againInput.value = "";
      }
      (problem.field === "pin" ? pinInput : againInput).focus();
      return;
    }
    pending = true;
    status.textContent = L.changing;
    api
      .changePin(currentInput.value, pinInput.value)
      .then(() => {
        form.reset();
        status.textContent = L.pinChanged;
      })
      .catch((err: unknown) => {
        status.textContent = "";
        // A notebook says nothing of chips: just another PIN, please, typed again from the start.
        if (isApiError(err) && (err.code === "pin_not_usable_here" || err.code === "invalid")) {
          error.textContent = err.code === "invalid" ? err.message : L.pinNotUsable;
          pinInput.value = "";
          againInput.value = "";
          pinInput.focus();
          return;
        }
        if (isApiError(err) && err.code === "wrong_pin") {
          error.textContent = wrongCurrentPinMessage();
          currentInput.value = "";
          currentInput.focus();
          return;
        }
        error.textContent = errorMessage(err, L.pinChangeFailed);
      })
      .finally(() => {
        pending = false;
      });
  });
  return form;
}
