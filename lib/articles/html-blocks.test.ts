import { describe, expect, it } from "vitest";
import { ValidationFailed } from "@/lib/errors";
import { MAX_HTML_DEPTH } from "./html-depth";
import { importHtml } from "./import-html";

const textOf = (html: string) => importHtml(html).text;
const kindsOf = (html: string) => importHtml(html).blocks;

describe("HTML line breaks and white space", () => {
  it("turns <br> into a single newline, with no spaces around it", () => {
    expect(textOf("<p>one <br> two<br/>three</p>")).toBe("one\ntwo\nthree");
  });

  it("never makes a blank line: runs of <br> become one newline, and <br> at either end is dropped", () => {
    expect(textOf("<p><br>one<br><br> <br>two<br></p>")).toBe("one\ntwo");
    expect(textOf("<p>one<br><span> </span><br>two</p>")).toBe("one\ntwo");
  });

  it("collapses spaces, tabs and newlines to one space and trims each paragraph", () => {
    expect(textOf("<p>\n\t  a \r\n\f b\t</p>")).toBe("a b");
  });

  it("keeps U+00A0 inside a paragraph as it is but trims it from the ends", () => {
    expect(textOf("<p>&nbsp;10&nbsp;km&#160;</p>")).toBe("10\u00A0km");
  });

  it("drops paragraphs left empty, such as Word's &nbsp; spacers", () => {
    expect(textOf("<p>a</p><p>&nbsp;</p><p><br></p><div><span></span></div><p>b</p>")).toBe("a\n\nb");
  });

  it("keeps the line breaks of <pre> as single newlines", () => {
    expect(textOf("<pre>\nline one\n\n  line two\n</pre>")).toBe("line one\nline two");
  });
});

describe("HTML entities and inline elements", () => {
  it("decodes named and numeric entities once", () => {
    expect(textOf("<p>&amp; &lt;b&gt; &#8212; &#x2014; &eacute; &amp;amp; &quot;q&quot;</p>")).toBe('& <b> — — é &amp; "q"');
  });

  it("joins inline elements' text without adding or losing spaces", () => {
    expect(textOf('<p><a href="/x">Link</a>ed <em>em</em><strong>strong</strong> <code>x()</code> H<sub>2</sub>O <custom-tag>kept</custom-tag></p>')).toBe(
      "Linked emstrong x() H2O kept",
    );
  });

  it("removes invisible control characters an entity could smuggle in", () => {
    expect(textOf("<p>a&#1;b&#11;c</p>")).toBe("abc");
  });
});

describe("HTML block kinds", () => {
  it("reads h1–h6 as headings with their level", () => {
    expect(kindsOf("<h1>a</h1><h3>b</h3><h6>c</h6>")).toEqual([
      { type: "heading", level: 1 },
      { type: "heading", level: 3 },
      { type: "heading", level: 6 },
    ]);
  });

  it("reads list items as ordered or not from the nearest list, nested lists included", () => {
    const html = "<ol><li>one<ul><li>bullet</li></ul>more</li><li><p>two</p></li></ol>";
    expect(textOf(html)).toBe("one\n\nbullet\n\nmore\n\ntwo");
    expect(kindsOf(html)).toEqual([
      { type: "list-item", ordered: true },
      { type: "list-item", ordered: false },
      { type: "list-item", ordered: true },
      { type: "list-item", ordered: true },
    ]);
  });

  it("makes each paragraph of a blockquote a quote, and text after it a paragraph again", () => {
    const html = "<blockquote>loose<p>one</p><p>two</p></blockquote>after";
    expect(textOf(html)).toBe("loose\n\none\n\ntwo\n\nafter");
    expect(kindsOf(html)).toEqual([{ type: "quote" }, { type: "quote" }, { type: "quote" }, { type: "paragraph" }]);
  });

  it("makes a figure's caption a caption, its image dropped, and the text after the figure a paragraph again", () => {
    const html = '<p>Before</p><figure><img src="port.jpg" alt="Cranes"><figcaption>Cranes at the <b>new</b> quay.<br>Photo: J. Ode</figcaption></figure><p>After</p>';
    expect(textOf(html)).toBe("Before\n\nCranes at the new quay.\nPhoto: J. Ode\n\nAfter");
    expect(kindsOf(html)).toEqual([{ type: "paragraph" }, { type: "caption" }, { type: "paragraph" }]);
  });

  it("makes a table's <caption> and the paragraphs of a caption-classed element captions", () => {
    expect(kindsOf("<table><caption>Votes by ward</caption><tr><td>North</td></tr></table>")).toEqual([{ type: "caption" }, { type: "paragraph" }]);
    const wordpress = '<div class="wp-caption"><img src="x.jpg"><p class="wp-caption-text">The mayor at the vote</p></div><p>Body</p>';
    expect(textOf(wordpress)).toBe("The mayor at the vote\n\nBody");
    expect(kindsOf(wordpress)).toEqual([{ type: "caption" }, { type: "paragraph" }]);
    expect(kindsOf('<p class="image-caption">Crowds</p><p class="captionless">Body</p>')).toEqual([{ type: "caption" }, { type: "paragraph" }]);
  });

  it("makes a paragraph of each div, section and table cell", () => {
    const html = "<section>s</section><div>d<div>inner</div></div><table><tr><td>c1</td><td>c2</td></tr></table>";
    expect(textOf(html)).toBe("s\n\nd\n\ninner\n\nc1\n\nc2");
  });

  it("reads a page nested as deep as the limit allows", () => {
    const depth = MAX_HTML_DEPTH;
    expect(textOf(`${"<div>".repeat(depth)}deep${"</div>".repeat(depth)}`)).toBe("deep");
  });

  it("refuses a page nested deeper than the limit, quickly rather than after minutes", () => {
    const depth = 200_000;
    const started = performance.now();
    expect(() => textOf(`${"<b>".repeat(depth)}deep`)).toThrow(ValidationFailed);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
