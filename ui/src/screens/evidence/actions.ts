// The screen's three actions (save the report, save an export, open a locked export) each end in
// the computer's own file dialog, so they run one at a time; this runs them and says how each went.

import { errorMessage } from "../../api";
import type { ActionMessages } from "./controls";

export interface DialogActions {
  /** A button that starts an action: it looks unavailable while any action runs. */
  add(button: HTMLButtonElement): void;
  /** True while an action runs: a second press then changes nothing. */
  running(): boolean;
  /**
   * Runs one action. `button` keeps focus (aria-disabled rather than disabled, which would drop
   * keyboard focus) and says `working`; `msg` says `waiting` until `call` gives the result line,
   * or the refusal in words (else `failed`). Nothing chosen is lost.
   */
  run(
    button: HTMLButtonElement,
    words: { working: string; waiting: string; failed: string },
    msg: ActionMessages,
    call: () => Promise<string>,
  ): void;
}

export function dialogActions(ctx: { signal: AbortSignal }): DialogActions {
  // One export at a time: each opens the computer's own dialog.
  let busy = false;
  const buttons: HTMLButtonElement[] = [];
  return {
    add(button) {
      buttons.push(button);
    },
    running: () => busy,
    run(button, words, msg, call) {
      if (busy) return;
      busy = true;
      const label = button.textContent ?? "";
      button.textContent = words.working;
      for (const b of buttons) b.setAttribute("aria-disabled", "true");
      msg.status.textContent = words.waiting;
      call()
        .then((text) => {
          // A dialog answered after the person left (or the app hid) tells no one.
          if (ctx.signal.aborted) return;
          msg.status.textContent = text;
        })
        .catch((e: unknown) => {
          if (ctx.signal.aborted) return;
          msg.status.textContent = "";
          msg.error.textContent = errorMessage(e, words.failed);
        })
        .finally(() => {
          busy = false;
          button.textContent = label;
          for (const b of buttons) b.removeAttribute("aria-disabled");
        });
    },
  };
}
