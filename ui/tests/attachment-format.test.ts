import { describe, expect, it } from "vitest";
import {
  SHORT_HASH_LENGTH,
  bytesToBase64,
  formatSize,
  imageDataUrl,
  isShowableImage,
  shortHash,
} from "../src/screens/attachment-format";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** A slow, obviously-correct reference encoder (RFC 4648 section 4). */
function referenceBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += b === undefined ? "=" : ALPHABET[(n >> 6) & 63]!;
    out += c === undefined ? "=" : ALPHABET[n & 63]!;
  }
  return out;
}

function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const ascii = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));

describe("formatSize", () => {
  it.each([
    [0, "0 bytes"],
    [1, "1 byte"],
    [512, "512 bytes"],
    [1023, "1023 bytes"],
    [1024, "1 KB"],
    [1536, "1.5 KB"],
    [10 * 1024, "10 KB"],
    [340 * 1024 + 100, "340 KB"],
    [1024 * 1024 - 1, "1 MB"],
    [1024 * 1024, "1 MB"],
    [1.25 * 1024 * 1024, "1.3 MB"],
    [64 * 1024 * 1024, "64 MB"],
    [3 * 1024 * 1024 * 1024, "3 GB"],
  ])("%d bytes -> %s", (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });

  it("does not invent a size for nonsense input", () => {
    expect(formatSize(-1)).toBe("unknown size");
    expect(formatSize(Number.NaN)).toBe("unknown size");
  });
});

describe("shortHash", () => {
  const full = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";
  it("keeps the first 12 hex characters, lower case", () => {
    expect(SHORT_HASH_LENGTH).toBe(12);
    expect(shortHash(full)).toBe("9f86d081884c");
    expect(shortHash(full.toLowerCase())).toBe("9f86d081884c");
  });
  it("leaves shorter strings whole", () => {
    expect(shortHash("abc")).toBe("abc");
    expect(shortHash("")).toBe("");
  });
});

describe("isShowableImage", () => {
  it.each(["image/png", "image/jpeg", "image/gif", "image/webp", "IMAGE/PNG", " image/jpeg ", "image/jpeg; q=1"])(
    "shows %s",
    (type) => expect(isShowableImage(type)).toBe(true),
  );
  it.each([
    "image/svg+xml",
    "image/heic",
    "image/bmp",
    "text/html",
    "application/pdf",
    "application/octet-stream",
    "video/mp4",
    "",
    "image/",
    "image/pngx",
  ])("does not show %s", (type) => expect(isShowableImage(type)).toBe(false));
});

describe("bytesToBase64", () => {
  it.each([
    ["", ""],
    ["f", "Zg=="],
    ["fo", "Zm8="],
    ["foo", "Zm9v"],
    ["foob", "Zm9vYg=="],
    ["fooba", "Zm9vYmE="],
    ["foobar", "Zm9vYmFy"],
  ])("RFC 4648 test vector %j", (input, expected) => {
    expect(bytesToBase64(ascii(input))).toBe(expected);
  });

  it("handles every byte value", () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(bytesToBase64(all)).toBe(referenceBase64(all));
  });

  it("accepts an ArrayBuffer, a Uint8Array view into a larger buffer, and a number array", () => {
    const bytes = ascii("foobar");
    expect(bytesToBase64(bytes.buffer)).toBe("Zm9vYmFy");
    expect(bytesToBase64(bytes.subarray(1, 4))).toBe("b29i");
    expect(bytesToBase64([102, 111, 111])).toBe("Zm9v");
  });

  it("matches the reference around chunk boundaries and for large inputs", () => {
    const sizes = [1, 2, 3, 1023, 1024, 1025, 24575, 24576, 24577, 24578, 49152, 100_001, 300_000];
    for (const [i, size] of sizes.entries()) {
      const bytes = pseudoRandomBytes(size, i + 7);
      expect(bytesToBase64(bytes), `size ${size}`).toBe(referenceBase64(bytes));
    }
  });

  it("matches the reference for many small random inputs", () => {
    for (let size = 0; size < 200; size++) {
      const bytes = pseudoRandomBytes(size, size * 31 + 1);
      expect(bytesToBase64(bytes)).toBe(referenceBase64(bytes));
    }
  });
});

describe("imageDataUrl", () => {
  it("builds a data: URL with the normalised type", () => {
    expect(imageDataUrl("image/png", ascii("foo"))).toBe("data:image/png;base64,Zm9v");
    expect(imageDataUrl("Image/JPEG; charset=x", ascii("foobar"))).toBe("data:image/jpeg;base64,Zm9vYmFy");
  });
  it("refuses anything that is not a showable picture", () => {
    expect(imageDataUrl("image/svg+xml", ascii("<svg/>"))).toBeNull();
    expect(imageDataUrl("text/html", ascii("<p>"))).toBeNull();
  });
});
