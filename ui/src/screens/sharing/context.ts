// What every part of the sharing screen is given: the body its views are drawn into, the screen's
// messages, and what the screen remembers while it is open.

import type { SharingStatus } from "../../api";

export interface SharingScreen {
  /** Where the views (off, pairing, on, ended) are drawn, one at a time. */
  readonly body: HTMLElement;
  /** True once the screen is gone: an answer arriving after that draws nothing. */
  gone(): boolean;
  /** Typed on either side; kept only while this screen is open, to fill the form again. */
  readonly typed: { address: string; code: string; hostAddress: string };
  /** The latest status shown, for putting the list back if a change could not be saved. */
  shown: SharingStatus | null;
  /** Whom the screen is about (a link's number): the person chosen in the list, else the first. */
  link: number | null;
  /** Stopping or clearing could not reach the relay: offer to clear on this computer only. */
  relayUnreachable: boolean;
  /** Changes are saved one at a time, in the order they were made. */
  saving: Promise<void>;
  say(text: string): void;
  fail(text: string): void;
  clearMessages(): void;
  /** Shows a new view and puts keyboard focus on its heading (or on a notice it starts with). */
  show(view: HTMLElement, focus: boolean): void;
  /** Shows the view for a status (off, on or ended). */
  render(st: SharingStatus, focus?: boolean): void;
  /** Fetches the status and shows it. */
  reload(focus?: boolean): void;
  /** "Sharing is off" with the ways to pair, and why if pairing just stopped. */
  offView(notice?: string): HTMLElement;
  /** Pairing with one more person, while sharing with others goes on. */
  addView(): HTMLElement;
  /** Draws the list of people shared with again (`adding`: while pairing with one more). */
  showPeople(adding: boolean): void;
}
