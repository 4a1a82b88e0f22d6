import { getSchema } from "@tiptap/core";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildArticleDocument } from "@/lib/articles/article-document";
import { articleContentExtensions } from "@/lib/articles/article-schema-extensions";
import type { BlockKind } from "@/lib/articles/block-kinds";
import { ArticleText } from "./ArticleText";

const text = "Headline\n\nBody\nmore\n\nBullet\n\nFirst\n\nSaid\n\nCranes at the quay";
const blocks: BlockKind[] = [
  { type: "heading", level: 2 },
  { type: "paragraph" },
  { type: "list-item", ordered: false },
  { type: "list-item", ordered: true },
  { type: "quote" },
  { type: "caption" },
];
const render = (b?: BlockKind[] | null) => renderToStaticMarkup(createElement(ArticleText, { text, blocks: b }));

describe("ArticleText", () => {
  it("renders headings, list items, quotes and captions as flat elements with the reader's classes", () => {
    expect(render(blocks)).toBe(
      '<div class="article-text"><h3>Headline</h3><p>Body<br/>more</p><p class="block-list-item">Bullet</p>' +
        '<p class="block-ordered-list-item">First</p><p class="block-quote">Said</p>' +
        '<p class="block-caption">Cranes at the quay</p></div>',
    );
  });

  it("draws each heading one level below its own, so the page's title stays the only h1", () => {
    const levels = ([1, 2, 5, 6] as const).map((level) =>
      renderToStaticMarkup(createElement(ArticleText, { text: "Title", blocks: [{ type: "heading", level }] })),
    );
    expect(levels).toEqual(["h2", "h3", "h6", "h6"].map((tag) => `<div class="article-text"><${tag}>Title</${tag}></div>`));
  });

  it("renders plain paragraphs without blocks, or with blocks that do not match the text", () => {
    const plain = '<div class="article-text"><p>Headline</p><p>Body<br/>more</p><p>Bullet</p><p>First</p><p>Said</p><p>Cranes at the quay</p></div>';
    expect(render()).toBe(plain);
    expect(render([{ type: "quote" }])).toBe(plain);
  });

  it("uses the same element and class for each block as the editor's schema draws", () => {
    const schema = getSchema(articleContentExtensions);
    const doc = schema.nodeFromJSON(buildArticleDocument(text, blocks));
    const fromEditor: string[] = [];
    doc.forEach((node) => {
      const spec = node.type.spec.toDOM!(node) as [string, Record<string, string>?];
      const tag = spec[0];
      const className = spec[1]?.class;
      fromEditor.push(className ? `<${tag} class="${className}">` : `<${tag}>`);
    });
    const fromServer = render(blocks).match(/<(h[1-6]|p)( class="[^"]*")?>/g);
    expect(fromServer).toEqual(fromEditor);
  });
});
