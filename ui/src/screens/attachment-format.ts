// Pure helpers for showing attached files: sizes in plain words, a short form of the SHA-256, which
// pictures may be shown, and the in-memory data: URL they are shown through (never a blob: URL,
// never a file). No DOM and no API calls here, so all of it is unit-tested.

import { FluentNumber } from "@fluent/bundle";
import { message, t } from "../i18n";

/** Picture types the app will show. Anything else (SVG above all: it can carry script) is listed only. */
const SHOWABLE_IMAGE_TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp"] as const;
type ShowableImageType = (typeof SHOWABLE_IMAGE_TYPES)[number];

/** How many hex characters of the SHA-256 are shown; the full hash goes in a title attribute. */
export const SHORT_HASH_LENGTH = 12;

/**
 * "1 byte", "512 bytes", "2.5 KB", "340 KB", "1.2 MB", "64 MB" (1 KB = 1024 bytes), in the
 * language in use (its own decimal sign; no thousands separator, as "1023 bytes").
 */
export function formatSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return t("attachments-size-unknown");
  const whole = Math.round(bytes);
  if (whole < 1024) return t("attachments-size-bytes", { count: new FluentNumber(whole, { useGrouping: false }) });
  const units = [message("attachments-size-kb"), message("attachments-size-mb"), message("attachments-size-gb")];
  let value = whole / 1024;
  let unit = 0;
  // Round first, so 1023.96 KB becomes "1 MB" rather than "1024 KB".
  while (unit < units.length - 1 && roundForDisplay(value) >= 1024) {
    value /= 1024;
    unit += 1;
  }
  const shown = roundForDisplay(value);
  // One decimal place at most, and none for a whole number ("1.5", "10").
  const size = new FluentNumber(shown, { useGrouping: false, maximumFractionDigits: 1 });
  return t(units[unit] ?? "attachments-size-gb", { size });
}

/** One decimal place below 10, whole numbers from 10 up. */
function roundForDisplay(value: number): number {
  return value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
}

/** The first 12 hex characters of a SHA-256, enough to compare by eye with a printed report. */
export function shortHash(sha256: string): string {
  return sha256.trim().toLowerCase().slice(0, SHORT_HASH_LENGTH);
}

/** The bare media type, lower case, without parameters ("Image/JPEG; q=1" -> "image/jpeg"). */
function bareType(mediaType: string): string {
  return (mediaType.split(";")[0] ?? "").trim().toLowerCase();
}

/** True for PNG, JPEG, GIF and WebP only. */
export function isShowableImage(mediaType: string): boolean {
  return (SHOWABLE_IMAGE_TYPES as readonly string[]).includes(bareType(mediaType));
}

/** Standard base64 (RFC 4648, with padding) of the bytes, built in memory. */
export function bytesToBase64(bytes: ArrayBuffer | Uint8Array | readonly number[]): string {
  const view =
    bytes instanceof Uint8Array
      ? bytes
      : bytes instanceof ArrayBuffer
        ? new Uint8Array(bytes)
        : Uint8Array.from(bytes);
  // Encoded in chunks (a multiple of 3 bytes, so no padding in between) to keep argument lists
  // and intermediate strings small even for large photos.
  const CHUNK = 3 * 8192;
  const parts: string[] = [];
  for (let start = 0; start < view.length; start += CHUNK) {
    const chunk = view.subarray(start, Math.min(start + CHUNK, view.length));
    let binary = "";
    for (let i = 0; i < chunk.length; i += 1024) {
      binary += String.fromCharCode(...chunk.subarray(i, Math.min(i + 1024, chunk.length)));
    }
    parts.push(btoa(binary));
  }
  return parts.join("");
}

/** A data: URL for a showable picture, or null for any other type (those are never shown). */
export function imageDataUrl(
  mediaType: string,
  bytes: ArrayBuffer | Uint8Array | readonly number[],
): string | null {
  const type = bareType(mediaType);
  if (!isShowableImage(type)) return null;
  return `data:${type as ShowableImageType};base64,${bytesToBase64(bytes)}`;
}
