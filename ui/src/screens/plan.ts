// The safety plan: each section with guidance for where the person is now (staying, preparing to
// leave, after leaving), their own items to tick off, and a box to add more.

import { api, isApiError, type PlanItem, type PlanSectionView } from "../api";
import { h } from "../dom";

const STAGES = { Staying: "staying", PreparingToLeave: "preparing to leave", AfterLeaving: "after leaving" };

export function showPlan(main: HTMLElement): void {
  const sections = h("div", { class: "sections" });
  const status = h("p", { class: "status", role: "status" });
  main.replaceChildren(
    h("h1", { tabindex: "-1" }, "Safety plan"),
    status,
    sections,
  );
  void (async () => {
    try {
      const plan = await api.getPlan();
      status.textContent = `Guidance shown for: ${STAGES[plan.stage]}.`;
      sections.replaceChildren(...plan.sections.map((s) => section(s)));
    } catch (e) {
      status.textContent = isApiError(e) ? e.message : "Could not load your plan.";
    }
  })();
}

function section(s: PlanSectionView): HTMLElement {
  const list = h("ul", { class: "items", "aria-label": `${s.title}: your steps` });
  const render = (items: PlanItem[]) => list.replaceChildren(...items.map((i) => item(i)));
  render(s.items);
  const input = h("input", {
    type: "text",
    id: `add-${s.section}`,
    "aria-label": `Add a step to ${s.title}`,
    placeholder: "Add a step",
    spellcheck: "false",
    autocomplete: "off",
  });
  const add = h("form", { class: "add-item" }, input, h("button", { type: "submit" }, "Add"));
  const error = h("p", { class: "form-error", role: "alert" });
  add.addEventListener("submit", (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    api
      .addPlanItem(s.section, text)
      .then((saved) => {
        input.value = "";
        error.textContent = "";
        list.append(item(saved));
      })
      .catch((err: unknown) => {
        error.textContent = isApiError(err) ? err.message : "That could not be saved.";
      });
  });
  return h(
    "details",
    { class: "card section", "data-section": s.section, open: s.items.length > 0 },
    h("summary", {}, h("h2", {}, s.title), h("span", { class: "muted" }, ` ${s.items.length || ""}`)),
    h("p", { class: "guidance" }, s.guidance),
    list,
    add,
    error,
  );
}

function item(i: PlanItem): HTMLElement {
  const box = h("input", { type: "checkbox", id: `item-${i.id}`, checked: i.done_at !== null });
  box.addEventListener("change", () => {
    void api.setPlanItemDone(i.id, box.checked).catch(() => {
      box.checked = !box.checked;
    });
  });
  return h("li", { class: "check" }, box, h("label", { for: `item-${i.id}` }, i.text));
}
