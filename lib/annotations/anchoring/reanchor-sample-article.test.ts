import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locateOccurrence, SAMPLE_ARTICLE, SAMPLE_EDITS, SAMPLE_HIGHLIGHTS, type SampleHighlightName } from "@/tests/support/sample-article-edits";
import { describeQuote } from "./quote-selector";
import { reanchorQuote } from "./reanchor-quote";

const names = Object.keys(SAMPLE_HIGHLIGHTS) as SampleHighlightName[];

/** A highlight of the sample as Slant stores it: its position, quote and context. */
function storedHighlight(name: SampleHighlightName) {
  const highlight = SAMPLE_HIGHLIGHTS[name];
  const position = locateOccurrence(SAMPLE_ARTICLE, highlight.phrase, "occurrence" in highlight ? highlight.occurrence : 1);
  return { ...describeQuote(SAMPLE_ARTICLE, position.start, position.end), position };
}

describe("re-anchoring the sample article's highlights after a teacher's edit", () => {
  for (const { name, edit, expected } of SAMPLE_EDITS) {
    it(`${name}: every highlight lands exactly where it should, or is orphaned`, () => {
      const edited = edit(SAMPLE_ARTICLE);
      expect(edited).not.toBe(SAMPLE_ARTICLE);
      const actual = Object.fromEntries(names.map((highlight) => [highlight, reanchorQuote(edited, storedHighlight(highlight))]));
      const wanted = Object.fromEntries(
        names.map((highlight) => {
          const { placedBy, phrase, occurrence } = expected[highlight];
          if (placedBy === "orphaned") return [highlight, { placedBy }];
          const old = SAMPLE_HIGHLIGHTS[highlight];
          const at = placedBy === "exact" ? storedHighlight(highlight).position : locateOccurrence(edited, phrase ?? old.phrase, occurrence ?? ("occurrence" in old ? old.occurrence : 1));
          return [highlight, { ...at, placedBy }];
        }),
      );
      expect(actual).toEqual(wanted);
    });
  }

  it("the twice-occurring phrase case means something: another occurrence is nearer the old place than the right one", () => {
    const edit = SAMPLE_EDITS.find((e) => e.name.startsWith("a phrase that occurs twice"))!;
    const edited = edit.edit(SAMPLE_ARTICLE);
    const { phrase, occurrence } = SAMPLE_HIGHLIGHTS.disorganised;
    const oldStart = storedHighlight("disorganised").position.start;
    const right = locateOccurrence(edited, phrase, occurrence).start;
    const before = locateOccurrence(edited, phrase, occurrence - 1).start;
    expect(Math.abs(before - oldStart)).toBeLessThan(Math.abs(right - oldStart));
  });

  it("a one-letter change inside any highlight of 10+ letters is placed fuzzily on the changed words", () => {
    const paragraphs = [...SAMPLE_ARTICLE.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, text: m[0] }));
    const letters = fc.constantFrom(..."qxzjk");
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.integer({ min: 10, max: 80 }), fc.nat(), letters, (p, at, length, where, letter) => {
        const paragraph = paragraphs[p % paragraphs.length]!;
        if (paragraph.text.length < length + 2) return;
        const from = paragraph.start + 1 + (at % (paragraph.text.length - length - 1));
        const range = { start: from, end: from + length };
        const words = SAMPLE_ARTICLE.slice(range.start, range.end);
        if (words.trim() !== words) return;
        // A letter in the middle of the highlight (not its first or last) becomes another.
        const changedAt = range.start + 1 + (where % (length - 2));
        if (!/[a-z]/i.test(SAMPLE_ARTICLE[changedAt]!) || SAMPLE_ARTICLE[changedAt] === letter) return;
        const edited = SAMPLE_ARTICLE.slice(0, changedAt) + letter + SAMPLE_ARTICLE.slice(changedAt + 1);
        const placed = reanchorQuote(edited, { ...describeQuote(SAMPLE_ARTICLE, range.start, range.end), position: range });
        expect(placed).toEqual({ ...range, placedBy: "fuzzy" });
      }),
      { numRuns: 80 },
    );
  });
});
