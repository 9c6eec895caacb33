// Attached files for the incident log: the picker in the new-entry and correction forms, and the
// list shown with an entry (pictures can be shown in place). Bytes only ever live in memory: a file
// goes from the <input> to the encrypted vault, and a picture comes back as a data: URL that is
// dropped when hidden (never a blob: URL, never a file on disk).

import "./records.css";
import { api, errorMessage, type AttachmentMeta } from "../api";
import { h } from "../dom";
import { formatSize, imageDataUrl, isShowableImage, shortHash } from "./attachment-format";
import { FluentNumber } from "@fluent/bundle";
import { t } from "../i18n";

/**
 * The largest file the vault takes (mirrors MAX_ATTACHMENT_BYTES in crates/store). Checked here
 * first only so a huge video is never read into memory just to be refused; the words are the
 * vault's own.
 */
const MAX_ATTACHMENT_BYTES = 64 * 1024 * 1024;

/** A count as the app has always written it: no thousands separator. */
const plain = (n: number) => new FluentNumber(n, { useGrouping: false });

const tooLarge = () => t("attachments-too-large", { size: plain(MAX_ATTACHMENT_BYTES / (1024 * 1024)) });

const INPUT_ID = "f-attachment-file";

interface Entry {
  id: string;
  /** Null while loading, or if the details could not be loaded (the id is still kept). */
  meta: AttachmentMeta | null;
}

/** What a file's row shows: the vault's own files and those a person shares alike. */
export type FileFacts = Pick<AttachmentMeta, "file_name" | "media_type" | "size" | "sha256">;

/** "photo.jpg · 1.2 MB · SHA-256 3fa2b9c01d4e" with the full hash in a title. */
function facts(meta: FileFacts): HTMLElement {
  return h(
    "span",
    { class: "file-facts" },
    `${formatSize(meta.size)} · SHA-256 `,
    h("code", { title: meta.sha256, class: "hash" }, shortHash(meta.sha256)),
  );
}

export interface AttachmentPicker {
  el: HTMLElement;
  /** The attachment ids to save with the entry, in the order shown. */
  ids(): string[];
  /** True while files are still being added (saving then would leave them out). */
  busy(): boolean;
  /** Shows these files instead (a draft being carried on). */
  replace(ids: string[]): void;
}

/**
 * "Add photos or files": each chosen file is imported at once; the list shows what this entry will
 * carry. Remove only takes a file off this form's list. Errors never clear anything else.
 */
