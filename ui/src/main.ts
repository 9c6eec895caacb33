// Entry point. For now the window shows the calculator disguise only; PIN attempts go nowhere
// until the shell's unlock command exists. Nothing here touches any browser storage.
import "./style.css";
import { mountCalculator } from "./disguise/calculator-view";

const app = document.querySelector<HTMLElement>("#app");
if (app) {
  const calculator = mountCalculator(app, {
    onPinAttempt: () => {
      // Deliberately nothing: a PIN attempt must look exactly like a calculation.
    },
  });
  calculator.focus();
}
