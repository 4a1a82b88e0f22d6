import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { BlockKind } from "@/lib/articles/block-kinds";
import { ArticlePreview, PREVIEW_PARAGRAPHS } from "@/components/articles/ArticlePreview";

const paragraphs = ["Port expansion approved", "By Dana Whitfield", "New cranes at the east quay.\nPhoto: Harbor Gazette", "The board voted.", "One", "Two", "Three", "Four"];
const blocks: BlockKind[] = [{ type: "heading", level: 1 }, { type: "paragraph" }, { type: "caption" }, { type: "paragraph" }, { type: "list-item", ordered: false }, { type: "quote" }, { type: "paragraph" }, { type: "paragraph" }];
type Previewed = { title: string; author: string | null; publishedAt: string | null; text: string; blocks: BlockKind[] | null };
const article: Previewed = { title: "Port expansion approved", author: "Dana Whitfield", publishedAt: "2026-11-03", text: paragraphs.join("\n\n"), blocks };
const render = (props: Partial<Previewed> = {}, languages = ["en-US"]) => renderToStaticMarkup(createElement(ArticlePreview, { article: { ...article, ...props }, languages }));
const shown = (html: string) => [...html.matchAll(/<dt>([^<]*)<\/dt><dd class="article-text"><p( class="[^"]*")?>(.*?)<\/p>/g)].map(([, label, className, text]) => [label, className?.slice(8, -1) ?? null, text]);

describe("ArticlePreview", () => {
  it("shows the title, the byline in the viewer's language, then the first paragraphs named by kind, drawn with the reader's classes", () => {
    const html = render();
    expect(html).toContain('<p class="article-preview-title">Port expansion approved</p>');
    expect(html).toContain('By Dana Whitfield · <time dateTime="2026-11-03">November 3, 2026</time>');
    expect(shown(html)).toEqual([
      ["Heading 1", "article-preview-heading article-preview-heading-1", "Port expansion approved"],
      ["Paragraph", null, "By Dana Whitfield"],
      ["Caption", "block-caption", "New cranes at the east quay.<br/>Photo: Harbor Gazette"],
      ["Paragraph", null, "The board voted."],
      ["List item", "block-list-item", "One"],
      ["Quote", "block-quote", "Two"],
    ]);
    expect(PREVIEW_PARAGRAPHS).toBe(6);
    expect(html).toContain(`The first ${PREVIEW_PARAGRAPHS} of ${paragraphs.length} paragraphs.`);
  });

  it("makes no heading elements, so the page's outline stays its own", () => {
    expect(render()).not.toMatch(/<h[1-6]/);
  });

  it("shows plain text as paragraphs and leaves out a byline it does not have", () => {
    const html = render({ author: null, publishedAt: null, blocks: null, text: "One\n\nTwo" });
    expect(shown(html)).toEqual([["Paragraph", null, "One"], ["Paragraph", null, "Two"]]);
    expect(html).not.toContain("article-byline");
    expect(html).not.toContain("The first");
  });
});
