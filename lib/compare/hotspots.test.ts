import { describe, expect, it } from "vitest";
import { disagreementScore } from "./disagreement";
import { findHotspots } from "./hotspots";
import { segment, type ReaderSpan } from "./segment";

const span = (reader: string, tag: string, text: string, phrase: string): ReaderSpan => {
  const start = text.indexOf(phrase);
  return { reader, tag, start, end: start + phrase.length };
};

describe("disagreementScore (hand-checked: share of reader pairs who disagree, tagged-vs-untagged counting half)", () => {
  it("is 0 when everyone gave the same tag, or with fewer than two readers", () => {
    expect(disagreementScore({ counts: { quote: 3 }, covering: 3 }, 3)).toBe(0);
    expect(disagreementScore({ counts: { quote: 1 }, covering: 1 }, 1)).toBe(0);
  });

  it("is 1 when two readers gave two different tags", () => {
    expect(disagreementScore({ counts: { opinion: 1, factual_claim: 1 }, covering: 2 }, 2)).toBe(1);
  });

  it("scores loaded language vs opinion vs untagged among three readers at 2/3 (one full pair, two half pairs, of three)", () => {
    expect(disagreementScore({ counts: { loaded_language: 1, opinion: 1 }, covering: 2 }, 3)).toBeCloseTo(2 / 3, 10);
  });

  it("scores one reader of three tagging a phrase at 1/3 (two half pairs of three)", () => {
    expect(disagreementScore({ counts: { opinion: 1 }, covering: 1 }, 3)).toBeCloseTo(1 / 3, 10);
  });

  it("ranks a 15/15 split between tags above 15 tagging and 15 not, in a class of 30", () => {
    const betweenTags = disagreementScore({ counts: { opinion: 15, factual_claim: 15 }, covering: 30 }, 30);
    const taggedOrNot = disagreementScore({ counts: { opinion: 15 }, covering: 15 }, 30);
    expect(betweenTags).toBeCloseTo(225 / 435, 10);
    expect(taggedOrNot).toBeCloseTo(112.5 / 435, 10);
  });
});

const round = (value: number) => Math.round(value * 1000) / 1000;

describe("findHotspots", () => {
  const text = "Lavrov gave his frank views on a wholly confused administration.";

  it("finds the phrase three readers split on, with how they split, most divided first", () => {
    const spans = [
      span("ben", "loaded_language", text, "frank views"),
      span("chloe", "opinion", text, "frank views"),
      span("ben", "opinion", text, "wholly confused administration"),
      span("chloe", "opinion", text, "wholly confused administration"),
      span("dmitri", "opinion", text, "wholly confused administration"),
    ];
    const hotspots = findHotspots(text, segment(spans), 3);
    expect(hotspots).toEqual([{ start: 16, end: 27, exact: "frank views", split: { loaded_language: 1, opinion: 1, none: 1 }, score: 0.667 }]);
  });

  it("joins adjacent stretches the class split the same way into one passage", () => {
    // Ben tagged "frank views"; Chloé "frank" and Dmitri "views": two segments, one split (2 of 4 tagged it a quote).
    const spans = [
      { reader: "ben", tag: "quote", start: 16, end: 27 },
      { reader: "chloe", tag: "quote", start: 16, end: 22 },
      { reader: "dmitri", tag: "quote", start: 22, end: 27 },
    ];
    expect(findHotspots(text, segment(spans), 4)).toEqual([{ start: 16, end: 27, exact: "frank views", split: { quote: 2, none: 2 }, score: round((0.5 * 2 * 2) / 6) }]);
  });

  it("drops slivers too short to discuss, and puts the longer of two equally divided passages first", () => {
    const spans = [
      { reader: "ana", tag: "opinion", start: 16, end: 27 },
      { reader: "ben", tag: "quote", start: 26, end: 40 },
      { reader: "cho", tag: "quote", start: 26, end: 40 },
    ];
    // [26, 27) is the "s" of "views", where all three disagree most (2/3): one letter, so left out.
    expect(findHotspots(text, segment(spans), 3).map((h) => [h.exact, h.score])).toEqual([
      [" on a wholly ", 0.333],
      ["frank view", 0.333],
    ]);
  });

  it("finds nothing with one reader, or where everybody agrees", () => {
    expect(findHotspots(text, segment([span("ana", "opinion", text, "frank views")]), 1)).toEqual([]);
    expect(findHotspots(text, segment([span("ana", "opinion", text, "frank views"), span("ben", "opinion", text, "frank views")]), 2)).toEqual([]);
  });
});
