// Bringing a WhatsApp chat (or a plain list of messages) into the incident log: the computer's own Open dialog (from Rust), then
// what the file holds and the choices (whose messages, one entry each or all as one, what kind),
// then everything brought in at once or nothing. What was read stays in Rust's memory only until
// then, and a hide drops it.

import { api, errorMessage, INCIDENT_KINDS, type ChatSummary, type DateOrder, type IncidentKind } from "../api";
import { formatDate } from "../dates";
import { h, screen } from "../dom";
import { working } from "./form-errors";
import { oneOrEach } from "./one-or-each";
import { kindLabel } from "../labels";
import { FluentNumber } from "@fluent/bundle";
import { locale, t } from "../i18n";

export interface ChatImportDone {
  /** What to say on the log afterwards ("" when nothing was brought in). */
  message: string;
}

/** Asks for the file; then the choices replace `main`. `done` goes back to the log. */
export async function chooseChat(
  main: HTMLElement,
  status: HTMLElement,
  done: (result: ChatImportDone) => void,
): Promise<void> {
  status.textContent = t("imports-chat-choose");
  try {
    const summary = await api.chatRead();
    if (!summary) {
      status.textContent = t("imports-nothing-brought-in");
      return;
    }
    showChoices(main, summary, done);
  } catch (e) {
    status.textContent = errorMessage(e, t("imports-chat-read-failed"));
  }
}

/** A message number as the app has always written it: no thousands separator (as typed in the boxes). */
const plain = (n: number) => new FluentNumber(n, { useGrouping: false });

