// Two small pieces the report screen repeats: a choice ticked on its own (with its label beside
// it), and the pair of lines each action says how it went in.

import { h } from "../../dom";

/** A checkbox with its label beside it; `label` may be rich (it is all inside the <label>). */
export function checkbox(
  id: string,
  label: Node | string,
  attrs: Record<string, string> = {},
): { input: HTMLInputElement; wrap: HTMLElement } {
  const input = h("input", { type: "checkbox", id, ...attrs });
  return { input, wrap: h("div", { class: "check" }, input, h("label", { for: id }, label)) };
}

/** What is happening and what went wrong for one action. */
export interface ActionMessages {
  status: HTMLElement;
  error: HTMLElement;
}

/** A status line and an alert for one action, kept apart so each is announced where it belongs. */
export function messages(prefix: string): ActionMessages {
  return {
    status: h("p", { class: "status", role: "status", id: `${prefix}-status` }),
    error: h("p", { class: "form-error", role: "alert", id: `${prefix}-error` }),
  };
}
