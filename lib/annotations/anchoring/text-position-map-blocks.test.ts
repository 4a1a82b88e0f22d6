import { getSchema } from "@tiptap/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildArticleDocument } from "@/lib/articles/article-document";
import { articleContentExtensions } from "@/lib/articles/article-schema-extensions";
import type { BlockKind } from "@/lib/articles/block-kinds";
import { paragraphKindOf } from "@/lib/articles/paragraph-kind";
import { splitIntoBlocks } from "@/lib/articles/text-blocks";
import { createTextPositionMap } from "./text-position-map";

const schema = getSchema(articleContentExtensions);

// The same pieces as text-position-map.test.ts, so headings, list items, quotes and captions meet
// hard breaks, blank lines with spaces and tabs, and surrogate pairs.
const pieces = ["a", "b", " ", "\t", "\n", "\n\n", "\n \n", "é", "漢", "😀", "👩‍🏫", "“", "—"];
const anyText = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(""));
const anyKind: fc.Arbitrary<BlockKind> = fc.oneof(
  fc.constant({ type: "paragraph" } as const),
  fc.constantFrom(1, 2, 3, 4, 5, 6).map((level) => ({ type: "heading", level }) as const),
  fc.boolean().map((ordered) => ({ type: "list-item", ordered }) as const),
  fc.constant({ type: "quote" } as const),
  fc.constant({ type: "caption" } as const),
);
/** A text and one random kind for each of its paragraphs. */
const textWithKinds = anyText.chain((text) =>
  fc
    .array(anyKind, { minLength: splitIntoBlocks(text).length, maxLength: splitIntoBlocks(text).length })
    .map((blocks) => ({ text, blocks })),
);

const toDoc = (text: string, blocks: BlockKind[]) => {
  const doc = schema.nodeFromJSON(buildArticleDocument(text, blocks));
  doc.check(); // throws if the schema does not allow the document (nesting, attributes)
  return doc;
};

describe("createTextPositionMap over documents with headings, list items and quotes", () => {
  it("builds a valid document whose every top-level node is a textblock of the right kind", () => {
    fc.assert(
      fc.property(textWithKinds, ({ text, blocks }) => {
        const doc = toDoc(text, blocks);
        expect(doc.childCount).toBe(blocks.length);
        doc.forEach((node, _offset, index) => {
          const kind = blocks[index]!;
          expect(node.isTextblock).toBe(true);
          expect(node.type.name).toBe(kind.type === "heading" ? "heading" : "paragraph");
          if (kind.type === "heading") expect(node.attrs.level).toBe(kind.level);
          else expect(node.attrs.kind).toBe(paragraphKindOf(kind));
        });
      }),
    );
  });

  it("agrees with the document on its size", () => {
    fc.assert(
      fc.property(textWithKinds, ({ text, blocks }) => {
        expect(createTextPositionMap(text).documentSize).toBe(toDoc(text, blocks).content.size);
      }),
    );
  });

  it("puts each offset inside a paragraph on the character the text has there", () => {
    fc.assert(
      fc.property(textWithKinds, ({ text, blocks }) => {
        const doc = toDoc(text, blocks);
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

  it("maps every position inside a textblock to an offset and back to itself", () => {
    fc.assert(
      fc.property(textWithKinds, ({ text, blocks }) => {
        const doc = toDoc(text, blocks);
        const map = createTextPositionMap(text);
        for (let position = 0; position <= doc.content.size; position++) {
          if (!doc.resolve(position).parent.isTextblock) continue;
          expect(map.toPosition(map.toOffset(position, "forward"), "forward")).toBe(position);
        }
      }),
    );
  });
});
