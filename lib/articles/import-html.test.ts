import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ValidationFailed } from "@/lib/errors";
import { canonicalArticleProblems } from "./canonical-article-problems";
import { importHtml } from "./import-html";
import { splitIntoBlocks } from "./text-blocks";

const fixture = readFileSync(new URL("../../e2e/fixtures/council-cafe.html", import.meta.url), "utf8");
const NBSP = "\u00A0";

const EXPECTED_PARAGRAPHS = [
  "Council votes to save Rosa’s Café",
  "By Marta López · 14 March 2026",
  "Rosa Díaz outside the café on Tuesday. Photo: Riverside Gazette",
  "The town council voted 7–2 on Tuesday night to buy the building that houses Rosa’s Café & Reading Room, ending a year-long fight over its future.",
  "“We were told it was impossible,” said owner Rosa Díaz, 64. “Tonight the town proved otherwise.”",
  `Supporters packed the chamber — some holding signs reading Books, not bulldozers — and applauded${NBSP}for two minutes after the vote.`,
  "This café is the town’s living room. Losing it would be a disgrace.",
  "Councillor James Okafor",
  "Under the plan, the council will:",
  `buy the building for £1.2${NBSP}million;`,
  "lease it back to Ms Díaz at a peppercorn rent; and",
  "review the deal in 2031.",
  "Critics say the price is too high.\n“Taxpayers should not be propping up a coffee shop,”\nwrote resident Alan Whitby in a letter to the Gazette.",
  "The café will stay open during the sale. ☕ 🎉",
];
const P = { type: "paragraph" } as const;
const BULLET = { type: "list-item", ordered: false } as const;
const QUOTE = { type: "quote" } as const;
const CAPTION = { type: "caption" } as const;

describe("importHtml on a saved news page", () => {
  const article = importHtml(fixture);

  it("keeps exactly the article's text, one paragraph per block, decoded and collapsed", () => {
    expect(article.text).toBe(EXPECTED_PARAGRAPHS.join("\n\n"));
    expect(article.format).toBe("HTML");
  });

  it("gives each paragraph its kind: the h1, the figure's caption, the quote's paragraphs, the list items", () => {
    expect(article.blocks).toEqual([{ type: "heading", level: 1 }, P, CAPTION, P, P, P, QUOTE, QUOTE, P, BULLET, BULLET, BULLET, P, P]);
  });

  it("takes the title from <title>, entities decoded, keeping a suffix nothing shows to be the site's name", () => {
    expect(article.title).toBe("Council votes to save Rosa’s Café & Reading Room | The Riverside Gazette");
  });

  it("takes the author from the byline's rel=author link and the date from its <time>", () => {
    expect(article.author).toBe("Marta López");
    expect(article.publishedOn).toBe("2026-03-14");
  });

  it("drops scripts, styles, comments, navigation, forms, asides, footers and image handlers", () => {
    for (const junk of ["MUST NOT APPEAR", "alert", "WRITTEN BY SCRIPT", "Search", "Sport", "Share this story", "Privacy", "Read more", "IMG", "<", ">"]) {
      expect(article.text).not.toContain(junk);
    }
  });

  it("puts every paragraph at offsets where text.slice finds it, emoji and accents included", () => {
    const ranges = splitIntoBlocks(article.text);
    expect(ranges.map(({ start, end }) => article.text.slice(start, end))).toEqual(EXPECTED_PARAGRAPHS);
    const last = ranges.at(-1)!;
    expect(article.text.slice(last.end - 2, last.end)).toBe("🎉");
  });

  it("meets the canonical-text invariants", () => {
    expect(canonicalArticleProblems(article)).toEqual([]);
  });
});

describe("importHtml finds the article", () => {
  it("uses the first <article> when there is one", () => {
    const html = "<body><p>Menu</p><article><p>First</p></article><article><p>Second</p></article></body>";
    expect(importHtml(html).text).toBe("First");
  });

  it("uses <main>, or an element with role=main, when there is no <article>", () => {
    expect(importHtml("<body><p>Site</p><main><p>Story</p></main><p>Links</p></body>").text).toBe("Story");
    expect(importHtml('<body><p>Site</p><div role="region main"><p>Story</p></div></body>').text).toBe("Story");
  });

  it("uses the whole <body>, or the whole fragment when there is no body", () => {
    expect(importHtml("<html><head><title>T</title></head><body><p>One</p>Two</body></html>").text).toBe("One\n\nTwo");
    expect(importHtml("<p>One</p><p>Two</p>").text).toBe("One\n\nTwo");
  });

  it("takes the title from the article's first h1 when there is no <title>, else null", () => {
    expect(importHtml("<article><h2>Kicker</h2><h1>Big <em>news</em><br>today</h1></article>").title).toBe("Big news today");
    expect(importHtml("<title>  </title><p>No heading</p>").title).toBeNull();
  });
});

describe("importHtml refuses", () => {
  it.each([
    ["a page with no text", "<html><head><title>Empty</title></head><body><img src=x><script>x()</script></body></html>"],
    ["a page that is only white space", "<p> &nbsp; </p>\n<div>\t</div>"],
    ["bytes that are not text", "<p>PK\u0000\u0003</p>"],
    ["more than 200,000 characters of text", `<p>${"word ".repeat(40_001)}</p>`],
  ])("%s", (_name, html) => {
    expect(() => importHtml(html)).toThrow(ValidationFailed);
  });

  it("says what is wrong with an empty page", () => {
    expect(() => importHtml("<body></body>")).toThrow("This HTML file has no text to annotate.");
  });
});