function showChoices(
  main: HTMLElement,
  summary: ChatSummary,
  done: (result: ChatImportDone) => void,
  /** The date order the person chose (the form is drawn again after each choice). */
  chosenOrder?: DateOrder,
): void {
  screen(main, (signal) => {
    const error = h("p", { class: "form-error", role: "alert" });
    const about = h("p", {});
    // Counts here are written with the language's own thousands separator ("1,204 messages").
    about.textContent = [
      t("imports-chat-about", {
        file: summary.file_name,
        count: summary.messages,
        first: summary.first,
        last: summary.last,
      }),
      summary.files > 0 ? t("imports-chat-about-files", { count: summary.files }) : null,
      summary.files_left_out > 0 ? t("imports-chat-about-left-out", { count: summary.files_left_out }) : null,
      summary.notices > 0 ? t("imports-chat-about-notices", { count: summary.notices }) : null,
    ]
      .filter((s): s is string => s !== null)
      .join(" ");
    // The very same file brought in before: said before it writes every message a second time.
    const again = h(
      "p",
      { class: "warning", role: "note", hidden: !summary.brought_in_before },
      summary.brought_in_before ? t("imports-chat-again", { date: formatDate(summary.brought_in_before) }) : "",
    );
    // Lines that look like new messages but were kept as words: said, with where they are.
    const kept = h(
      "p",
      { class: "warning", role: "note", hidden: summary.lines_kept_as_text.length === 0 },
      t("imports-chat-kept", {
        count: summary.lines_kept_as_text.length,
        lines: summary.lines_kept_as_text
          .map((n) => new Intl.NumberFormat(locale(), { useGrouping: false }).format(n))
          .join(t("imports-list-separator")),
      }),
    );

    // Only when every date reads both ways: the phone's order is asked, and the file read again.
    const orderBox = h(
      "fieldset",
      { class: "field", hidden: !summary.order_was_ambiguous },
      h("legend", {}, t("imports-chat-order-legend")),
      h("p", { class: "hint" }, t("imports-chat-order-hint", { first: summary.first.split(",")[0] ?? summary.first })),
      ...(
        [
          ["DayFirst", t("imports-chat-day-first")],
          ["MonthFirst", t("imports-chat-month-first")],
        ] as [DateOrder, string][]
      ).map(([value, label]) =>
        h(
          "div",
          { class: "radio" },
          // Nothing chosen for the person: a wrong guess would put every message on the wrong day.
          h("input", { type: "radio", name: "chat-order", id: `chat-order-${value}`, value, checked: chosenOrder === value }),
          h("label", { for: `chat-order-${value}` }, label),
        ),
      ),
    );
    orderBox.addEventListener("change", (e) => {
      const order = (e.target as HTMLInputElement).value as DateOrder;
      error.textContent = "";
      api
        .chatRead(order)
        .then((s) => {
          // Everything on the form comes from the new reading: who wrote, how many, which lines.
          // Not once the person has moved on (or the app hid): it would be drawn over that.
          if (s && !signal.aborted) showChoices(main, { ...s, order_was_ambiguous: true }, done, order);
        })
        .catch((err: unknown) => {
          error.textContent = errorMessage(err, t("imports-chat-read-that-way-failed"));
        });
    });

    const senders = h(
      "fieldset",
      { class: "field" },
      h("legend", {}, t("imports-chat-senders")),
      h("p", { class: "hint" }, t("imports-chat-senders-hint")),
      ...summary.senders.map((s, i) =>
        h(
          "div",
          { class: "check" },
          h("input", { type: "checkbox", id: `chat-sender-${i}`, "data-sender": s.name, checked: true }),
          h("label", { for: `chat-sender-${i}` }, t("imports-chat-sender", { name: s.name, count: s.messages })),
        ),
      ),
    );
    const how = oneOrEach("chat", t("imports-chat-each"), t("imports-chat-together"));
    // Which part of the chat: message numbers, from 1 in the file's order.
    const number = (id: string, value: number) => {
      const box = h("input", {
        type: "number",
        id,
        min: "1",
        max: String(summary.messages),
        value: String(value),
        inputmode: "numeric",
        "aria-describedby": "chat-range-hint",
      });
      // Enter in a number box does not bring everything in before the rest is chosen.
      box.addEventListener("keydown", (e) => {
        if (e.key === "Enter") e.preventDefault();
      });
      return box;
    };
    const from = number("chat-from", 1);
    const until = number("chat-until", summary.messages);
    const range = h(
      "fieldset",
      { class: "field chat-range" },
      h("legend", {}, t("imports-chat-range")),
      h(
        "p",
        { class: "hint", id: "chat-range-hint" },
        t("imports-chat-range-hint", { first: summary.first, last: plain(summary.messages) }),
      ),
      h("label", { for: "chat-from" }, t("imports-chat-from")),
      from,
      h("label", { for: "chat-until" }, t("imports-chat-to")),
      until,
    );
    const kind = h(
      "select",
      { id: "chat-kind" },
      ...INCIDENT_KINDS.map(([code]) => h("option", { value: code }, kindLabel(code))),
    );
    kind.value = "Messages";
    const bring = h("button", { type: "submit", class: "primary" }, t("imports-bring-them-in"));
    const cancel = h("button", { type: "button" }, t("imports-cancel"));
    cancel.addEventListener("click", () => done({ message: t("imports-nothing-brought-in") }));
    const form = h(
      "form",
      { class: "panel", "aria-labelledby": "chat-title" },
      h("h1", { id: "chat-title", tabindex: "-1" }, t("imports-chat-title")),
      about,
      again,
      kept,
      h("p", { class: "hint" }, t("imports-chat-time-hint", { zone: Intl.DateTimeFormat().resolvedOptions().timeZone })),
      orderBox,
      senders,
      range,
      how.el,
      h("div", { class: "field" }, h("label", { for: "chat-kind" }, t("imports-what-kind")), kind),
      error,
      h("div", { class: "actions" }, cancel, bring),
    );
    let busy = false;
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      if (busy) return;
      const chosen = [...senders.querySelectorAll<HTMLInputElement>("input[data-sender]")]
        .filter((b) => b.checked)
        .map((b) => b.dataset.sender ?? "");
      if (chosen.length === 0) {
        error.textContent = t("imports-chat-need-sender");
        senders.querySelector<HTMLInputElement>("input")?.focus();
        return;
      }
      if (summary.order_was_ambiguous && !orderBox.querySelector<HTMLInputElement>("input:checked")) {
        error.textContent = t("imports-chat-need-order");
        orderBox.querySelector<HTMLInputElement>("input")?.focus();
        return;
      }
      // Empty boxes mean the first and the last; numbers the wrong way round are swapped.
      const read = (box: HTMLInputElement, empty: number) => (box.value.trim() === "" ? empty : Number(box.value));
      let first = read(from, 1);
      let last = read(until, summary.messages);
      if (first > last) [first, last] = [last, first];
      if (!Number.isInteger(first) || !Number.isInteger(last) || first < 1 || last > summary.messages) {
        error.textContent = "";
        error.textContent = t("imports-chat-bad-range", { last: plain(summary.messages) });
        from.focus();
        return;
      }
      busy = true;
      error.textContent = "";
      const restore = working(bring, t("imports-bringing"));
      api
        .chatImport({
          from: first,
          until: last,
          senders: chosen,
          together: how.together(),
          kind: kind.value as IncidentKind,
        })
        .then((r) => {
          // Back to the log, unless the person moved on meanwhile (or the app hid).
          if (signal.aborted) return;
          done({
            message:
              r.entries === 1
                ? t("imports-chat-done-together", { count: r.messages })
                : t("imports-chat-done-each", { count: plain(r.entries) }),
          });
        })
        .catch((err: unknown) => {
          busy = false;
          restore();
          error.textContent = errorMessage(err, t("imports-chat-failed"));
        });
    });
    main.append(form);
    form.querySelector<HTMLElement>("h1")?.focus();
  });
}
