// Placeholder: the evidence (report and export) screen is being written.
import { h } from "../dom";

export function showEvidence(main: HTMLElement): void {
  main.replaceChildren(h("h1", { tabindex: "-1" }, "Report and export"));
}
