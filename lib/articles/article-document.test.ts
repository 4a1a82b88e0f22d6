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
