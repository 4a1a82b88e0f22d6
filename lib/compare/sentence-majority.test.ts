import { describe, expect, it } from "vitest";
import { fleissKappa } from "./fleiss-kappa";
import { sentenceFleissKappa } from "./sentence-fleiss-kappa";
import { sentenceMajorities } from "./sentence-majority";
import { splitSentences, type TextRange } from "./sentences";

const TAGS = ["quote", "opinion", "loaded_language", "factual_claim"];

describe("splitSentences", () => {
  it("splits by Unicode sentence rules, trims, and ends sentences at paragraph breaks", () => {
    const text = "Russia now controls it. Is that so?\n\nA new paragraph";
    expect(splitSentences(text).map((r) => text.slice(r.start, r.end))).toEqual(["Russia now controls it.", "Is that so?", "A new paragraph"]);
  });

  it("gives nothing for blank text, and UTF-16 offsets past emoji and accents", () => {
    expect(splitSentences("  \n\n ")).toEqual([]);
    const text = "Chloé 👍 agrees. Ben does not.";
    expect(splitSentences(text).map((r) => text.slice(r.start, r.end))).toEqual(["Chloé 👍 agrees.", "Ben does not."]);
  });
});

describe("sentenceMajorities", () => {
  const text = "The minister lied about everything. Prices rose by 4% in May.";
  const sentences = splitSentences(text);

  it("takes the tag covering most of each sentence, and 'none' where most is untagged", () => {
    const spans = [
      { tag: "opinion", start: 0, end: 35 },
      { tag: "loaded_language", start: 13, end: 17 },
      { tag: "factual_claim", start: 36, end: 45 },
    ];
    expect(sentenceMajorities(sentences, spans, TAGS)).toEqual(["opinion", "none"]);
  });

  it("does not count a reader's overlapping spans of one tag twice", () => {
    const spans = [
      { tag: "factual_claim", start: 36, end: 46 },
      { tag: "factual_claim", start: 36, end: 46 },
    ];
    // 10 tagged characters of 25: less than the 15 untagged ones.
    expect(sentenceMajorities(sentences, spans, TAGS)).toEqual(["none", "none"]);
  });

  it("breaks a tie toward a tag over 'none', then toward the tag listed first, whatever the spans' order", () => {
    const sentence = [{ start: 0, end: 10 }];
    expect(sentenceMajorities(sentence, [{ tag: "quote", start: 0, end: 5 }], TAGS)).toEqual(["quote"]);
    const tied = [
      { tag: "factual_claim", start: 0, end: 5 },
      { tag: "opinion", start: 5, end: 10 },
    ];
    expect(sentenceMajorities(sentence, tied, TAGS)).toEqual(["opinion"]);
    expect(sentenceMajorities(sentence, [...tied].reverse(), TAGS)).toEqual(["opinion"]);
  });
});

describe("sentenceFleissKappa", () => {
  // Three sentences, three readers. Ana: opinion, none, factual; Ben: opinion, none, opinion; Cho: none, none, factual.
  const text = "The plan is a disaster. It was voted on Tuesday. It costs €1.2 million.";
  const [s1, s2, s3] = splitSentences(text) as [TextRange, TextRange, TextRange];
  const whole = (range: TextRange, tag: string) => ({ ...range, tag });
  const readings = [
    { spans: [whole(s1, "opinion"), whole(s3, "factual_claim")] },
    { spans: [whole(s1, "opinion"), whole(s3, "opinion")] },
    { spans: [whole(s3, "factual_claim"), { start: s2.start, end: s2.start + 2, tag: "quote" }] },
  ];

  it("rates each sentence by each reader's majority tag, 'none' included, and takes Fleiss' kappa of the table", () => {
    // Columns quote, opinion, loaded_language, factual_claim, none.
    const table = [
      [0, 2, 0, 0, 1],
      [0, 0, 0, 0, 3],
      [0, 1, 0, 2, 0],
    ];
    expect(sentenceFleissKappa(text, readings, TAGS)).toEqual({ value: fleissKappa(table), sentences: 3 });
    // By hand: P̄ = (1/3 + 1 + 1/3)/3 = 5/9; p = (0, 3/9, 0, 2/9, 4/9), P̄e = 29/81; κ = (5/9 − 29/81)/(1 − 29/81) = 16/52.
    expect(sentenceFleissKappa(text, readings, TAGS).value).toBeCloseTo(16 / 52, 10);
  });

  it("is undefined with fewer than two readers or no sentences", () => {
    expect(sentenceFleissKappa(text, readings.slice(0, 1), TAGS).value).toBeNull();
    expect(sentenceFleissKappa("   ", readings, TAGS)).toEqual({ value: null, sentences: 0 });
  });
});
