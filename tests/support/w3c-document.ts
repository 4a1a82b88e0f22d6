import { codePointOffsets } from "@/lib/annotations/anchoring/code-point-offsets";
import { describeQuote } from "@/lib/annotations/anchoring/quote-selector";

export interface W3cHighlight {
  phrase: string;
  tag: string;
  note?: string;
  /** Which appearance of the phrase (1 = the first). */
  occurrence?: number;
  /** Written as urn:uuid:<id>; without one, an id that is no UUID (as another tool might give). */
  id?: string;
  /** Where the file says the phrase is, in code points; the phrase's real place by default. */
  position?: { start: number; end: number } | null;
}

/**
 * A W3C Web Annotation collection on `text`, as Slant's export writes one: to send to the
 * import route in tests. Positions are counted in code points, as the model says.
 */
export function w3cDocument(text: string, highlights: W3cHighlight[], source = "urn:slant:article-version:test") {
  const offsets = codePointOffsets(text);
  const items = highlights.map((highlight, i) => {
    let start = -1;
    for (let seen = 0; seen < (highlight.occurrence ?? 1); seen += 1) start = text.indexOf(highlight.phrase, start + 1);
    if (start < 0) throw new Error(`"${highlight.phrase}" is not in the text`);
    const end = start + highlight.phrase.length;
    const { exact, prefix, suffix } = describeQuote(text, start, end);
    const position = highlight.position === undefined ? { start: offsets.toCodePoints(start), end: offsets.toCodePoints(end) } : highlight.position;
    return {
      id: highlight.id ? `urn:uuid:${highlight.id}` : `https://elsewhere.test/annotations/${i + 1}`,
      type: "Annotation",
      motivation: highlight.note ? "commenting" : "highlighting",
      body: [
        { type: "TextualBody", purpose: "tagging", value: highlight.tag },
        ...(highlight.note ? [{ type: "TextualBody", purpose: "commenting", value: highlight.note }] : []),
      ],
      target: {
        source,
        selector: [
          { type: "TextQuoteSelector", exact, ...(prefix && { prefix }), ...(suffix && { suffix }) },
          ...(position ? [{ type: "TextPositionSelector", ...position }] : []),
        ],
      },
    };
  });
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: "https://elsewhere.test/collections/1",
    type: "AnnotationCollection",
    total: items.length,
    first: { id: "https://elsewhere.test/collections/1/page-1", type: "AnnotationPage", items },
  };
}
