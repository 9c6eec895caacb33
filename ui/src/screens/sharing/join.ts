// The person's side of pairing: the sharing address and the code (or the whole invitation) their
// advocate shows, typed in here, then the wait for the advocate's app.

import { api, errorMessage, isApiError } from "../../api";
import { field, h } from "../../dom";
import { t } from "../../i18n";
import { checkAddress, CODE_EXAMPLE, CODE_LENGTH, isInvitation, readCodeOrInvitation } from "../sharing-logic";
import type { SharingScreen } from "./context";
import { invalid, offHeading } from "./pairing-form";
import { startPairing } from "./pairing-wait";
import { phraseView } from "./phrase";
import { waitingView } from "./waiting";

/**
 * The person's side: the code their advocate shows, typed in here. `adding`: sharing with someone
 * already, pairing with one more (the words do not assume an advocate, and Cancel goes back).
 */
export function joinSection(sharing: SharingScreen, notice?: string, adding = false): HTMLElement {
  const { typed } = sharing;
  const address = field(t("sharing-address-label"), "sharing-relay", {
    hint: adding ? t("sharing-address-hint-add") : t("sharing-address-hint"),
  });
  const addressInput = address.control as HTMLInputElement;
  addressInput.placeholder = "https://…";
  addressInput.inputMode = "url";
  addressInput.value = typed.address;
  const code = field(adding ? t("sharing-code-label-add") : t("sharing-code-label"), "sharing-code", {
    hint: adding
      ? t("sharing-code-hint-add", { length: CODE_LENGTH, example: CODE_EXAMPLE })
      : t("sharing-code-hint", { length: CODE_LENGTH, example: CODE_EXAMPLE }),
  });
  const codeInput = code.control as HTMLInputElement;
  codeInput.setAttribute("autocapitalize", "characters");
  codeInput.value = typed.code;
  // A code shows in capitals as typed; a pasted invitation shows as it is (its address too).
  const markInvitation = () => codeInput.classList.toggle("invitation", isInvitation(codeInput.value));
  codeInput.addEventListener("input", markInvitation);
  markInvitation();
  const connect = h("button", { type: "submit", class: "primary", id: "sharing-connect" }, t("sharing-connect"));
  const back = adding ? h("button", { type: "button", id: "sharing-add-cancel" }, t("sharing-cancel")) : null;
  back?.addEventListener("click", () => {
    sharing.clearMessages();
    sharing.reload();
  });
  const form = h(
    "form",
    { class: "sharing-form", "aria-labelledby": "sharing-connect-title", novalidate: true },
    h("h3", { id: "sharing-connect-title" }, adding ? t("sharing-connect-title-add") : t("sharing-connect-title")),
    address.wrap,
    code.wrap,
    h("div", { class: "actions start" }, connect, back),
  );

  // Not onSubmit: nothing is awaited here (the wait that follows has its own view and Cancel).
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    sharing.clearMessages();
    for (const c of [addressInput, codeInput]) c.removeAttribute("aria-invalid");
    typed.address = addressInput.value;
    typed.code = codeInput.value;
    const read = readCodeOrInvitation(codeInput.value);
    // An invitation carries the address, so the address box is not needed (nor checked) then.
    if (read.ok && read.value.invitation) return join(sharing, "", read.value.code, adding);
    if (!read.ok && isInvitation(codeInput.value)) return invalid(sharing, codeInput, read.message);
    const relay = checkAddress(addressInput.value);
    if (!relay.ok) return invalid(sharing, addressInput, relay.message);
    if (!read.ok) return invalid(sharing, codeInput, read.message);
    join(sharing, relay.value, read.value.code, adding);
  });

  if (adding) return h("section", { class: "panel sharing-panel", "aria-labelledby": "sharing-connect-title" }, form);
  return h(
    "section",
    { class: "panel sharing-panel", "aria-labelledby": "sharing-off-title" },
    offHeading(notice),
    h(
      "ul",
      { class: "sharing-facts" },
      h("li", {}, t("sharing-fact-nothing-leaves")),
      h("li", {}, t("sharing-fact-address-code", { length: CODE_LENGTH })),
      h("li", {}, t("sharing-fact-you-choose")),
      h("li", {}, t("sharing-fact-stop")),
    ),
    form,
  );
}

/** Joins with `code`; `adding`: sharing with others already (see `joinSection`). */
function join(sharing: SharingScreen, relay: string, code: string, adding: boolean): void {
  const { body } = sharing;
  const waiting = startPairing(() => sharing.gone(), () => api.pairingJoin(relay, code), {
    phrase: (p) => sharing.show(phraseView(sharing, p.phrase, "client"), true),
    failed: (e) => {
      if (isApiError(e) && e.code === "mismatch") sharing.typed.code = "";
      sharing.show(sharing.offView(), false);
      sharing.fail(errorMessage(e, t("sharing-join-failed")));
      body.querySelector<HTMLElement>("#sharing-connect")?.focus();
    },
  });
  sharing.show(
    waitingView(
      adding ? t("sharing-join-waiting-title-add") : t("sharing-join-waiting-title"),
      adding ? t("sharing-join-waiting-text-add") : t("sharing-join-waiting-text"),
      () => {
        waiting.cancel();
        if (adding) {
          // Said beside the form, with the others named: sharing with them goes on.
          sharing.show(sharing.offView(t("sharing-join-cancelled")), true);
          return;
        }
        sharing.show(sharing.offView(), false);
        sharing.say(t("sharing-join-cancelled"));
        body.querySelector<HTMLElement>("#sharing-connect")?.focus();
      },
    ),
    true,
  );
}
