// Placeholder until the disguised launcher lands: a plain, inert calculator face. Nothing here
// touches the vault or any storage.
import "./style.css";

const app = document.querySelector<HTMLElement>("#app");
if (app) {
  const display = document.createElement("output");
  display.className = "display";
  display.setAttribute("aria-label", "Result");
  display.textContent = "0";
  app.append(display);
}
