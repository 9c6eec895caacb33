// On an opened entry, while the person shares their incident log: a tick per file to show it to
// their advocate, and how far each chosen file has gone. Files are never shared unless ticked
// here, one by one; the bytes go with the next send (at once while working together).

import { api, errorMessage, type EntryFileSharing, type FileSharing } from "../api";
import { h } from "../dom";
import { t } from "../i18n";
import { fileSendingText, fileWho, justSent } from "./file-sharing-logic";

/** How often the progress is looked at again while a chosen file is still on its way. */
const LOOK_AGAIN_MS = 3000;

/**
 * Adds the ticks to the rows of `list` (rows carry `data-attachment-id`), a word above it and the
 * messages below it (so nothing moves the rows), or leaves everything as it was when the choice
 * is not offered (sharing off, the log not shared, an advocate's case) or could not be loaded.
 */
export function offerFileSharing(incidentId: string, list: HTMLElement): void {
  const status = h("p", { class: "status", role: "status" });
  const problem = h("p", { class: "form-error", role: "alert" });
  const last = new Map<string, FileSharing>();
  let timer: number | undefined;
  let shown = false;
  /** Whom a ticked file goes to, as the last answer said. */
  let who = fileWho(1);
  let seeing = 1;
  const hint = h("p", { class: "file-sharing-hint" });

  const show = (state: EntryFileSharing) => {
    window.clearTimeout(timer);
    if (!state.offered || !list.isConnected) return;
    seeing = state.seeing;
    who = fileWho(seeing);
    hint.textContent = t("file-sharing-hint", { who });
    if (!shown) {
      shown = true;
      list.before(hint);
      list.after(problem, status);
    }
    for (const file of state.files) {
      row(file);
      if (justSent(last.get(file.attachment_id), file)) {
        status.textContent = t("file-sharing-just-sent", { name: nameOf(file.attachment_id), who });
      }
      last.set(file.attachment_id, file);
    }
    if (state.files.some((f) => f.shared && f.parts_sent < f.part_count)) {
      timer = window.setTimeout(() => {
        if (list.isConnected) api.entryFileSharing(incidentId).then(show, () => undefined);
      }, LOOK_AGAIN_MS);
    }
  };

  const rowOf = (attachmentId: string) =>
    list.querySelector<HTMLElement>(`li[data-attachment-id="${CSS.escape(attachmentId)}"]`);
  const nameOf = (attachmentId: string) => rowOf(attachmentId)?.querySelector(".file-name")?.textContent ?? t("file-sharing-the-file");

  const row = (file: FileSharing) => {
    const li = rowOf(file.attachment_id);
    if (!li) return;
    let box = li.querySelector<HTMLInputElement>('input[data-action="share-file"]');
    let note = li.querySelector<HTMLElement>(".file-sending");
    if (!box || !note) {
      const id = `share-file-${file.attachment_id}`;
      const name = nameOf(file.attachment_id);
      const input = h("input", { type: "checkbox", id, "data-action": "share-file" });
      note = h("span", { class: "file-sending", id: `${id}-state` });
      input.setAttribute("aria-describedby", note.id);
      input.addEventListener("change", () => choose(file.attachment_id, input, name));
      box = input;
      // Before the full hash, so opening that never moves the tick.
      const choice = h(
        "span",
        { class: "file-share-choice" },
        input,
        h("label", { for: id }, h("span", { class: "file-share-to" }), h("span", { class: "visually-hidden" }, `: ${name}`)),
      );
      const hash = li.querySelector("details.full-hash");
      if (hash) hash.before(choice, note);
      else li.append(choice, note);
    }
    if (box.getAttribute("aria-disabled") !== "true") box.checked = file.shared;
    const to = li.querySelector(".file-share-to");
    if (to) to.textContent = t("file-sharing-show", { who });
    note.textContent = fileSendingText(file, seeing);
  };

  const choose = (attachmentId: string, box: HTMLInputElement, name: string) => {
    // One change at a time; the tick keeps keyboard focus (disabling it would drop it).
    if (box.getAttribute("aria-disabled") === "true") {
      box.checked = !box.checked;
      return;
    }
    const shared = box.checked;
    box.setAttribute("aria-disabled", "true");
    problem.textContent = "";
    api
      .setFileShared(incidentId, attachmentId, shared)
      .then((state) => {
        status.textContent = shared
          ? t("file-sharing-will-show", { name, who: fileWho(state.seeing) })
          : t("file-sharing-taken-back", { name, who: fileWho(state.seeing) });
        box.removeAttribute("aria-disabled");
        show(state);
      })
      .catch((e: unknown) => {
        box.checked = !shared;
        problem.textContent = errorMessage(e, t("file-sharing-change-failed"));
      })
      .finally(() => {
        box.removeAttribute("aria-disabled");
      });
  };

  api.entryFileSharing(incidentId).then(show, () => undefined);
}
