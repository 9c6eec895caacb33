// A tiny helper for building DOM without innerHTML (so no user text is ever parsed as markup).

type Attrs = Record<string, string | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (value === true) el.setAttribute(name, "");
    else el.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    el.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return el;
}

/** A labelled text input or textarea; returns the wrapper and the control. */
export function field(
  label: string,
  name: string,
  opts: { type?: string; multiline?: boolean; hint?: string; autocomplete?: string } = {},
): { wrap: HTMLElement; control: HTMLInputElement | HTMLTextAreaElement } {
  const id = `f-${name}`;
  const hintId = opts.hint ? `${id}-hint` : undefined;
  const control = opts.multiline
    ? h("textarea", { id, name, rows: "3", "aria-describedby": hintId, spellcheck: "false" })
    : h("input", {
        id,
        name,
        type: opts.type ?? "text",
        "aria-describedby": hintId,
        autocomplete: opts.autocomplete ?? "off",
        spellcheck: "false",
      });
  const wrap = h(
    "div",
    { class: "field" },
    h("label", { for: id }, label),
    opts.hint ? h("p", { class: "hint", id: hintId }, opts.hint) : null,
    control,
  );
  return { wrap, control };
}

/** An inline "are you sure?" group, hidden until shown: the question, then the buttons. */
export function confirmGroup(questionId: string, question: string, ...buttons: HTMLElement[]): HTMLElement {
  return h(
    "div",
    { class: "confirm", role: "group", "aria-labelledby": questionId, hidden: true },
    h("p", { id: questionId }, question),
    h("div", { class: "actions start" }, ...buttons),
  );
}
