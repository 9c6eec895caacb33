// The advocate's side of pairing, in an open case: an invitation for the person's app (a QR code,
// text to paste, or a code to type with the sharing address), then the wait for the person.

import { api, errorMessage, type PairingCodeView } from "../../api";
import { field, h } from "../../dom";
import { t } from "../../i18n";
import { checkHostAddress, codeGroups, readCodeOrInvitation } from "../sharing-logic";
import type { SharingScreen } from "./context";
import { invalid, offHeading } from "./pairing-form";
import { noteCodeOnScreen, startPairing } from "./pairing-wait";
import { phraseView } from "./phrase";
import { qrImage } from "./qr";
import { waitingView } from "./waiting";

/**
 * The advocate's side, in an open case: an invitation for the person's app, as a QR code, as
 * text to paste, or as a code to type with the sharing address. The address comes first because
 * the invitation holds it.
 */
export function hostSection(sharing: SharingScreen, notice?: string): HTMLElement {
  const { typed } = sharing;
  const address = field(t("sharing-address-label"), "sharing-host-relay", {
    hint: t("sharing-host-address-hint"),
  });
  const addressInput = address.control as HTMLInputElement;
  addressInput.placeholder = "https://…";
  addressInput.inputMode = "url";
  addressInput.value = typed.hostAddress;
  const showCode = h("button", { type: "button", id: "sharing-show-code" }, t("sharing-show-code"));

  const title = h("h3", { id: "sharing-invitation-title", tabindex: "-1" }, t("sharing-invitation-title"));
  const qrBox = h("div", { class: "sharing-qr-box" });
  const codeText = h("p", {
    class: "sharing-code",
    id: "sharing-code-shown",
    tabindex: "-1",
    "aria-describedby": "sharing-code-hint",
  });
  const addressShown = h("p", { class: "sharing-address-shown", id: "sharing-address-shown" });
  const invitationText = h("textarea", {
    id: "sharing-invitation-text",
    class: "sharing-invitation-text",
    readonly: true,
    rows: "3",
    spellcheck: "false",
    "aria-describedby": "sharing-invitation-hint",
  });
  const wait = h("button", { type: "submit", class: "primary", id: "sharing-wait" }, t("sharing-wait"));
  const codeForm = h(
    "form",
    {
      class: "sharing-form sharing-invitation",
      "aria-labelledby": "sharing-invitation-title",
      novalidate: true,
      hidden: true,
    },
    title,
    qrBox,
    h("p", { class: "sharing-code-label" }, t("sharing-code-shown-label")),
    codeText,
    h("p", { class: "sharing-code-label" }, t("sharing-address-shown-label")),
    addressShown,
    h("p", { class: "hint", id: "sharing-code-hint" }, t("sharing-code-shown-hint")),
    // No copy button: the clipboard is one of the places this app keeps its text out of.
    h(
      "details",
      { class: "sharing-invitation-more" },
      h("summary", {}, t("sharing-invitation-as-text")),
      h("p", { class: "hint", id: "sharing-invitation-hint" }, t("sharing-invitation-hint")),
      h("label", { for: "sharing-invitation-text" }, t("sharing-invitation-label")),
      invitationText,
    ),
    h("div", { class: "actions start" }, wait),
  );

  function showInvitation(view: PairingCodeView, relay: string): void {
    const image = qrImage(view.qr);
    qrBox.replaceChildren(...(image ? [image] : []));
    // Without a drawable QR code the code and the text still work.
    qrBox.hidden = image === null;
    codeText.replaceChildren(
      ...codeGroups(view.code).flatMap((g, i) => [i > 0 ? " " : "", h("span", { class: "group" }, g)]),
    );
    const read = readCodeOrInvitation(view.invitation);
    // The address as the invitation holds it (the Rust side may have tidied what was typed).
    addressShown.textContent = (read.ok && read.value.address) || relay;
    invitationText.value = view.invitation;
    codeForm.hidden = false;
    noteCodeOnScreen(true);
    showCode.textContent = t("sharing-show-new-code");
    title.focus();
  }

  /** Takes the invitation off the screen (its address is no longer the one typed). */
  function hideInvitation(): void {
    codeForm.hidden = true;
    noteCodeOnScreen(false);
    qrBox.replaceChildren();
    codeText.replaceChildren();
    addressShown.textContent = "";
    invitationText.value = "";
    // The app forgets the one-time code too: it is no longer on screen to be used.
    void api.pairingAbort().catch(() => undefined);
  }

  // Enter in the address shows a code, as in any form.
  addressInput.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      showCode.click();
    }
  });

  addressInput.addEventListener("input", () => {
    typed.hostAddress = addressInput.value;
    if (codeForm.hidden) return;
    // "Wait for them" would use the address in the invitation, not the one now typed.
    hideInvitation();
    sharing.say(t("sharing-address-changed"));
  });

  let pending = false;
  showCode.addEventListener("click", () => {
    if (pending) return;
    sharing.clearMessages();
    addressInput.removeAttribute("aria-invalid");
    typed.hostAddress = addressInput.value;
    const relay = checkHostAddress(addressInput.value);
    if (!relay.ok) return invalid(sharing, addressInput, relay.message);
    pending = true;
    api
      .pairingHost(relay.value)
      .then((view) => {
        // This form, not only the screen: a wait started meanwhile has taken it off the page.
        if (codeForm.isConnected) showInvitation(view, relay.value);
      })
      .catch((e: unknown) => sharing.fail(errorMessage(e, t("sharing-code-failed"))))
      .finally(() => {
        pending = false;
      });
  });

  // Not onSubmit: nothing is awaited here (the wait that follows has its own view and Cancel).
  codeForm.addEventListener("submit", (e) => {
    e.preventDefault();
    sharing.clearMessages();
    hostWait(sharing);
  });

  return h(
    "section",
    { class: "panel sharing-panel sharing-host", "aria-labelledby": "sharing-off-title" },
    offHeading(notice),
    h(
      "ul",
      { class: "sharing-facts" },
      h("li", {}, t("sharing-host-fact-nothing")),
      h("li", {}, t("sharing-host-fact-invitation")),
      h("li", {}, t("sharing-host-fact-choose")),
    ),
    address.wrap,
    h("div", { class: "actions start" }, showCode),
    codeForm,
  );
}

function hostWait(sharing: SharingScreen): void {
  const afterStop = (message: string, isError: boolean) => {
    sharing.show(sharing.offView(), false);
    if (isError) sharing.fail(message);
    else sharing.say(message);
    sharing.body.querySelector<HTMLElement>("#sharing-show-code")?.focus();
  };
  const waiting = startPairing(() => sharing.gone(), () => api.pairingWait(), {
    phrase: (p) => sharing.show(phraseView(sharing, p.phrase, "advocate"), true),
    failed: (e) =>
      afterStop(t("sharing-host-failed", { reason: errorMessage(e, t("sharing-host-unreachable")) }), true),
  });
  sharing.show(
    waitingView(
      t("sharing-host-waiting-title"),
      t("sharing-host-waiting-text"),
      () => {
        waiting.cancel();
        afterStop(t("sharing-host-cancelled"), false);
      },
    ),
    true,
  );
}
