import { getSchema } from "@tiptap/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildArticleDocument } from "@/lib/articles/article-document";
import { articleContentExtensions } from "@/lib/articles/article-schema-extensions";
import { splitIntoBlocks } from "@/lib/articles/text-blocks";
import { createTextPositionMap } from "./text-position-map";

const schema = getSchema(articleContentExtensions);
const toDoc = (text: string) => schema.nodeFromJSON(buildArticleDocument(text));

// Characters chosen to hit every rule: paragraph and hard breaks, blank lines holding
// spaces and tabs, accented letters, a CJK character and emoji (surrogate pairs).
const pieces = ["a", "b", " ", "\t", "\n", "\n\n", "\n \n", "é", "漢", "😀", "👩‍🏫", "“", "—"];
const anyText = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(""));
const word = fc.array(fc.constantFrom("a", "b", " ", "é", "😀", "“", "\n"), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join(""))
  .filter((paragraph) => paragraph.split("\n").every((line) => line.trim().length > 0));
/** Text whose paragraphs are separated by exactly one blank line, like the seed article. */
const paragraphText = fc.array(word, { minLength: 1, maxLength: 6 }).map((paragraphs) => paragraphs.join("\n\n"));

function offsetsInsideBlocks(text: string): number[] {
  return splitIntoBlocks(text).flatMap(({ start, end }) =>
    Array.from({ length: end - start + 1 }, (_, i) => start + i),
  );
}

describe("createTextPositionMap", () => {
  it("agrees with the document on its size", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(createTextPositionMap(text).documentSize).toBe(toDoc(text).content.size);
      }),
    );
  });

  it("maps every offset inside a paragraph to a position and back to itself", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const map = createTextPositionMap(text);
        for (const offset of offsetsInsideBlocks(text)) {
          for (const bias of ["forward", "backward"] as const) {
            expect(map.toOffset(map.toPosition(offset, bias), bias)).toBe(offset);
          }
        }
      }),
    );
  });

  it("maps every position inside a paragraph to an offset and back to itself", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = toDoc(text);
        const map = createTextPositionMap(text);
        for (let position = 0; position <= doc.content.size; position++) {
          if (!doc.resolve(position).parent.isTextblock) continue;
          expect(map.toPosition(map.toOffset(position, "forward"), "forward")).toBe(position);
        }
      }),
    );
  });

  it("puts each offset on the character the text has there", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = toDoc(text);
        const map = createTextPositionMap(text);
        for (const { start, end } of splitIntoBlocks(text)) {
          for (let offset = start; offset < end; offset++) {
            const position = map.toPosition(offset, "forward");
            expect(doc.textBetween(position, position + 1, "", "\n")).toBe(text[offset]);
          }
        }
      }),
    );
  });

  it("reads back exactly text.slice(start, end) for any range, across paragraphs and hard breaks", () => {
    fc.assert(
      fc.property(paragraphText, fc.nat(), fc.nat(), (text, a, b) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.max(start, Math.max(a, b) % (text.length + 1));
        const map = createTextPositionMap(text);
        const doc = toDoc(text);
        const between = doc.textBetween(map.toPosition(start, "forward"), map.toPosition(end, "backward"), "\n\n", "\n");
        // An edge inside a blank line moves to the nearer paragraph: only blank lines are lost.
        const blocks = splitIntoBlocks(text);
        const inSeparator = (offset: number) => blocks.findIndex((b, i) => offset > b.end && offset < (blocks[i + 1]?.start ?? 0));
        const startBlock = inSeparator(start);
        const endBlock = inSeparator(end);
        const from = startBlock >= 0 ? blocks[startBlock + 1]!.start : start;
        const to = endBlock >= 0 ? blocks[endBlock]!.end : end;
        expect(between).toBe(from < to ? text.slice(from, to) : "");
      }),
    );
  });

  it("moves offsets between paragraphs to the nearer edge the bias asks for", () => {
    const text = "One.\n\n \nTwo.";
    const map = createTextPositionMap(text);
    // Offsets 4..7 are the blank lines; "Two." starts at 8.
    expect(map.toPosition(5, "forward")).toBe(map.toPosition(8, "forward"));
    expect(map.toPosition(5, "backward")).toBe(map.toPosition(4, "backward"));
    expect(map.toOffset(map.toPosition(4, "backward") + 1, "forward")).toBe(8);
    expect(map.toOffset(map.toPosition(4, "backward") + 1, "backward")).toBe(4);
  });

  it("clamps positions and offsets outside the document", () => {
    const text = "Hello 😀\nworld";
    const map = createTextPositionMap(text);
    expect(map.toOffset(0, "forward")).toBe(0);
    expect(map.toOffset(10_000, "backward")).toBe(text.length);
    expect(map.toPosition(-3, "forward")).toBe(1);
    expect(map.toPosition(10_000, "backward")).toBe(map.documentSize - 1);
  });
});
