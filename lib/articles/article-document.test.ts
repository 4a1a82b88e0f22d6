import { describe, expect, it } from "vitest";
import { buildArticleDocument } from "./article-document";

describe("buildArticleDocument", () => {
  it("makes a paragraph per block and a hard break per single newline", () => {
    expect(buildArticleDocument("Title\n\nHe said,\n\"Yes\".\n \t\nEnd")).toEqual({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "Title" }] },
        {
          type: "paragraph",
          content: [{ type: "text", text: "He said," }, { type: "hardBreak" }, { type: "text", text: "\"Yes\"." }],
        },
        { type: "paragraph", content: [{ type: "text", text: "End" }] },
      ],
    });
  });

  it("makes an empty paragraph for empty text rather than an invalid empty text node", () => {
    expect(buildArticleDocument("")).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
  });
});

describe("buildArticleDocument with block kinds", () => {
  const text = "Headline\n\nBody\n\nBullet\n\nFirst\n\nSaid\nso\n\nPhoto: the quay";

  it("makes headings with their level and marks list items, quotes and captions on flat paragraphs", () => {
    expect(
      buildArticleDocument(text, [
        { type: "heading", level: 2 },
        { type: "paragraph" },
        { type: "list-item", ordered: false },
        { type: "list-item", ordered: true },
        { type: "quote" },
        { type: "caption" },
      ]),
    ).toEqual({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Headline" }] },
        { type: "paragraph", content: [{ type: "text", text: "Body" }] },
        { type: "paragraph", attrs: { kind: "list-item" }, content: [{ type: "text", text: "Bullet" }] },
        { type: "paragraph", attrs: { kind: "ordered-list-item" }, content: [{ type: "text", text: "First" }] },
        {
          type: "paragraph",
          attrs: { kind: "quote" },
          content: [{ type: "text", text: "Said" }, { type: "hardBreak" }, { type: "text", text: "so" }],
        },
        { type: "paragraph", attrs: { kind: "caption" }, content: [{ type: "text", text: "Photo: the quay" }] },
      ],
    });
  });

  it("ignores block kinds that do not match the paragraphs one for one, rather than misplacing them", () => {
    expect(buildArticleDocument(text, [{ type: "heading", level: 1 }])).toEqual(buildArticleDocument(text));
    expect(buildArticleDocument(text, null)).toEqual(buildArticleDocument(text));
  });
});
