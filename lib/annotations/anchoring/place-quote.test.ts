import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { placeQuote } from "./place-quote";
import { describeQuote } from "./quote-selector";

const text = "The mayor said the plan was a triumph. Critics said the plan was a disaster. Later the plan was a triumph again 🎉.";

describe("placeQuote", () => {
  it("keeps the position when the text there is exactly the quote", () => {
    const start = text.lastIndexOf("the plan");
    expect(placeQuote(text, { exact: "the plan", position: { start, end: start + 8 } })).toEqual({ start, end: start + 8, by: "position" });
  });

  it("searches when the position holds other text, and picks the occurrence whose context matches", () => {
    const second = text.indexOf("the plan was a disaster");
    const placed = placeQuote(text, { exact: "the plan was a", prefix: "Critics said ", suffix: " disaster", position: { start: 0, end: 14 } });
    expect(placed).toEqual({ start: second, end: second + 14, by: "quote" });
  });

  it("prefers more shared context over nearness to the old position", () => {
    const third = text.indexOf("the plan was a triumph again");
    const placed = placeQuote(text, { exact: "the plan was a triumph", prefix: "Later ", position: { start: 10, end: 32 } });
    expect(placed?.start).toBe(third);
  });

  it("breaks a tie in context by nearness to the old position, then takes the first", () => {
    const occurrences = [...text.matchAll(/the plan/g)].map((m) => m.index);
    expect(placeQuote(text, { exact: "the plan", position: { start: occurrences[2]! + 3, end: occurrences[2]! + 11 } })?.start).toBe(occurrences[2]);
    expect(placeQuote(text, { exact: "the plan" })?.start).toBe(occurrences[0]);
  });

  it("is null when the quote is not in the text, or empty", () => {
    expect(placeQuote(text, { exact: "a reckless giveaway" })).toBeNull();
    expect(placeQuote(text, { exact: "" })).toBeNull();
  });

  it("never places a quote that would cut an emoji, even at a given position", () => {
    const emoji = "a😀b";
    // The low half of the emoji on its own: present in the string, but not a character.
    expect(placeQuote(emoji, { exact: "\uDE00b", position: { start: 2, end: 4 } })).toBeNull();
  });

  it("finds every quote described from the text at its own place, wherever the position hint points", () => {
    const unit = fc.constantFrom("a", "b", " ", "é", "🎉", "Ж");
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 40 }), fc.nat(), fc.nat(), fc.option(fc.nat()), (sample, a, b, hint) => {
        const ends = [...Array(sample.length + 1).keys()].filter((i) => !/[\uDC00-\uDFFF]/.test(sample[i] ?? ""));
        const [start, end] = [ends[a % ends.length]!, ends[b % ends.length]!].sort((x, y) => x - y) as [number, number];
        if (start === end) return;
        const quote = describeQuote(sample, start, end);
        const placed = placeQuote(sample, { ...quote, ...(hint !== null && { position: { start: hint % sample.length, end: (hint % sample.length) + end - start } }) });
        expect(placed).not.toBeNull();
        expect(sample.slice(placed!.start, placed!.end)).toBe(quote.exact);
        // Without a hint, the occurrence chosen has all of the quote's context around it (the
        // one it was taken from does, so nothing less can win; another with the same context may).
        const unhinted = placeQuote(sample, quote)!;
        expect(sample.slice(unhinted.start - quote.prefix.length, unhinted.start)).toBe(quote.prefix);
        expect(sample.slice(unhinted.end, unhinted.end + quote.suffix.length)).toBe(quote.suffix);
      }),
    );
  });
});
