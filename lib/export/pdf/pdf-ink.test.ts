import { describe, expect, it } from "vitest";
import { DEFAULT_TAGS } from "@/lib/annotations/tags";
import type { ReportTag } from "../report/report";
import { TAG_STYLES } from "../report/tag-styles";
import type { PdfDocument } from "./pdf-document";
import { paintInk, underlineOffset, type Ink } from "./pdf-ink";
import { layoutLines, type Run, type TextStyle } from "./text-layout";

/** A stand-in for a PDFKit document that records every drawing call (each returns the document, as PDFKit's do). */
function recorder() {
  const calls: [string, ...unknown[]][] = [];
  const doc: PdfDocument = new Proxy({} as PdfDocument, {
    get: (_target, name: string) => (...args: unknown[]) => {
      calls.push([name, ...args]);
      return doc;
    },
  });
  return { doc, calls };
}

const style: TextStyle = { font: "regular", size: 10, color: "#000" };
const measure = (text: string) => text.length * 5;
const tag = (id: string): ReportTag => {
  const t = DEFAULT_TAGS.find((d) => d.id === id)!;
  return { ...t, abbreviation: id.slice(0, 2).toUpperCase(), style: TAG_STYLES[t.color] };
};

describe("paintInk", () => {
  it("draws a highlight's tint behind its words on every line it wraps onto, and its tag's line under them", () => {
    const quote = tag("quote");
    const runs: Run<Ink>[] = [{ text: "Before ", style }, { text: "a highlight that wraps over lines", style, data: { tags: [quote] } }, { text: " after", style }];
    const lines = layoutLines(runs, 80, measure);
    expect(lines.length).toBeGreaterThan(2);
    lines.forEach((line, i) => {
      const { doc, calls } = recorder();
      paintInk(doc)(line, { x: 100, top: 50 * i, baseline: 50 * i + 10, height: 20 });
      const highlighted = line.fragments.filter((f) => f.data?.tags);
      const rects = calls.filter(([name]) => name === "rect").map(([, x, , w]) => [x, w]);
      expect(rects).toEqual(highlighted.length ? [[100 + highlighted[0]!.x, highlighted.at(-1)!.x + highlighted.at(-1)!.width - highlighted[0]!.x]] : []);
      if (!highlighted.length) return;
      // Quote is blue: rgba(95, 172, 255, 0.3) in lib/annotations/tag-palette.ts.
      expect(calls).toContainEqual(["fill", "#5facff"]);
      expect(calls).toContainEqual(["fillOpacity", 0.3]);
      const y = 50 * i + 10 + underlineOffset(quote.style.depth);
      expect(calls).toContainEqual(["moveTo", 100 + highlighted[0]!.x, y]);
      expect(calls).toContainEqual(["strokeColor", quote.style.line]);
    });
  });

  it("stacks the lines of overlapping tags at their own depths, each in its own pattern", () => {
    const [opinion, loaded] = [tag("opinion"), tag("loaded_language")];
    const line = layoutLines<Ink>([{ text: "reckless", style, data: { tags: [opinion, loaded] } }], 500, measure)[0]!;
    const { doc, calls } = recorder();
    paintInk(doc)(line, { x: 0, top: 0, baseline: 10, height: 20 });
    expect(calls.filter(([name]) => name === "rect")).toHaveLength(2);
    expect(calls).toContainEqual(["dash", 2.8, { space: 1.6 }]); // opinion: dashed
    expect(calls.filter(([name]) => name === "quadraticCurveTo").length).toBeGreaterThan(3); // loaded language: wavy
    expect(calls).toContainEqual(["moveTo", 0, 10 + underlineOffset(opinion.style.depth)]);
    expect(calls).toContainEqual(["moveTo", 0, 10 + underlineOffset(loaded.style.depth)]);
  });

  it("boxes a highlight's end label in its tag's colour, links it to its note and makes it the note's way back", () => {
    const quote = tag("quote");
    const line = layoutLines<Ink>([{ text: "7 QU", style, box: { padding: 1, rise: 3 }, data: { label: { tag: quote, note: 7 } } }], 500, measure)[0]!;
    const { doc, calls } = recorder();
    paintInk(doc)(line, { x: 20, top: 0, baseline: 10, height: 20 });
    expect(calls).toContainEqual(["fillAndStroke", "#ffffff", quote.style.line]);
    expect(calls).toContainEqual(["addNamedDestination", "ref-7", "XYZ", 20, 0, null]);
    expect(calls.find(([name]) => name === "goTo")?.at(-1)).toBe("note-7");
  });
});
