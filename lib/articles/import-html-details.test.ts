import { describe, expect, it } from "vitest";
import { canonicalArticleProblems } from "./canonical-article-problems";
import { importHtml } from "./import-html";
import { splitIntoBlocks } from "./text-blocks";

/** Modelled on the page in the report: a site suffix in <title>, a byline, a <time>, a figure with a caption. */
const HARBOR_GAZETTE = `<!DOCTYPE html>
<html lang="en"><head>
  <meta charset="utf-8">
  <title>Port expansion approved | The Harbor Gazette</title>
</head><body>
  <header><a class="logo" href="/">The Harbor Gazette</a></header>
  <article>
    <h1>Port expansion approved</h1>
    <p class="byline">By Dana Whitfield</p>
    <p><time datetime="2026-11-03">3 November 2026</time></p>
    <figure>
      <img src="/cranes.jpg" alt="Two cranes over the quay">
      <figcaption>New cranes at the east quay. Photo: Harbor Gazette</figcaption>
    </figure>
    <p>The harbor board voted on Monday to expand the container port.</p>
    <p>Opponents said the plan would bring “endless lorries” through town.</p>
  </article>
</body></html>`;

describe("importHtml on the page in the report", () => {
  const article = importHtml(HARBOR_GAZETTE);

  it("takes the title without the site's name, which is what <title> adds to the <h1>", () => {
    expect(article.title).toBe("Port expansion approved");
  });

  it("takes the author from the byline and the date from <time datetime>", () => {
    expect(article.author).toBe("Dana Whitfield");
    expect(article.publishedOn).toBe("2026-11-03");
  });

  it("keeps the figure's caption as a caption block, at offsets where text.slice finds it", () => {
    const kinds = article.blocks!;
    const paragraphs = splitIntoBlocks(article.text).map(({ start, end }) => article.text.slice(start, end));
    const caption = kinds.findIndex((kind) => kind.type === "caption");
    expect(paragraphs[caption]).toBe("New cranes at the east quay. Photo: Harbor Gazette");
    expect(kinds.filter((kind) => kind.type === "caption")).toHaveLength(1);
    expect(kinds[caption + 1]).toEqual({ type: "paragraph" });
    expect(paragraphs[caption + 1]).toBe("The harbor board voted on Monday to expand the container port.");
    expect(canonicalArticleProblems(article)).toEqual([]);
  });
});

const page = (head: string, body: string) => `<html><head>${head}</head><body><article>${body}</article></body></html>`;
const titleOf = (head: string, body = "<p>Text.</p>") => importHtml(page(head, body)).title;

describe("importHtml: the title", () => {
  it("drops a suffix that names the site in og:site_name, after |, - or —", () => {
    const site = '<meta property="og:site_name" content="The Harbor Gazette">';
    expect(titleOf(`${site}<title>Port expansion approved | The Harbor Gazette</title>`)).toBe("Port expansion approved");
    expect(titleOf(`${site}<title>Port expansion approved - The Harbor Gazette</title>`)).toBe("Port expansion approved");
    expect(titleOf(`${site}<title>Port expansion approved — the harbor gazette</title>`)).toBe("Port expansion approved");
  });

  it("drops what <title> adds to og:title or the <h1>, several sections of suffix included", () => {
    expect(titleOf('<title>Vote passes | Local | Harbor News</title><meta property="og:title" content="Vote passes">')).toBe("Vote passes");
    expect(titleOf("<title>Vote passes - Harbor News</title>", "<h1>Vote passes</h1><p>Text.</p>")).toBe("Vote passes");
  });

  it("keeps a title whose ending is not the site's name, even with a dash in it", () => {
    expect(titleOf("<title>Budget - what it means for you</title>", "<h1>Budget explained</h1><p>Text.</p>")).toBe("Budget - what it means for you");
    expect(titleOf('<meta property="og:site_name" content="Harbor News"><title>Budget | What it means</title>')).toBe("Budget | What it means");
  });

  it("takes og:title, without the site's name, when there is no <title>, before the <h1>", () => {
    const head = '<meta property="og:title" content="Ferry fares rise | Harbor News"><meta property="og:site_name" content="Harbor News">';
    expect(titleOf(head, "<h1>Fares up</h1><p>Text.</p>")).toBe("Ferry fares rise");
  });
});

describe("importHtml: the author", () => {
  const authorOf = (head: string, body: string) => importHtml(page(head, body)).author;

  it("reads meta[name=author] first", () => {
    expect(authorOf('<meta name="author" content=" Dana  Whitfield ">', '<p class="byline">By Someone Else</p><p>Text.</p>')).toBe("Dana Whitfield");
  });

  it("reads [rel=author], joining several", () => {
    expect(authorOf("", '<p>By <a rel="author" href="/a">Ann Lee</a> and <a rel="author" href="/b">Bo Kim</a></p><p>Text.</p>')).toBe("Ann Lee, Bo Kim");
  });

  it("reads a byline element, without its “By”, its date or what follows a separator", () => {
    expect(authorOf("", '<div class="article-byline">by Dana Whitfield · <time datetime="2026-11-03">3 Nov</time></div><p>Text.</p>')).toBe("Dana Whitfield");
    expect(authorOf("", '<span itemprop="author">Dana Whitfield</span><p>Text.</p>')).toBe("Dana Whitfield");
  });

  it("reads a short paragraph that starts “By ” near the top", () => {
    expect(authorOf("", "<h1>Vote</h1><p>By Dana Whitfield | Harbor News</p><p>Text.</p>")).toBe("Dana Whitfield");
  });

  it("finds no author in an ordinary paragraph, a long author biography, or a page without one", () => {
    expect(authorOf("", "<p>By the end of the day the vote was done.</p>")).toBeNull();
    expect(authorOf("", `<div class="author-bio">${"Dana Whitfield has covered the harbor for years. ".repeat(5)}</div><p>Text.</p>`)).toBeNull();
    expect(authorOf("", "<p>Text.</p>")).toBeNull();
  });

  it("keeps the byline's text in the article: it is part of what students read", () => {
    expect(importHtml(page("", '<p class="byline">By Dana Whitfield</p><p>Text.</p>')).text).toBe("By Dana Whitfield\n\nText.");
  });
});

describe("importHtml: the date", () => {
  const dateOf = (head: string, body: string) => importHtml(page(head, body)).publishedOn;

  it("reads article:published_time first, as the day written in it (no shift to UTC)", () => {
    expect(dateOf('<meta property="article:published_time" content="2026-11-03T23:30:00-05:00">', '<time datetime="2026-10-01">1 Oct</time><p>Text.</p>')).toBe("2026-11-03");
  });

  it("reads the first <time datetime> of the article, date and time or date alone", () => {
    expect(dateOf("", '<p>Updated <time datetime="2026-11-04T08:00:00Z">4 Nov</time></p><p>Text.</p>')).toBe("2026-11-04");
    expect(dateOf("", '<time datetime="2026-11-03">3 Nov</time><p>Text.</p>')).toBe("2026-11-03");
  });

  it("ignores a date that is not one, and a page without a date", () => {
    expect(dateOf('<meta property="article:published_time" content="yesterday">', '<time datetime="2026-02-30">?</time><p>Text.</p>')).toBeNull();
    expect(dateOf("", '<time datetime="PT2H">two hours</time><p>Text.</p>')).toBeNull();
    expect(dateOf("", "<p>Text.</p>")).toBeNull();
  });
});