export function attachmentPicker(initialIds: string[], revising: boolean): AttachmentPicker {
  const entries: Entry[] = initialIds.map((id) => ({ id, meta: null }));
  let loadingInitial = initialIds.length > 0;
  let pending = 0;

  const input = h("input", {
    type: "file",
    multiple: true,
    id: INPUT_ID,
    name: "attachment-file",
    "aria-describedby": `${INPUT_ID}-hint`,
  });
  const list = h("ul", {
    class: "attachment-list",
    "aria-label": t("attachments-list-label"),
    "data-attachments": "form",
  });
  const progress = h("p", { class: "status", role: "status" });
  const problem = h("p", { class: "form-error", role: "alert" });

  const el = h(
    "div",
    { class: "field attachments-field" },
    h("label", { for: INPUT_ID }, t("attachments-add")),
    input,
    h(
      "p",
      { class: "hint", id: `${INPUT_ID}-hint` },
      t("attachments-hint"),
      revising ? ` ${t("attachments-hint-revising")}` : null,
    ),
    problem,
    progress,
    list,
  );

  const nameOf = (e: Entry) => e.meta?.file_name ?? t("attachments-earlier-file");

  function row(entry: Entry): HTMLElement {
    const name = nameOf(entry);
    const remove = h(
      "button",
      {
        type: "button",
        class: "small",
        "data-action": "remove-attachment",
        "aria-label": t("attachments-remove-label", { name }),
      },
      t("attachments-remove"),
    );
    remove.addEventListener("click", () => {
      const at = entries.indexOf(entry);
      if (at < 0) return;
      entries.splice(at, 1);
      render();
      progress.textContent = t("attachments-removed", { name });
      const next = list.querySelectorAll<HTMLButtonElement>('button[data-action="remove-attachment"]')[
        Math.min(at, entries.length - 1)
      ];
      (next ?? input).focus();
    });
    return h(
      "li",
      { class: "attachment", "data-attachment-id": entry.id },
      h("span", { class: "file-name" }, name),
      entry.meta
        ? facts(entry.meta)
        : h(
            "span",
            { class: "file-facts" },
            loadingInitial ? t("attachments-loading") : t("attachments-details-failed-still-attached"),
          ),
      h("span", { class: "attachment-buttons" }, remove),
    );
  }

  let shownIds = "";
  function render(): void {
    // Keep keyboard focus on the same file's button if the list is redrawn under it.
    const focused = document.activeElement?.closest("li[data-attachment-id]");
    const focusedAt = focused ? Array.from(list.children).indexOf(focused) : -1;
    list.replaceChildren(...entries.map(row));
    list.hidden = entries.length === 0;
    if (focusedAt >= 0) list.children[focusedAt]?.querySelector<HTMLElement>("button")?.focus();
    // A file added or taken off changes the form like typing does (its draft is kept).
    const ids = entries.map((e) => e.id).join(" ");
    if (ids !== shownIds && el.isConnected) el.dispatchEvent(new Event("change", { bubbles: true }));
    shownIds = ids;
  }
  render();

  function loadDetails(ids: string[]): void {
    loadingInitial = true;
    render();
    api
      .attachmentInfo(ids)
      .then((metas) => {
        const byId = new Map(metas.map((m) => [m.id, m]));
        for (const e of entries) e.meta = byId.get(e.id) ?? e.meta;
      })
      .catch(() => {
        problem.textContent = t("attachments-details-failed-all");
      })
      .finally(() => {
        loadingInitial = false;
        render();
      });
  }
  if (loadingInitial) loadDetails(initialIds);

  async function addFiles(files: File[]): Promise<void> {
    pending += 1;
    const problems: string[] = [];
    const added: string[] = [];
    problem.textContent = "";
    try {
      for (const [n, file] of files.entries()) {
        progress.textContent =
          files.length > 1
            ? t("attachments-adding-one-of", { number: plain(n + 1), total: plain(files.length), name: file.name })
            : t("attachments-adding", { name: file.name });
        if (file.size > MAX_ATTACHMENT_BYTES) {
          problems.push(t("attachments-file-problem", { name: file.name, problem: tooLarge() }));
          continue;
        }
        try {
          const meta = await api.addAttachment(file);
          if (entries.some((e) => e.meta?.sha256 === meta.sha256)) {
            problems.push(t("attachments-already", { name: file.name }));
            continue;
          }
          entries.push({ id: meta.id, meta });
          added.push(meta.file_name);
          render();
        } catch (e) {
          problems.push(
            t("attachments-file-problem", {
              name: file.name,
              problem: errorMessage(e, t("attachments-add-failed")),
            }),
          );
        }
      }
    } finally {
      pending -= 1;
    }
    progress.textContent =
      added.length === 0
        ? ""
        : added.length === 1
          ? t("attachments-added-one", { name: added[0] ?? "" })
          : t("attachments-added-many", { count: plain(added.length) });
    problem.textContent = problems.join(" ");
  }

  input.addEventListener("change", () => {
    const files = Array.from(input.files ?? []);
    // Cleared so the same file can be chosen again, and no File is held by the input.
    input.value = "";
    if (files.length > 0) void addFiles(files);
  });

  return {
    el,
    ids: () => entries.map((e) => e.id),
    busy: () => pending > 0,
    replace(ids: string[]) {
      entries.splice(0, entries.length, ...ids.map((id) => ({ id, meta: null })));
      if (ids.length > 0) loadDetails(ids);
      else render();
    },
  };
}

/**
 * The files an entry carries, for reading: name, size, short hash (full hash in a title and in a
 * disclosure for keyboard users), and for pictures a Show / Hide button.
 */
export function attachmentList(ids: string[], metas: Map<string, AttachmentMeta> | null): HTMLElement {
  return h(
    "ul",
    { class: "attachment-list", "aria-label": t("attachments-view-label"), "data-attachments": "view" },
    ...ids.map((id) => viewRow(id, metas?.get(id) ?? null)),
  );
}

