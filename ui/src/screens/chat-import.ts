// Bringing a WhatsApp chat (or a plain list of messages) into the incident log: the computer's own Open dialog (from Rust), then
// what the file holds and the choices (whose messages, one entry each or all as one, what kind),
// then everything brought in at once or nothing. What was read stays in Rust's memory only until
// then, and a hide drops it.

import { api, isApiError, INCIDENT_KINDS, type ChatSummary, type DateOrder, type IncidentKind } from "../api";
import { formatDate } from "../dates";
import { h } from "../dom";
import { working } from "./form-errors";
import { oneOrEach } from "./one-or-each";

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
  status.textContent =
    "Choose the chat file WhatsApp made with \"Export chat\" (the .txt, or the .zip if you chose to include " +
    "media), or a list of messages saved as text, each starting on a new line with its date, time and who sent " +
    "it, like: 12/03/2026 21:15 Tom: Where are you";
  try {
    const summary = await api.chatRead();
    if (!summary) {
      status.textContent = "Nothing was brought in.";
      return;
    }
    showChoices(main, summary, done);
  } catch (e) {
    status.textContent = isApiError(e) ? e.message : "That file could not be read. Nothing was brought in.";
  }
}

const plural = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n.toLocaleString("en-GB")} ${many}`);
/** "is"/"are" for a count. */
const be = (n: number) => (n === 1 ? "is" : "are");

function showChoices(
  main: HTMLElement,
  summary: ChatSummary,
  done: (result: ChatImportDone) => void,
  /** The date order the person chose (the form is drawn again after each choice). */
  chosenOrder?: DateOrder,
): void {
  const error = h("p", { class: "form-error", role: "alert" });
  const about = h("p", {});
  about.textContent =
    `${summary.file_name}: ${plural(summary.messages, "message", "messages")}, the first sent ${summary.first} and the ` +
    `last ${summary.last} (as the phone wrote them).` +
    (summary.files > 0
      ? ` ${plural(summary.files, "photo or file", "photos and files")} from it ${summary.files === 1 ? "goes" : "go"} with the message that sent ${summary.files === 1 ? "it" : "them"}.`
      : "") +
    (summary.files_left_out > 0
      ? ` ${plural(summary.files_left_out, "other file", "other files")} in the zip ${be(summary.files_left_out)} not named in any message: not added on ${summary.files_left_out === 1 ? "its" : "their"} own, but kept inside the chat file.`
      : "") +
    (summary.notices > 0
      ? ` ${plural(summary.notices, "line", "lines")} written by WhatsApp itself ${be(summary.notices)} left out.`
      : "");
  // The very same file brought in before: said before it writes every message a second time.
  const again = h(
    "p",
    { class: "warning", role: "note", hidden: !summary.brought_in_before },
    summary.brought_in_before
      ? `This chat file was brought in before, on ${formatDate(summary.brought_in_before)}. Bringing it in ` +
          "again writes its messages down again. To add only newer messages, choose their numbers below."
      : "",
  );
  // Lines that look like new messages but were kept as words: said, with where they are.
  const kept = h(
    "p",
    { class: "warning", role: "note", hidden: summary.lines_kept_as_text.length === 0 },
    `Line ${summary.lines_kept_as_text.join(", ")} of the file ${summary.lines_kept_as_text.length === 1 ? "looks" : "look"} ` +
      "like a new message but goes back in time, so it is kept as part of the message before it. If " +
      "that is wrong, the dates may be the other way round.",
  );

  // Only when every date reads both ways: the phone's order is asked, and the file read again.
  const orderBox = h(
    "fieldset",
    { class: "field", hidden: !summary.order_was_ambiguous },
    h("legend", {}, "How does the phone write dates?"),
    h(
      "p",
      { class: "hint" },
      `The first message was sent ${summary.first.split(",")[0] ?? summary.first}. Is the day or the month first?`,
    ),
    ...(
      [
        ["DayFirst", "Day first: 12/03 is 12 March (as in the UK)"],
        ["MonthFirst", "Month first: 03/12 is 12 March (as in the US)"],
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
        if (s) showChoices(main, { ...s, order_was_ambiguous: true }, done, order);
      })
      .catch((err: unknown) => {
        error.textContent = isApiError(err) ? err.message : "The file could not be read that way.";
      });
  });

  const senders = h(
    "fieldset",
    { class: "field" },
    h("legend", {}, "Whose messages?"),
    h("p", { class: "hint" }, "Untick the ones you don't want written down (your own, for example)."),
    ...summary.senders.map((s, i) =>
      h(
        "div",
        { class: "check" },
        h("input", { type: "checkbox", id: `chat-sender-${i}`, "data-sender": s.name, checked: true }),
        h("label", { for: `chat-sender-${i}` }, `${s.name} (${plural(s.messages, "message", "messages")})`),
      ),
    ),
  );
  const how = oneOrEach(
    "chat",
    "Each message as its own entry, at the time it was sent",
    "All of them as one entry, from the first to the last",
  );
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
    h("legend", {}, "Which messages?"),
    h("p", { class: "hint", id: "chat-range-hint" }, `Numbered from 1 (the first, sent ${summary.first}) to ${summary.messages} (the last).`),
    h("label", { for: "chat-from" }, "From message"),
    from,
    h("label", { for: "chat-until" }, "to message"),
    until,
  );
  const kind = h(
    "select",
    { id: "chat-kind" },
    ...INCIDENT_KINDS.map(([code, label]) => h("option", { value: code }, label)),
  );
  kind.value = "Messages";
  const bring = h("button", { type: "submit", class: "primary" }, "Bring them in");
  const cancel = h("button", { type: "button" }, "Cancel");
  cancel.addEventListener("click", () => done({ message: "Nothing was brought in." }));
  const form = h(
    "form",
    { class: "panel", "aria-labelledby": "chat-title" },
    h("h1", { id: "chat-title", tabindex: "-1" }, "Bring in messages"),
    about,
    again,
    kept,
    h(
      "p",
      { class: "hint" },
      `Times are read as this computer's time (${Intl.DateTimeFormat().resolvedOptions().timeZone}); ` +
        "each entry also says who sent the message and when, exactly as the chat file wrote it. The whole " +
        "chat file is kept with each entry, with its fingerprint (SHA-256): anyone you later give " +
        "these entries to (in a report's export) gets the whole chat, every side of it.",
    ),
    orderBox,
    senders,
    range,
    how.el,
    h("div", { class: "field" }, h("label", { for: "chat-kind" }, "What kind of thing is this?"), kind),
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
      error.textContent = "Please tick whose messages to bring in.";
      senders.querySelector<HTMLInputElement>("input")?.focus();
      return;
    }
    if (summary.order_was_ambiguous && !orderBox.querySelector<HTMLInputElement>("input:checked")) {
      error.textContent = "Please say how the phone writes dates, so each message gets its right day.";
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
      error.textContent = `Please give message numbers from 1 to ${summary.messages}.`;
      from.focus();
      return;
    }
    busy = true;
    error.textContent = "";
    const restore = working(bring, "Bringing them in…");
    api
      .chatImport({
        from: first,
        until: last,
        senders: chosen,
        together: how.together(),
        kind: kind.value as IncidentKind,
      })
      .then((r) =>
        done({
          message:
            r.entries === 1
              ? `1 entry written down from ${plural(r.messages, "message", "messages")}.`
              : `${r.entries} entries written down, one for each message.`,
        }),
      )
      .catch((err: unknown) => {
        busy = false;
        restore();
        error.textContent = isApiError(err) ? err.message : "Nothing was brought in. Please try again.";
      });
  });
  main.replaceChildren(form);
  form.querySelector<HTMLElement>("h1")?.focus();
}
