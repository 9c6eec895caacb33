// The invitation's QR code, drawn as an SVG image.

import type { QrView } from "../../api";
import { t } from "../../i18n";
import { qrPath, qrPixels, qrSide } from "../sharing-logic";

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * The invitation's QR code as an image: black on white with its quiet zone, each module a whole
 * number of pixels (crisp edges read best); null if it cannot be drawn.
 */
export function qrImage(qr: QrView): SVGSVGElement | null {
  const d = qrPath(qr.width, qr.modules);
  if (d === "") return null;
  const side = qrSide(qr.width);
  const pixels = String(qrPixels(qr.width));
  const image = svgElement("svg", {
    id: "sharing-qr",
    class: "sharing-qr",
    viewBox: `0 0 ${side} ${side}`,
    width: pixels,
    height: pixels,
    role: "img",
    "aria-label": t("sharing-qr-label"),
    "shape-rendering": "crispEdges",
  });
  image.append(
    svgElement("rect", { width: String(side), height: String(side), fill: "#fff" }),
    svgElement("path", { d, fill: "#000" }),
  );
  return image;
}

function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}
