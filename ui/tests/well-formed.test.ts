// Text sent to Rust is always well-formed UTF-16: Rust's JSON parser refuses half of a surrogate
// pair, and with it the whole call; a quick exit carrying such a draft must still lock.

import { describe, expect, it, vi } from "vitest";

const { invoke } = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/api/core", () => ({ invoke }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn() }));

import { api, wellFormed } from "../src/api";

const HALF_EMOJI = "a gift \ud83c"; // the first half of 🎁 alone

describe("text sent to Rust", () => {
  it("has half a surrogate pair replaced, whole pairs and bytes kept", () => {
    expect(wellFormed(HALF_EMOJI)).toBe("a gift \ufffd");
    expect(wellFormed("\udc81 then 🎁")).toBe("\ufffd then 🎁");
    const bytes = new Uint8Array([0xd8, 0x3c]);
    expect(wellFormed({ list: [HALF_EMOJI, { deep: HALF_EMOJI }], n: 3, bytes })).toEqual({
      list: ["a gift \ufffd", { deep: "a gift \ufffd" }],
      n: 3,
      bytes,
    });
    // What Rust's parser would take: JSON with no lone \\ud8xx escape.
    expect(JSON.stringify(wellFormed(HALF_EMOJI))).not.toMatch(/\\ud8/i);
  });

  it("a quick exit with such a draft reaches Rust well-formed", async () => {
    invoke.mockResolvedValue(undefined);
    await api.hideNow([{ key: "step:1", label: `A change to the step “${HALF_EMOJI}”`, value: HALF_EMOJI } as never], 4);
    const [command, args] = invoke.mock.calls.at(-1) ?? [];
    expect(command).toBe("hide_now");
    expect(JSON.stringify(args)).not.toMatch(/\\ud8/i);
    expect(args).toMatchObject({ exit: 4 });
  });
});
