import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SearchHit, SearchKind } from "../src/api";
import {
  createLiveSearch,
  groupHits,
  hitLabel,
  normaliseQuery,
  resultCountText,
} from "../src/screens/search-logic";

function hit(kind: SearchKind, id: string, title = id, snippet = ""): SearchHit {
  return { kind, id, title, snippet };
}

describe("groupHits", () => {
  it("groups in a fixed order with plain headings, keeping rank order inside each group", () => {
    const hits = [
      hit("Contact", "c1"),
      hit("Incident", "i1"),
      hit("ChecklistItem", "k1"),
      hit("Contact", "c2"),
      hit("PlanNotes", "travel"),
      hit("PlanItem", "p1"),
      hit("Incident", "i2"),
    ];
    const groups = groupHits(hits);
    expect(groups.map((g) => g.heading)).toEqual([
      "Incidents",
      "Safety plan",
      "Plan notes",
      "Contacts",
      "Checklists",
    ]);
    expect(groups[0].hits.map((h) => h.id)).toEqual(["i1", "i2"]);
    expect(groups[3].hits.map((h) => h.id)).toEqual(["c1", "c2"]);
  });

  it("leaves out empty groups", () => {
    const groups = groupHits([hit("ChecklistItem", "k1"), hit("Incident", "i1")]);
    expect(groups.map((g) => g.kind)).toEqual(["Incident", "ChecklistItem"]);
  });

  it("returns nothing for no hits", () => {
    expect(groupHits([])).toEqual([]);
  });

  it("leaves out kinds it does not know", () => {
    const odd = { kind: "Something" as SearchKind, id: "x", title: "x", snippet: "" };
    expect(groupHits([odd])).toEqual([]);
  });
});

describe("normaliseQuery", () => {
  it.each([
    ["", null],
    ["   ", null],
    ['" (', null],
    ["red car", "red car"],
    ["  red   car ", "red car"],
    ["Zoë", "Zoë"],
    ["7", "7"],
  ])("%j → %j", (text, expected) => {
    expect(normaliseQuery(text)).toBe(expected);
  });
});

describe("hitLabel and resultCountText", () => {
  it("names a result by title then snippet", () => {
    expect(hitLabel(hit("Contact", "c", "Sam", "…knows the code word…"))).toBe("Sam: …knows the code word…");
    expect(hitLabel(hit("Contact", "c", "Sam", "  "))).toBe("Sam");
    expect(hitLabel(hit("Contact", "c", " ", "x"))).toBe("Untitled: x");
  });

  it("counts in words", () => {
    expect(resultCountText(1)).toBe("1 result.");
    expect(resultCountText(3)).toBe("3 results.");
  });
});

describe("createLiveSearch", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function setup() {
    const pending = new Map<string, { resolve(v: string): void; reject(e: unknown): void }>();
    const run = vi.fn(
      (q: string) =>
        new Promise<string>((resolve, reject) => {
          pending.set(q, { resolve, reject });
        }),
    );
    const onResult = vi.fn();
    const onEmpty = vi.fn();
    const onError = vi.fn();
    const live = createLiveSearch<string>({ run, onResult, onEmpty, onError }, 200);
    return { live, run, onResult, onEmpty, onError, pending };
  }

  it("waits for a pause in typing, then searches once for the latest text", async () => {
    const { live, run, onResult, pending } = setup();
    live.input("r");
    await vi.advanceTimersByTimeAsync(100);
    live.input("re");
    await vi.advanceTimersByTimeAsync(100);
    live.input("red");
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenCalledWith("red");
    pending.get("red")!.resolve("answer");
    await vi.runAllTimersAsync();
    expect(onResult).toHaveBeenCalledWith("red", "answer");
  });

  it("ignores a slow answer to an older query", async () => {
    const { live, onResult, pending } = setup();
    live.input("red");
    await vi.advanceTimersByTimeAsync(200);
    live.input("red car");
    await vi.advanceTimersByTimeAsync(200);
    pending.get("red car")!.resolve("new");
    await vi.runAllTimersAsync();
    pending.get("red")!.resolve("old");
    await vi.runAllTimersAsync();
    expect(onResult).toHaveBeenCalledTimes(1);
    expect(onResult).toHaveBeenCalledWith("red car", "new");
  });

  it("ignores an older answer after the box is emptied", async () => {
    const { live, onResult, onEmpty, pending } = setup();
    live.input("red");
    await vi.advanceTimersByTimeAsync(200);
    live.input("");
    expect(onEmpty).toHaveBeenCalledTimes(1);
    pending.get("red")!.resolve("late");
    await vi.runAllTimersAsync();
    expect(onResult).not.toHaveBeenCalled();
  });

  it("does not search for empty or punctuation-only text", async () => {
    const { live, run, onEmpty } = setup();
    live.input("   ");
    live.input('"');
    await vi.runAllTimersAsync();
    expect(run).not.toHaveBeenCalled();
    expect(onEmpty).toHaveBeenCalledTimes(2);
  });

  it("reports errors only for the latest query", async () => {
    const { live, onError, pending } = setup();
    live.input("a");
    await vi.advanceTimersByTimeAsync(200);
    live.input("ab");
    await vi.advanceTimersByTimeAsync(200);
    pending.get("a")!.reject(new Error("old"));
    await vi.runAllTimersAsync();
    expect(onError).not.toHaveBeenCalled();
    pending.get("ab")!.reject({ code: "locked", message: "closed" });
    await vi.runAllTimersAsync();
    expect(onError).toHaveBeenCalledWith("ab", { code: "locked", message: "closed" });
  });

  it("searches at once when asked (Enter)", async () => {
    const { live, run } = setup();
    live.input("red", true);
    expect(run).toHaveBeenCalledWith("red");
  });

  it("treats a synchronous throw as an error", async () => {
    const onError = vi.fn();
    const live = createLiveSearch<string>(
      {
        run: () => {
          throw new Error("boom");
        },
        onResult: vi.fn(),
        onEmpty: vi.fn(),
        onError,
      },
      200,
    );
    live.input("x", true);
    await vi.runAllTimersAsync();
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it("cancel stops a pending search and drops answers on their way", async () => {
    const { live, run, onResult, pending } = setup();
    live.input("red");
    live.cancel();
    await vi.runAllTimersAsync();
    expect(run).not.toHaveBeenCalled();
    live.input("blue", true);
    live.cancel();
    pending.get("blue")!.resolve("late");
    await vi.runAllTimersAsync();
    expect(onResult).not.toHaveBeenCalled();
  });
});
