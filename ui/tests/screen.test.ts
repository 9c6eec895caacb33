// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { h, leaveAllScreens, onSubmit, screen } from "../src/dom";
import { errorMessage } from "../src/api";

describe("screen", () => {
  it("stops the screen before when another is drawn in the same place, and every screen on a hide", () => {
    const main = h("main");
    const other = h("main");
    document.body.append(main, other);
    const first = screen(main, (signal) => main.append(h("p", {}, String(signal.aborted))));
    expect(main.textContent).toBe("false");
    const second = screen(main, () => main.append(h("p", {}, "second")));
    expect(first.aborted).toBe(true);
    expect(second.aborted).toBe(false);
    expect(main.textContent).toBe("second");
    const elsewhere = screen(other, () => undefined);
    leaveAllScreens();
    expect(second.aborted).toBe(true);
    expect(elsewhere.aborted).toBe(true);
  });

  it("draws nothing into a page that is gone", () => {
    const gone = h("main");
    let built = false;
    const signal = screen(gone, () => (built = true));
    expect(built).toBe(false);
    expect(signal.aborted).toBe(true);
  });
});

describe("onSubmit", () => {
  function form() {
    const button = h("button", { type: "submit" }, "Save");
    const error = h("p");
    const f = h("form", {}, button, error);
    document.body.append(f);
    return { f, button, error };
  }
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

  it("runs once at a time, says it is working, and puts a refusal in words", async () => {
    const { f, button, error } = form();
    let calls = 0;
    let fail: (e: unknown) => void = () => undefined;
    onSubmit(f, { error, failed: "Not saved.", button, working: "Saving…" }, () => {
      calls++;
      return new Promise<void>((_, reject) => (fail = reject));
    });
    f.requestSubmit();
    f.requestSubmit();
    expect(calls).toBe(1);
    expect(button.textContent).toBe("Saving…");
    expect(button.getAttribute("aria-disabled")).toBe("true");
    fail({ code: "invalid", message: "That date has not happened yet.", reason: "x" });
    await flush();
    expect(error.textContent).toBe("That date has not happened yet.");
    expect(button.textContent).toBe("Save");
    expect(button.hasAttribute("aria-disabled")).toBe(false);
    fail = () => undefined;
    f.requestSubmit();
    expect(calls).toBe(2);
    expect(error.textContent).toBe("");
  });

  it("never shows what is not a refusal from Rust, and says nothing once the screen is gone", async () => {
    const { f, error } = form();
    const controller = new AbortController();
    let fail: (e: unknown) => void = () => undefined;
    onSubmit(f, { error, failed: "Not saved.", signal: controller.signal }, () => new Promise<void>((_, r) => (fail = r)));
    f.requestSubmit();
    fail(new Error("command add_contact not found at /home/x"));
    await flush();
    expect(error.textContent).toBe("Not saved.");
    f.requestSubmit();
    controller.abort();
    fail({ code: "invalid", message: "Late.", reason: "x" });
    await flush();
    expect(error.textContent).toBe("");
    f.requestSubmit();
    await flush();
    expect(errorMessage("odd", "Fallback")).toBe("Fallback");
  });
});
