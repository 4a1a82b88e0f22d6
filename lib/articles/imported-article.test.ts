import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationFailed } from "@/lib/errors";
import { canonicalArticleProblems } from "./canonical-article-problems";
import { importHtml } from "./import-html";
import { splitIntoBlocks } from "./text-blocks";

// Random pages built from the pieces that make canonical text hard: white space of every
// kind, entities, &nbsp;, emoji, <br> runs, empty and nested blocks, dropped elements.
const textPiece = fc.constantFrom("a", "b c", " ", "  ", "\n", "\t", "\r\n", "&nbsp;", "\u00A0", "&amp;", "&#8212;", "é", "😀", "“q”");
const TAGS = ["p", "div", "span", "em", "a", "h1", "h3", "li", "ul", "ol", "blockquote", "td", "section", "script", "nav", "pre"];
const page = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    textPiece,
    fc.constant("<br>"),
    fc.constant('<img src="x" onerror="alert(1)">'),
    fc.tuple(fc.constantFrom(...TAGS), fc.array(tie("node"), { maxLength: 4 })).map(([tag, children]) => `<${tag}>${children.join("")}</${tag}>`),
  ),
})).node;
const anyPage = fc.array(page, { minLength: 1, maxLength: 6 }).map((nodes) => nodes.join(""));

function importOrNull(html: string) {
  try {
    return importHtml(html);
  } catch (error) {
    if (error instanceof ValidationFailed && error.message === "This HTML file has no text to annotate.") return null;
    throw error;
  }
}

describe("ImportedArticle from HTML, for any page", () => {
  it("has canonical text: paragraphs joined by exactly one blank line, trimmed, never empty, no blank line inside", () => {
    fc.assert(
      fc.property(anyPage, (html) => {
        const article = importOrNull(html);
        if (article) expect(canonicalArticleProblems(article)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("has exactly one block kind per paragraph splitIntoBlocks finds", () => {
    fc.assert(
      fc.property(anyPage, (html) => {
        const article = importOrNull(html);
        if (article) expect(article.blocks).toHaveLength(splitIntoBlocks(article.text).length);
      }),
      { numRuns: 300 },
    );
  });

  it("has a single newline only where the page had a line break", () => {
    fc.assert(
      fc.property(anyPage, (html) => {
        const article = importOrNull(html);
        if (!article) return;
        const newlinesInParagraphs = article.text.split("\n\n").join("").split("\n").length - 1;
        const lineBreaks = html.split("<br>").length - 1;
        if (!html.includes("<pre>")) expect(newlinesInParagraphs).toBeLessThanOrEqual(lineBreaks);
      }),
      { numRuns: 300 },
    );
  });

  it("never keeps markup, or the content of scripts and navigation", () => {
    fc.assert(
      fc.property(anyPage, fc.constantFrom("script", "nav"), (html, dropped) => {
        const article = importOrNull(`${html}<${dropped}>SECRET</${dropped}>`);
        if (!article) return;
        expect(article.text).not.toContain("SECRET");
        expect(article.text).not.toMatch(/<|>|onerror/);
      }),
      { numRuns: 200 },
    );
  });
});