function viewRow(id: string, meta: AttachmentMeta | null): HTMLElement {
  if (!meta) {
    return h(
      "li",
      { class: "attachment", "data-attachment-id": id },
      h("span", { class: "file-name" }, t("attachments-a-file")),
      h("span", { class: "file-facts" }, t("attachments-details-failed-now")),
    );
  }
  const li = fileRow(meta, () => api.attachmentBytes(id));
  li.setAttribute("data-attachment-id", id);
  return li;
}

/**
 * One file for reading: name, size and hash, and for a picture a Show / Hide button that loads its
 * bytes with `load` (null: not here yet, so no button). `note` is a line of its own under the name.
 */
export function fileRow(
  meta: FileFacts,
  load: (() => Promise<ArrayBuffer>) | null,
  note: string | null = null,
): HTMLElement {
  const li = h("li", { class: "attachment" });
  const name = meta.file_name;
  const error = h("p", { class: "form-error", role: "alert" });
  const buttons = h("span", { class: "attachment-buttons" });
  li.append(h("span", { class: "file-name" }, name), facts(meta), buttons);
  if (note) li.append(h("span", { class: "file-note" }, note));

  if (load && isShowableImage(meta.media_type)) {
    const show = h(
      "button",
      { type: "button", class: "small", "data-action": "show-attachment", "aria-label": t("attachments-show-label", { name }) },
      t("attachments-show"),
    );
    buttons.append(show);
    let preview: HTMLElement | null = null;
    let loading = false;

    const hide = () => {
      if (preview) {
        preview.querySelector("img")?.removeAttribute("src");
        preview.remove();
        preview = null;
      }
      show.textContent = t("attachments-show");
      show.setAttribute("aria-label", t("attachments-show-label", { name }));
      show.setAttribute("data-action", "show-attachment");
    };

    show.addEventListener("click", () => {
      if (preview) {
        hide();
        return;
      }
      if (loading) return;
      loading = true;
      error.textContent = "";
      show.setAttribute("aria-busy", "true");
      load()
        .then((bytes) => {
          const url = imageDataUrl(meta.media_type, bytes);
          if (!url) throw new Error("not showable");
          const img = h("img", { alt: name });
          img.addEventListener("error", () => {
            hide();
            error.textContent = t("attachments-picture-failed");
          });
          img.src = url;
          preview = h("div", { class: "attachment-preview" }, img);
          li.append(preview);
          show.textContent = t("attachments-hide");
          show.setAttribute("aria-label", t("attachments-hide-label", { name }));
          show.setAttribute("data-action", "hide-attachment");
        })
        .catch((e: unknown) => {
          error.textContent = errorMessage(e, t("attachments-picture-failed"));
        })
        .finally(() => {
          loading = false;
          show.removeAttribute("aria-busy");
        });
    });
  }

  li.append(
    error,
    h(
      "details",
      { class: "full-hash" },
      h("summary", {}, t("attachments-full-hash")),
      h("code", {}, meta.sha256),
    ),
  );
  return li;
}

/** "Files: a.jpg (SHA-256 3fa2b9c01d4e), b.png (…)" for one version in the history. */
export function versionFiles(ids: string[], metas: Map<string, AttachmentMeta> | null): HTMLElement | null {
  if (ids.length === 0) return null;
  const parts: (string | HTMLElement)[] = [`${t("attachments-version-files", { count: plain(ids.length) })} `];
  ids.forEach((id, n) => {
    if (n > 0) parts.push(t("attachments-list-separator"));
    const meta = metas?.get(id);
    if (meta) {
      parts.push(`${meta.file_name} (SHA-256 `, h("code", { title: meta.sha256 }, shortHash(meta.sha256)), ")");
    } else {
      parts.push(t("attachments-version-file-unknown"));
    }
  });
  return h("p", { class: "version-files" }, ...parts);
}

/** Loads details for every id given, once; null if that failed (callers still show the ids). */
export async function loadAttachmentInfo(ids: string[]): Promise<Map<string, AttachmentMeta> | null> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  try {
    const metas = await api.attachmentInfo(unique);
    return new Map(metas.map((m) => [m.id, m]));
  } catch {
    return null;
  }
}
