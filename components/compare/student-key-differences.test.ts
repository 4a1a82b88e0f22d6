import { describe, expect, it } from "vitest";
import { studentKeyDifferences, type ComparedSpan } from "./student-key-differences";

const text = "The mayor called the pool a triumph for every family, and critics called it a reckless waste.";
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const span = (id: number, phrase: string, tag: string): ComparedSpan => {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  return { id: uuid(id), start, end: start + phrase.length, exact: phrase, tag };
};

const key = [span(1, "a reckless waste", "loaded_language"), span(2, "a triumph for every family", "quote"), span(3, "The mayor called", "factual_claim")];
const sara = { reader: { id: uuid(100), name: "Sara" }, submitted: true, spans: [span(11, "critics called it", "opinion"), span(12, "triumph", "opinion"), span(13, "The mayor", "factual_claim")] };
const tom = { reader: { id: uuid(200), name: "Tom" }, submitted: true, spans: [span(21, "a reckless waste", "opinion")] };

describe("studentKeyDifferences", () => {
  it("lists the missed key spans with their text and tag, in text order", () => {
    const { missed } = studentKeyDifferences({ key, readings: [sara] }, { id: sara.reader.id, missed: [uuid(1), uuid(2)], added: [] });
    expect(missed.map((s) => [s.exact, s.tag])).toEqual([
      ["a triumph for every family", "quote"],
      ["a reckless waste", "loaded_language"],
    ]);
  });

  it("lists the student's added spans, naming the key's tags on words it tags otherwise", () => {
    const { added } = studentKeyDifferences({ key, readings: [sara, tom] }, { id: sara.reader.id, missed: [], added: [uuid(12), uuid(11)] });
    expect(added.map((s) => [s.exact, s.tag, s.keyTags])).toEqual([
      ["triumph", "opinion", ["quote"]],
      // "critics called it" ends where "a reckless waste" starts after a space: no overlap.
      ["critics called it", "opinion", []],
    ]);
  });

  it("takes added spans from that student's reading only", () => {
    const { added } = studentKeyDifferences({ key, readings: [sara, tom] }, { id: tom.reader.id, missed: [], added: [uuid(21), uuid(11)] });
    expect(added.map((s) => s.id)).toEqual([uuid(21)]);
    expect(added[0]!.keyTags).toEqual(["loaded_language"]);
  });

  it("leaves out ids the comparison has no span for, and copes without a key", () => {
    expect(studentKeyDifferences({ key: undefined, readings: [sara] }, { id: sara.reader.id, missed: [uuid(9)], added: [uuid(99)] })).toEqual({ missed: [], added: [] });
    expect(studentKeyDifferences({ key, readings: [] }, { id: sara.reader.id, missed: [], added: [uuid(11)] }).added).toEqual([]);
  });

  it("does not count spans that only touch as overlapping", () => {
    const touching = span(14, "The mayor called the pool", "opinion");
    const next = { start: touching.end, end: touching.end + 2 };
    const keyEndingThere = [{ id: uuid(4), ...next, exact: text.slice(next.start, next.end), tag: "quote" }];
    const { added } = studentKeyDifferences({ key: keyEndingThere, readings: [{ ...sara, spans: [touching] }] }, { id: sara.reader.id, missed: [], added: [touching.id] });
    expect(added[0]!.keyTags).toEqual([]);
  });
});
