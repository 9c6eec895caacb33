// Placeholder: the risk picture (screening and patterns) screen is being written.
import { h } from "../dom";

export function showRisk(main: HTMLElement): void {
  main.replaceChildren(h("h1", { tabindex: "-1" }, "Risk picture"));
}
