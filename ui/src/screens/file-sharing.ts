// On an opened entry, while the person shares their incident log: a tick per file to show it to
// their advocate, and how far each chosen file has gone. Files are never shared unless ticked
// here, one by one; the bytes go with the next send (at once while working together).

import { api, isApiError, type EntryFileSharing, type FileSharing } from "../api";
import { h } from "../dom";
import { fileSendingText } from "./file-sharing-logic";

/** How often the progress is looked at again while a chosen file is still on its way. */
const LOOK_AGAIN_MS = 3000;

/**
 * Adds the ticks to the rows of `list` (rows carry `data-attachment-id`) and a word above it, or
 * leaves everything as it was when the choice is not offered (sharing off, the log not shared,
 * an advocate's case) or could not be loaded.
 */
export function offerFileSharing(incidentId: string, list: HTMLElement): void {
  const status = h("p", { class: "status", role: "status" });
  const problem = h("p", { class: "form-error", role: "alert" });
  let timer: number | undefined;
  let shown = false;

  const show = (state: EntryFileSharing) => {
    window.clearTimeout(timer);
    if (!state.offered || !list.isConnected) return;
    if (!shown) {
      shown = true;
      list.before(
        h(
          "p",
          { class: "hint file-sharing-hint" },
          "Your advocate sees this entry but not its files. Tick a file to show it to them too. " +
            "Untick it to take it back: it is removed from their copy the next time their app connects.",
        ),
        problem,
        status,
      );
    }
    for (const file of state.files) row(file);
    if (state.files.some((f) => f.shared && f.parts_sent < f.part_count)) {
      timer = window.setTimeout(() => {
        if (list.isConnected) api.entryFileSharing(incidentId).then(show, () => undefined);
      }, LOOK_AGAIN_MS);
    }
  };

  const row = (file: FileSharing) => {
    const li = list.querySelector<HTMLElement>(`li[data-attachment-id="${CSS.escape(file.attachment_id)}"]`);
    if (!li) return;
    const name = li.querySelector(".file-name")?.textContent ?? "this file";
    let box = li.querySelector<HTMLInputElement>('input[data-action="share-file"]');
    let note = li.querySelector<HTMLElement>(".file-sending");
    if (!box || !note) {
      const id = `share-file-${file.attachment_id}`;
      box = h("input", { type: "checkbox", id, "data-action": "share-file" });
      note = h("span", { class: "file-sending", id: `${id}-state` });
      box.setAttribute("aria-describedby", note.id);
      const input = box;
      input.addEventListener("change", () => choose(file.attachment_id, input, name));
      li.append(
        h(
          "span",
          { class: "file-share-choice" },
          input,
          h("label", { for: id }, "Show to my advocate", h("span", { class: "visually-hidden" }, `: ${name}`)),
        ),
        note,
      );
    }
    box.checked = file.shared;
    note.textContent = fileSendingText(file);
  };

  const choose = (attachmentId: string, box: HTMLInputElement, name: string) => {
    const shared = box.checked;
    box.disabled = true;
    problem.textContent = "";
    api
      .setFileShared(incidentId, attachmentId, shared)
      .then((state) => {
        status.textContent = shared
          ? `${name} will be shown to your advocate.`
          : `${name} was taken back. It is removed from your advocate's copy the next time their app connects.`;
        show(state);
      })
      .catch((e: unknown) => {
        box.checked = !shared;
        problem.textContent = isApiError(e) ? e.message : "That could not be changed just now. Nothing was sent.";
      })
      .finally(() => {
        box.disabled = false;
      });
  };

  api.entryFileSharing(incidentId).then(show, () => undefined);
}
