// Pairing calls that wait. Joining and waiting can take minutes. Cancel (pairing_abort) makes Rust
// give up the wait, but a wait that finishes just as Cancel is pressed, or whose screen was left
// without Cancel, can still leave Rust holding a half-made pairing; these keep it from ever being
// confirmed by mistake.

import { api, type PairingPhrase } from "../../api";

/** Bumped for each new wait, each Cancel and each opening of the screen: only the latest counts. */
let attemptSeq = 0;
/** The four words on screen, waiting for "Yes" or "No" (it counts only while still in the page). */
let phraseOnScreen: { view: HTMLElement; interrupted(): void } | null = null;
/** While an advocate's code is on screen (dropping a late pairing would also forget the code). */
let codeOnScreen = false;

/** The sharing screen is opened (again): no wait, words or code from before count. */
export function pairingScreenOpened(): void {
  attemptSeq++;
  phraseOnScreen = null;
  codeOnScreen = false;
}

/**
 * On hide: the four words and the code are no longer on screen, and nothing keeps them in memory;
 * a wait that ends after the hide is dropped (and its pairing aborted), never confirmed.
 */
export function pairingLocked(): void {
  pairingScreenOpened();
}

export function noteCodeOnScreen(shown: boolean): void {
  codeOnScreen = shown;
}

/** The four words shown (or answered, with null). */
export function notePhraseOnScreen(phrase: { view: HTMLElement; interrupted(): void } | null): void {
  phraseOnScreen = phrase;
}

/** Starts a wait; its answer counts only if it is the latest and the screen (`gone`) is still there. */
export function startPairing(
  gone: () => boolean,
  call: () => Promise<PairingPhrase>,
  on: { phrase(p: PairingPhrase): void; failed(e: unknown): void },
): { cancel(): void } {
  const attempt = ++attemptSeq;
  const current = () => attempt === attemptSeq && !gone();
  call().then(
    (p) => (current() ? on.phrase(p) : dropLatePairing()),
    (e: unknown) => {
      if (current()) on.failed(e);
    },
  );
  return {
    cancel() {
      if (attempt === attemptSeq) attemptSeq++;
      void api.pairingAbort().catch(() => undefined);
    },
  };
}

function dropLatePairing(): void {
  const shown = phraseOnScreen?.view.isConnected ? phraseOnScreen : null;
  // The next wait replaces it anyway, and pairing_abort would also forget the code being shown.
  if (codeOnScreen && !shown) return;
  phraseOnScreen = null;
  // The late pairing may have replaced the one whose words are showing: start again, to be safe.
  void api
    .pairingAbort()
    .catch(() => undefined)
    .finally(() => shown?.interrupted());
}
