// Search: find words anywhere in what the person has written, as they type. Results are grouped
// under plain headings; choosing one opens the screen it belongs to.

import "./search.css";
import { api, errorMessage, type SearchHit } from "../api";
import { h, screen } from "../dom";
import { t } from "../i18n";
import { createLiveSearch, groupHits, hitLabel, hitTitle, resultCountText, type HitGroup } from "./search-logic";

export function showSearch(main: HTMLElement, open: (hit: SearchHit) => void): void {
  screen(main, (signal) => {
    const input = h("input", {
      id: "search-query",
      name: "query",
      type: "search",
      autocomplete: "off",
      spellcheck: "false",
      "aria-describedby": "search-hint",
      "aria-controls": "search-results",
    });
    const form = h(
      "form",
      { class: "search-form", role: "search", "aria-label": t("search-form-label") },
      h("label", { for: "search-query" }, t("search-for")),
      h("p", { class: "hint", id: "search-hint" }, t("search-hint")),
      input,
    );
    const status = h("p", { class: "status", role: "status" });
    const error = h("p", { class: "form-error", role: "alert" });
    const results = h("div", { class: "search-results", id: "search-results" });

    const live = createLiveSearch<SearchHit[]>({
      run: (query) => {
        // Left this screen while waiting: nothing to show it on.
        if (signal.aborted) {
          live.cancel();
          return Promise.resolve([]);
        }
        return api.search(query);
      },
      onResult: (query, hits) => {
        if (signal.aborted) return;
        error.textContent = "";
        const groups = groupHits(hits);
        results.replaceChildren(...groups.map((g) => group(g, open)));
        const shown = groups.reduce((n, g) => n + g.hits.length, 0);
        status.textContent = shown === 0 ? t("search-nothing-found", { query }) : resultCountText(shown);
      },
      onEmpty: () => {
        results.replaceChildren();
        status.textContent = "";
        error.textContent = "";
      },
      onError: (_query, e) => {
        if (signal.aborted) return;
        results.replaceChildren();
        status.textContent = "";
        error.textContent = errorMessage(e, t("search-failed"));
      },
    });

    input.addEventListener("input", () => live.input(input.value));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      live.input(input.value, true);
    });

    main.append(
      h("h1", { tabindex: "-1" }, t("search-title")),
      h("p", { class: "lead" }, t("search-lead")),
      form,
      status,
      error,
      results,
    );
    main.querySelector<HTMLElement>("h1")?.focus();
  });
}

function group(g: HitGroup, open: (hit: SearchHit) => void): HTMLElement {
  const headingId = `search-group-${g.kind}`;
  return h(
    "section",
    { class: "search-group", "aria-labelledby": headingId },
    h("h2", { id: headingId }, g.heading),
    h(
      "ul",
      { class: "hits" },
      ...g.hits.map((hit) => {
        const b = h(
          "button",
          { type: "button", class: "hit", "aria-label": hitLabel(hit) },
          h("span", { class: "hit-title" }, hitTitle(hit)),
          hit.snippet.trim() ? h("span", { class: "hit-snippet" }, hit.snippet.trim()) : null,
        );
        b.addEventListener("click", () => open(hit));
        return h("li", {}, b);
      }),
    ),
  );
}
