import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitIntoBlocks } from "@/lib/articles/text-blocks";
import { highlightPieces, type HighlightRange, type Piece } from "./highlight-pieces";

/** The text each range encloses, read back from the pieces as a document reader would: paragraphs joined by their separators. */
function enclosed(text: string, pieces: Piece[][], count: number): string[] {
  const blocks = splitIntoBlocks(text);
  const inside = new Map<number, string>();
  const result: string[] = Array.from({ length: count }, () => "");
  pieces.forEach((paragraph, index) => {
    if (index > 0) for (const range of inside.keys()) inside.set(range, inside.get(range)! + text.slice(blocks[index - 1]!.end, blocks[index]!.start));
    for (const piece of paragraph) {
      if (piece.kind === "open") inside.set(piece.range, "");
      else if (piece.kind === "close") {
        result[piece.range] = inside.get(piece.range)!;
        inside.delete(piece.range);
      } else for (const range of inside.keys()) inside.set(range, inside.get(range)! + text.slice(piece.start, piece.end));
    }
  });
  return result;
}

const TEXT = "One two three.\n\nFour five six.\n\nSeven.";

describe("highlightPieces", () => {
  it("cuts overlapping and nested highlights into stretches, each with the highlights covering it", () => {
    const ranges: HighlightRange[] = [
      { start: 4, end: 13 }, // "two three"
      { start: 8, end: 13 }, // "three" (nested, same end)
      { start: 0, end: 7 }, // "One two" (overlaps the first)
    ];
    const [first] = highlightPieces(splitIntoBlocks(TEXT), ranges);
    expect(first).toEqual([
      { kind: "open", range: 2 },
      { kind: "text", start: 0, end: 4, covering: [2] },
      { kind: "open", range: 0 },
      { kind: "text", start: 4, end: 7, covering: [0, 2] },
      { kind: "close", range: 2 },
      { kind: "text", start: 7, end: 8, covering: [0] },
      { kind: "open", range: 1 },
      { kind: "text", start: 8, end: 13, covering: [0, 1] },
      { kind: "close", range: 1 },
      { kind: "close", range: 0 },
      { kind: "text", start: 13, end: 14, covering: [] },
    ]);
  });

  it("opens a highlight across a paragraph break in one paragraph and closes it in the next", () => {
    const ranges = [{ start: TEXT.indexOf("three"), end: TEXT.indexOf(" five") }];
    const pieces = highlightPieces(splitIntoBlocks(TEXT), ranges);
    expect(pieces[0]).toContainEqual({ kind: "open", range: 0 });
    expect(pieces[1]).toContainEqual({ kind: "close", range: 0 });
    expect(pieces[1]![0]).toEqual({ kind: "text", start: 16, end: 20, covering: [0] });
    expect(enclosed(TEXT, pieces, 1)).toEqual(["three.\n\nFour"]);
  });

  it("keeps touching highlights apart, and gives an empty highlight an open right before its close", () => {
    const pieces = highlightPieces(splitIntoBlocks(TEXT), [{ start: 0, end: 3 }, { start: 3, end: 7 }, { start: 5, end: 5 }]);
    expect(pieces[0]!.slice(0, 7)).toEqual([
      { kind: "open", range: 0 },
      { kind: "text", start: 0, end: 3, covering: [0] },
      { kind: "close", range: 0 },
      { kind: "open", range: 1 },
      { kind: "text", start: 3, end: 5, covering: [1] },
      { kind: "open", range: 2 },
      { kind: "close", range: 2 },
    ]);
  });

  it("moves an end inside the blank lines between paragraphs to the paragraph edge inside the highlight", () => {
    const gap = TEXT.indexOf("\n\n") + 1;
    const pieces = highlightPieces(splitIntoBlocks(TEXT), [{ start: TEXT.indexOf("three"), end: gap }, { start: gap, end: TEXT.indexOf(" five") }, { start: gap, end: gap + 1 }]);
    expect(enclosed(TEXT, pieces, 3)).toEqual(["three.", "Four", ""]);
  });

  it("for any text and highlights: the stretches tile each paragraph, carry exactly the highlights over them, and every highlight encloses its own text", () => {
    const paragraph = fc.stringMatching(/^[a-zé😀 \n]{1,12}$/).map((s) => s.replace(/\n+/g, "\n").replace(/^\n|\n$/g, "x"));
    const textArb = fc.array(paragraph, { minLength: 1, maxLength: 5 }).map((parts) => parts.join("\n\n"));
    const input = textArb.chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.array(
          fc.tuple(fc.nat(text.length), fc.nat(text.length)).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
          { maxLength: 8 },
        ),
      ),
    );
    fc.assert(
      fc.property(input, ([text, ranges]) => {
        const blocks = splitIntoBlocks(text);
        const pieces = highlightPieces(blocks, ranges);
        pieces.forEach((paragraph, index) => {
          const stretches = paragraph.filter((p) => p.kind === "text");
          expect(stretches.map((s) => text.slice(s.start, s.end)).join("")).toBe(text.slice(blocks[index]!.start, blocks[index]!.end));
          for (const s of stretches) {
            expect(s.covering).toEqual(ranges.flatMap((r, i) => (r.start <= s.start && s.end <= r.end ? [i] : [])));
          }
        });
        const opens = pieces.flat().filter((p) => p.kind === "open").map((p) => p.range);
        expect(opens.sort((a, b) => a - b)).toEqual(ranges.map((_, i) => i));
        const inGap = (offset: number) => blocks.some((b, i) => i > 0 && blocks[i - 1]!.end < offset && offset < b.start);
        enclosed(text, pieces, ranges.length).forEach((got, i) => {
          const { start, end } = ranges[i]!;
          if (!inGap(start) && !inGap(end)) expect(got).toBe(text.slice(start, end));
        });
      }),
      { numRuns: 500 },
    );
  });
});
