import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { segment, type ReaderSpan, type Segment } from "./segment";

/** The slow, obvious answer: the set of (reader, tag) at every character, cut where it changes. */
function segmentByCharacter(spans: ReaderSpan[]): Segment[] {
  const length = Math.max(0, ...spans.map((s) => s.end));
  const setAt = (i: number) =>
    [...new Set(spans.filter((s) => s.start <= i && i < s.end).map((s) => `${s.reader}\u0000${s.tag}`))].sort().join("\u0001");
  const out: Segment[] = [];
  for (let i = 0; i < length; ) {
    const set = setAt(i);
    let j = i + 1;
    while (j < length && setAt(j) === set) j++;
    if (set !== "") {
      const pairs = set.split("\u0001").map((p) => p.split("\u0000") as [string, string]);
      const counts: Record<string, number> = {};
      for (const [, tag] of pairs) counts[tag] = (counts[tag] ?? 0) + 1;
      out.push({ start: i, end: j, counts, covering: new Set(pairs.map(([reader]) => reader)).size });
    }
    i = j;
  }
  return out;
}

const spanArb = fc
  .record({
    reader: fc.constantFrom("ana", "ben", "cho", "dev"),
    tag: fc.constantFrom("quote", "opinion", "loaded_language"),
    start: fc.integer({ min: 0, max: 60 }),
    length: fc.integer({ min: 0, max: 25 }),
  })
  .map(({ reader, tag, start, length }): ReaderSpan => ({ reader, tag, start, end: start + length }));

describe("segment", () => {
  it("cuts two overlapping readers into three stretches (hand-checked)", () => {
    const spans: ReaderSpan[] = [
      { reader: "ana", tag: "opinion", start: 0, end: 10 },
      { reader: "ben", tag: "loaded_language", start: 5, end: 15 },
    ];
    expect(segment(spans)).toEqual([
      { start: 0, end: 5, counts: { opinion: 1 }, covering: 1 },
      { start: 5, end: 10, counts: { opinion: 1, loaded_language: 1 }, covering: 2 },
      { start: 10, end: 15, counts: { loaded_language: 1 }, covering: 1 },
    ]);
  });

  it("counts a reader once per tag when their own spans overlap, and leaves untagged gaps out", () => {
    const spans: ReaderSpan[] = [
      { reader: "ana", tag: "quote", start: 0, end: 6 },
      { reader: "ana", tag: "quote", start: 3, end: 9 },
      { reader: "ana", tag: "quote", start: 20, end: 22 },
    ];
    expect(segment(spans)).toEqual([
      { start: 0, end: 9, counts: { quote: 1 }, covering: 1 },
      { start: 20, end: 22, counts: { quote: 1 }, covering: 1 },
    ]);
  });

  it("does not cut where a reader's span ends exactly as the same reader's same-tag span begins", () => {
    const spans: ReaderSpan[] = [
      { reader: "ana", tag: "quote", start: 0, end: 4 },
      { reader: "ana", tag: "quote", start: 4, end: 8 },
    ];
    expect(segment(spans)).toEqual([{ start: 0, end: 8, counts: { quote: 1 }, covering: 1 }]);
  });

  it("counts one reader with two tags on the same words as one covering reader", () => {
    expect(
      segment([
        { reader: "ana", tag: "quote", start: 0, end: 4 },
        { reader: "ana", tag: "loaded_language", start: 0, end: 4 },
      ]),
    ).toEqual([{ start: 0, end: 4, counts: { quote: 1, loaded_language: 1 }, covering: 1 }]);
  });

  it("gives nothing for no spans or only empty ones, and refuses a backwards span", () => {
    expect(segment([])).toEqual([]);
    expect(segment([{ reader: "ana", tag: "quote", start: 3, end: 3 }])).toEqual([]);
    expect(() => segment([{ reader: "ana", tag: "quote", start: 5, end: 2 }])).toThrow(RangeError);
    expect(() => segment([{ reader: "ana", tag: "quote", start: 0.5, end: 2 }])).toThrow(RangeError);
  });

  it("matches the character-by-character answer: segments tile the covered text without gaps or overlaps", () => {
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 30 }), (spans) => {
        expect(segment(spans)).toEqual(segmentByCharacter(spans));
      }),
      { numRuns: 300 },
    );
  });

  it("does not depend on the order of the spans", () => {
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 30 }).chain((spans) => fc.tuple(fc.constant(spans), fc.shuffledSubarray(spans, { minLength: spans.length, maxLength: spans.length }))), ([spans, shuffled]) => {
        expect(segment(shuffled)).toEqual(segment(spans));
      }),
    );
  });
});
