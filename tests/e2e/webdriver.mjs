// A minimal W3C WebDriver client over fetch, enough for driving the real app through
// tauri-driver + WebKitWebDriver. No dependencies, so CI installs nothing for it.

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

export class Driver {
  constructor(base, sessionId) {
    this.base = base;
    this.sessionId = sessionId;
  }

  static async start(base, application) {
    const body = {
      capabilities: { alwaysMatch: { "tauri:options": { application } } },
    };
    const res = await request(base, "POST", "/session", body);
    return new Driver(base, res.sessionId ?? res.value.sessionId);
  }

  cmd(method, path, body) {
    return request(this.base, method, `/session/${this.sessionId}${path}`, body).then((r) => r.value);
  }

  async quit() {
    await request(this.base, "DELETE", `/session/${this.sessionId}`).catch(() => {});
  }

  async find(css) {
    const v = await this.cmd("POST", "/element", { using: "css selector", value: css });
    return v[ELEMENT];
  }

  async findAll(css) {
    const v = await this.cmd("POST", "/elements", { using: "css selector", value: css });
    return v.map((e) => e[ELEMENT]);
  }

  /** Waits until `css` matches (and, optionally, `test(element)` holds). */
  async waitFor(css, { timeout = 10000, test } = {}) {
    const until = Date.now() + timeout;
    let last;
    while (Date.now() < until) {
      try {
        const id = await this.find(css);
        if (!test || (await test(id))) return id;
      } catch (e) {
        last = e;
      }
      await sleep(100);
    }
    // Say what was on screen instead, so an intermittent failure can be understood from the log.
    let showing = "unknown";
    try {
      showing = await this.execute(`
        if (document.querySelector('button[aria-label="equals"]')) {
          const shown = (css) => document.querySelector(css)?.textContent ?? "";
          return "the calculator, showing " + JSON.stringify(shown(".calc-expression") + " " + shown(".calc-display"));
        }
        const h1 = document.querySelector("main h1, h1");
        return (document.querySelector(".quick-exit") ? "the open app: " : "") + (h1?.textContent ?? document.title);
      `);
    } catch {
      // The session itself may be gone.
    }
    throw new Error(`timed out waiting for ${css} (showing ${showing}): ${last?.message ?? "condition not met"}`);
  }

  /**
   * Finds `css` and runs `op` on it, finding it again if the page replaced the element in
   * between (screens re-render when data arrives, e.g. from the other side of a live session).
   */
  async onElement(css, op) {
    for (let attempt = 0; ; attempt++) {
      const id = await this.waitFor(css);
      try {
        return await op(id);
      } catch (e) {
        if (attempt >= 4 || !/stale element/i.test(e.message)) throw e;
      }
    }
  }

  async click(css) {
    await this.onElement(css, (id) => this.cmd("POST", `/element/${id}/click`, {}));
  }

  /**
   * Clicks `css` after scrolling it to the middle of what scrolls: WebKitWebDriver scrolls an
   * element only to the edge, where the app's sticky header can cover it far down a long screen.
   */
  async clickInMiddle(css) {
    await this.onElement(css, async (id) => {
      await this.cmd("POST", "/execute/sync", {
        script: 'arguments[0].scrollIntoView({ block: "center" });',
        args: [{ [ELEMENT]: id }],
      });
      return this.cmd("POST", `/element/${id}/click`, {});
    });
  }

  async type(css, text) {
    await this.onElement(css, async (id) => {
      await this.cmd("POST", `/element/${id}/clear`, {});
      await this.cmd("POST", `/element/${id}/value`, { text });
    });
  }

  async text(css) {
    return this.onElement(css, (id) => this.cmd("GET", `/element/${id}/text`));
  }

  async exists(css) {
    return (await this.findAll(css)).length > 0;
  }

  /** Sends keys to whatever has focus (WebDriver actions). */
  async keys(text) {
    const actions = [];
    for (const ch of text) actions.push({ type: "keyDown", value: ch }, { type: "keyUp", value: ch });
    await this.cmd("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions }] });
  }

  /** Presses the keys together (e.g. Control and "c") and releases them in reverse order. */
  async chord(keys) {
    const actions = [
      ...keys.map((value) => ({ type: "keyDown", value })),
      ...[...keys].reverse().map((value) => ({ type: "keyUp", value })),
    ];
    await this.cmd("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions }] });
  }

  /** Chooses a file for an <input type="file"> without the file dialog (WebDriver file upload). */
  async chooseFile(css, path) {
    await this.onElement(css, (id) => this.cmd("POST", `/element/${id}/value`, { text: path }));
  }

  /** Waits until some element matching `css` has exactly the text `text`. */
  async waitForText(css, text, { timeout = 10000 } = {}) {
    const until = Date.now() + timeout;
    while (Date.now() < until) {
      const found = await this.execute(
        "return [...document.querySelectorAll(arguments[0])].some((e) => e.textContent.trim() === arguments[1]);",
        [css, text],
      );
      if (found) return;
      await sleep(100);
    }
    throw new Error(`timed out waiting for ${css} to read ${JSON.stringify(text)}`);
  }

  /** Clicks the first button whose text is exactly `label`. */
  async clickButton(label) {
    const ok = await this.execute(
      `const b = [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === arguments[0]);
       if (b) b.click();
       return !!b;`,
      [label],
    );
    if (!ok) throw new Error(`no button labelled ${label}`);
  }

  /** Waits until the window's size reads the same twice, 150 ms apart (or 4.5 s have passed). */
  async settled() {
    let last = "";
    for (let i = 0; i < 30; i++) {
      const now = await this.execute("return `${window.innerWidth}x${window.innerHeight}`");
      if (now === last) return;
      last = now;
      await sleep(150);
    }
  }

  /**
   * Clicks the calculator's keys. The window shrinks back to the calculator's size after a hide
   * and WebDriver aims a click where a key was while it is still shrinking (a "C" once landed on
   * "÷", so "C0000=" read "Cannot divide by zero"): the size is waited for first.
   */
  async pressCalculator(sequence) {
    await this.settled();
    for (const ch of sequence) {
      const name = { "=": "equals", "+": "plus", "-": "minus", "*": "multiply", "/": "divide", C: "clear" }[ch] ?? ch;
      await this.click(`button[aria-label="${name}"]`);
    }
  }

  execute(script, args = []) {
    return this.cmd("POST", "/execute/sync", { script, args });
  }
}

/** No WebDriver command of these tests takes this long; a hung app fails its step instead of
 * holding it for fetch's own five minutes. */
const COMMAND_TIMEOUT_MS = 120_000;

async function request(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(COMMAND_TIMEOUT_MS),
  }).catch((e) => {
    throw new Error(`${method} ${path}: fetch failed (${e.cause?.code ?? e.name})`, { cause: e });
  });
  const json = await res.json();
  if (!res.ok || json?.value?.error) {
    throw new Error(`${method} ${path}: ${json?.value?.error ?? res.status} ${json?.value?.message ?? ""}`);
  }
  return json;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
