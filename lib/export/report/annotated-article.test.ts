import { describe, expect, it } from "vitest";
import { DEFAULT_TAGS } from "@/lib/annotations/tags";
import { sampleExportModel } from "@/tests/support/sample-export-model";
import type { ExportAnnotation } from "../export-model";
import { annotateArticle } from "./annotated-article";

const text = "First para.\n\nSecond para.\n\nThird.";
const span = (start: number, end: number, tag = "quote") => ({ start, end, tag }) as ExportAnnotation;
const article = (annotations: ExportAnnotation[], blocks = null) => annotateArticle({ article: { ...sampleExportModel().article, text, blocks }, annotations, tags: DEFAULT_TAGS });

describe("annotateArticle", () => {
  it("cuts overlapping highlights into pieces, each with every highlight and tag covering it, tags in the assignment's order", () => {
    const model = sampleExportModel();
    const pieces = annotateArticle(model).flatMap((b) => b.pieces).filter((p) => p.value);
    const note = (exact: string) => model.annotations.findIndex((a) => a.exact === exact) + 1;
    const inside = pieces.find((p) => p.text === "a reckless giveaway")!;
    expect(inside.value).toEqual({ notes: [note("approve a reckless giveaway, critics said"), note("a reckless giveaway")].sort(), tags: ["opinion", "loaded_language"] });
    expect(pieces.find((p) => p.text === "approve ")!.value!.notes).toEqual([note("approve a reckless giveaway, critics said")]);
    // Léo's opinion ends at "said", inside Amara's "said. Мэр": the piece is cut there.
    expect(pieces.find((p) => p.text === "said")!.value!.notes).toHaveLength(2);
  });

  it("labels each highlight where it ends", () => {
    const model = sampleExportModel();
    const blocks = annotateArticle(model);
    const ends = blocks.flatMap((b) => b.pieces.map((p, i) => ({ end: p.end, notes: b.markers[i]!.flatMap((m) => Array.from({ length: m.through - m.note + 1 }, (_, k) => m.note + k)) })));
    model.annotations.forEach((a, i) => expect(ends.find((e) => e.notes.includes(i + 1))!.end).toBe(a.end));
  });

  it("carries a highlight across a paragraph break, and labels one that ends in the blank lines at the end of its paragraph", () => {
    const blocks = article([span(6, 19), span(13, 27)]);
    expect(blocks.map((b) => b.pieces.map((p) => [p.text, p.value?.notes ?? []]))).toEqual([
      [["First ", []], ["para.", [1]]],
      [["Second", [1, 2]], [" para.", [2]]],
      [["Third.", []]],
    ]);
    // Note 2 ends at offset 27, in the blank lines after "Second para." (which ends at 25): labelled there.
    expect(blocks[1]!.markers).toEqual([[{ note: 1, through: 1, tag: "quote" }], [{ note: 2, through: 2, tag: "quote" }]]);
    expect(blocks[1]!.pieces.at(-1)!.end).toBe(25);
    expect(blocks.flatMap((b) => b.markers.flat()).map((m) => m.note)).toEqual([1, 2]);
  });

  it("gives one label to highlights of one tag that end at one place with consecutive notes, and not to others", () => {
    const blocks = article([span(0, 5), span(0, 5), span(0, 5, "opinion"), span(0, 5), span(6, 11)]);
    expect(blocks[0]!.markers.flat()).toEqual([
      { note: 1, through: 2, tag: "quote" },
      { note: 3, through: 3, tag: "opinion" },
      { note: 4, through: 4, tag: "quote" },
      { note: 5, through: 5, tag: "quote" },
    ]);
  });

  it("numbers runs of ordered list items and keeps the import's block kinds", () => {
    const blocks = article([], [{ type: "list-item", ordered: true }, { type: "list-item", ordered: true }, { type: "quote" }] as never);
    expect(blocks.map((b) => [b.kind.type, b.listNumber])).toEqual([["list-item", 1], ["list-item", 2], ["quote", null]]);
  });
});
