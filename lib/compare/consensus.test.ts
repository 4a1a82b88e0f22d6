import { describe, expect, it } from "vitest";
import { findConsensus } from "./consensus";
import { segment } from "./segment";

const text = "Nikki Haley, Trump's overzealous and self-serving ambassador, spoke.";
const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });

describe("findConsensus", () => {
  it("finds the phrase every reader tagged the same, even inside a sentence one of them also tagged", () => {
    const spans = [
      { reader: "ben", tag: "loaded_language", ...at("overzealous and self-serving") },
      { reader: "chloe", tag: "loaded_language", ...at("overzealous and self-serving") },
      { reader: "chloe", tag: "opinion", ...at(text) },
      { reader: "dmitri", tag: "loaded_language", ...at("overzealous and self-serving") },
    ];
    expect(findConsensus(text, segment(spans), 3, 2 / 3)).toEqual([{ ...at("overzealous and self-serving"), exact: "overzealous and self-serving", tag: "loaded_language", share: 1 }]);
  });

  it("counts 2 readers of 3 at the default two-thirds threshold but not at 70%, and reports the smallest share along the span", () => {
    const spans = [
      { reader: "ben", tag: "opinion", ...at("overzealous and self-serving") },
      { reader: "chloe", tag: "opinion", ...at("overzealous and self-serving") },
      { reader: "dmitri", tag: "opinion", ...at("self-serving") },
    ];
    expect(findConsensus(text, segment(spans), 3, 2 / 3)).toEqual([{ ...at("overzealous and self-serving"), exact: "overzealous and self-serving", tag: "opinion", share: 0.667 }]);
    expect(findConsensus(text, segment(spans), 3, 0.7)).toEqual([{ ...at("self-serving"), exact: "self-serving", tag: "opinion", share: 1 }]);
  });

  it("keeps two passages apart when untagged text lies between them", () => {
    const spans = ["ben", "chloe"].flatMap((reader) => [
      { reader, tag: "quote", ...at("Nikki Haley") },
      { reader, tag: "quote", ...at("ambassador") },
    ]);
    expect(findConsensus(text, segment(spans), 2, 1).map((c) => c.exact)).toEqual(["Nikki Haley", "ambassador"]);
  });

  it("finds nothing without readers", () => {
    expect(findConsensus(text, [], 0, 2 / 3)).toEqual([]);
  });
});
