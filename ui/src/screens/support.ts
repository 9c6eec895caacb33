// Who to call: the support directory, numbers shown large, with the Silent Solution explained.

import { api, isApiError } from "../api";
import { h } from "../dom";

export function showSupport(main: HTMLElement): void {
  const list = h("ul", { class: "cards", "aria-label": "Support services" });
  const status = h("p", { class: "status", role: "status" });
  main.replaceChildren(
    h("h1", { tabindex: "-1" }, "Get help"),
    h(
      "p",
      { class: "guidance" },
      "In danger now? Call 999. If you cannot speak, call 999 from a mobile, listen to the " +
        "operator, then press 55 when asked. This is the Silent Solution: it tells them it is a " +
        "real emergency, and they will keep helping you.",
    ),
    status,
    list,
  );
  void (async () => {
    try {
      const services = await api.listSupportServices();
      list.replaceChildren(
        ...services.map((s) =>
          h(
            "li",
            { class: "card service" },
            h("h2", {}, s.fields.name),
            h("p", { class: "phone", "aria-label": `Phone ${s.fields.phone.split("").join(" ")}` }, s.fields.phone),
            s.fields.hours ? h("p", { class: "muted" }, s.fields.hours) : null,
            s.fields.description ? h("p", {}, s.fields.description) : null,
          ),
        ),
      );
    } catch (e) {
      status.textContent = isApiError(e) ? e.message : "Could not load the directory.";
    }
  })();
}
