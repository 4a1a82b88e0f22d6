import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeQuote } from "./quote-selector";
import { FUZZY_MAX_EDIT_SHARE, reanchorQuote, type QuoteToReanchor } from "./reanchor-quote";

const text = "The mayor said the plan was a triumph. Critics said the plan was a disaster. Later the plan was a triumph again 🎉.";

/** The stored annotation of text.slice(start, end), as Slant keeps it. */
const stored = (from: string, start: number, end: number): QuoteToReanchor => ({ ...describeQuote(from, start, end), position: { start, end } });
const storedPhrase = (from: string, phrase: string) => stored(from, from.indexOf(phrase), from.indexOf(phrase) + phrase.length);

describe("reanchorQuote", () => {
  it("(a) keeps the position when the text there is still exactly the quote", () => {
    const start = text.lastIndexOf("the plan");
    expect(reanchorQuote(text, { exact: "the plan", position: { start, end: start + 8 } })).toEqual({ start, end: start + 8, placedBy: "exact" });
  });

  it("(b) searches when the position holds other text, and picks the occurrence whose context matches", () => {
    const second = text.indexOf("the plan was a disaster");
    const placed = reanchorQuote(text, { exact: "the plan was a", prefix: "Critics said ", suffix: " disaster", position: { start: 0, end: 14 } });
    expect(placed).toEqual({ start: second, end: second + 14, placedBy: "quote" });
  });

  it("(b) prefers more shared context over nearness to the old position", () => {
    const third = text.indexOf("the plan was a triumph again");
    const placed = reanchorQuote(text, { exact: "the plan was a triumph", prefix: "Later ", position: { start: 10, end: 32 } });
    expect(placed).toMatchObject({ start: third, placedBy: "quote" });
  });

  it("(b) breaks a tie in context by nearness to the old position (or an orphan's hint), then takes the first", () => {
    const occurrences = [...text.matchAll(/the plan/g)].map((m) => m.index);
    expect(reanchorQuote(text, { exact: "the plan", position: { start: occurrences[2]! + 3, end: occurrences[2]! + 11 } })).toMatchObject({ start: occurrences[2], placedBy: "quote" });
    expect(reanchorQuote(text, { exact: "the plan", hint: occurrences[1]! - 2 })).toMatchObject({ start: occurrences[1] });
    expect(reanchorQuote(text, { exact: "the plan" })).toMatchObject({ start: occurrences[0] });
  });

  it("never takes an orphan's hint for a position, even where the quote happens to stand", () => {
    const start = text.indexOf("the plan");
    const quote = { ...describeQuote(text, start, start + 8), hint: start };
    expect(reanchorQuote(text, quote)).toEqual({ start, end: start + 8, placedBy: "quote" });
  });

  it("(b) does not put a short quote on another occurrence whose surroundings have nothing in common with it", () => {
    const old = "Ministers met in Paris. The talks on Russia stalled again today. Later, trade with Russia was raised.";
    const edited = old.replace(" The talks on Russia stalled again today.", "");
    const quote = stored(old, old.indexOf("Russia"), old.indexOf("Russia") + 6);
    expect(edited).toContain("Russia");
    expect(reanchorQuote(edited, quote)).toEqual({ placedBy: "orphaned" });
  });

  it("(b) a quote of 32 characters or more is placed wherever it stands exactly, whatever surrounds it", () => {
    const paragraph = "The US has become effectively isolated in Syria.";
    const old = `Opening words here.\n\n${paragraph}\n\nClosing words there.`;
    const edited = `Entirely new opening, rewritten.\n\n${paragraph}\n\nA new ending, also rewritten.`;
    expect(reanchorQuote(edited, storedPhrase(old, paragraph))).toEqual({ start: edited.indexOf(paragraph), end: edited.indexOf(paragraph) + paragraph.length, placedBy: "quote" });
  });

  it("(c) places a quote with a fixed typo fuzzily, on the corrected words", () => {
    const old = "He said the goverment spending plan would fail.";
    const edited = "He said the government spending plan would fail.";
    expect(reanchorQuote(edited, storedPhrase(old, "the goverment spending plan"))).toEqual({ start: 8, end: 8 + "the government spending plan".length, placedBy: "fuzzy" });
  });

  it("(c) finds the edited passage even when the old words still stand, unchanged, elsewhere", () => {
    const old = "First, the council plan was bold. Second, the council plan was reckless and rushed.";
    const edited = "First, the council plan was bold. Second, the councils plan was reckless and rushed.";
    const second = old.lastIndexOf("the council plan");
    const placed = reanchorQuote(edited, stored(old, second, second + "the council plan".length));
    expect(placed).toEqual({ start: edited.indexOf("the councils plan"), end: edited.indexOf("the councils plan") + 17, placedBy: "fuzzy" });
  });

  it("(c) prefers the quote's own place with a letter changed over the same words elsewhere that keep only part of its context", () => {
    const old = "First, the Trump administration is filled with people. In the end, doubt has paralysed the Trump administration.";
    const at = old.lastIndexOf("the Trump a");
    const edited = `${old.slice(0, at)}tqe${old.slice(at + 3)}`;
    const decoy = reanchorQuote(edited, { ...describeQuote(old, at, at + 11), position: { start: 0, end: 11 } });
    expect(decoy).toEqual({ start: at, end: at + 11, placedBy: "fuzzy" });
  });

  it("(c) accepts at most 20% of the quote's characters changed, and orphans the rest", () => {
    const quote = "abcdefghijklmnopqrst"; // 20 characters: 4 edits allowed
    const around = (middle: string) => `Context that stays the same before, ${middle}, and context that stays the same after.`;
    const old = around(quote);
    const edits = Math.floor(quote.length * FUZZY_MAX_EDIT_SHARE);
    const within = `${"XXXX".slice(0, edits)}${quote.slice(edits)}`;
    const beyond = `${"XXXXX".slice(0, edits + 1)}${quote.slice(edits + 1)}`;
    expect(reanchorQuote(around(within), storedPhrase(old, quote))).toMatchObject({ placedBy: "fuzzy", start: around(within).indexOf(within) });
    expect(reanchorQuote(around(beyond), storedPhrase(old, quote))).toEqual({ placedBy: "orphaned" });
  });

  it("is orphaned when the quote is gone, or empty", () => {
    expect(reanchorQuote(text, { exact: "a reckless giveaway" })).toEqual({ placedBy: "orphaned" });
    expect(reanchorQuote(text, { exact: "" })).toEqual({ placedBy: "orphaned" });
  });

  it("never places a quote that would cut an emoji, even at a given position", () => {
    expect(reanchorQuote("a😀b", { exact: "\uDE00b", position: { start: 2, end: 4 } })).toEqual({ placedBy: "orphaned" });
  });

  it("finds every quote described from a text at its own place, wherever the position hint points", () => {
    const unit = fc.constantFrom("a", "b", " ", "é", "🎉", "Ж");
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 40 }), fc.nat(), fc.nat(), fc.option(fc.nat()), (sample, a, b, hint) => {
        const ends = [...Array(sample.length + 1).keys()].filter((i) => !/[\uDC00-\uDFFF]/.test(sample[i] ?? ""));
        const [start, end] = [ends[a % ends.length]!, ends[b % ends.length]!].sort((x, y) => x - y) as [number, number];
        if (start === end) return;
        const quote = describeQuote(sample, start, end);
        const placed = reanchorQuote(sample, { ...quote, ...(hint !== null && { position: { start: hint % sample.length, end: (hint % sample.length) + end - start } }) });
        expect(placed.placedBy).not.toBe("orphaned");
        if (placed.placedBy === "orphaned") return;
        expect(sample.slice(placed.start, placed.end)).toBe(quote.exact);
        // Without a position, the occurrence chosen has all of the quote's context around it: the
        // one it was taken from does, so nothing with less can win (another with the same context may).
        const unhinted = reanchorQuote(sample, quote);
        if (unhinted.placedBy === "orphaned") throw new Error("orphaned without a position");
        expect(sample.slice(unhinted.start - quote.prefix.length, unhinted.start)).toBe(quote.prefix);
        expect(sample.slice(unhinted.end, unhinted.end + quote.suffix.length)).toBe(quote.suffix);
      }),
    );
  });

  it("after text is inserted at least 32 characters away from a quote, finds it with all its context, by position or by quote", () => {
    const unit = fc.constantFrom("a", "b", "c", " ", ".", "\n", "é", "🎉");
    fc.assert(
      fc.property(fc.string({ unit, minLength: 70, maxLength: 120 }), fc.string({ unit, minLength: 1, maxLength: 20 }), fc.nat(), fc.nat({ max: 12 }), fc.nat(), (old, inserted, at, length, where) => {
        const boundaries = [...Array(old.length + 1).keys()].filter((i) => !/[\uDC00-\uDFFF]/.test(old[i] ?? ""));
        const start = boundaries[at % boundaries.length]!;
        const end = boundaries.find((i) => i >= start + length + 1);
        if (end === undefined || old.slice(start, end).trim() === "") return;
        const far = boundaries.filter((i) => i <= start - 32 || i >= end + 32);
        if (far.length === 0 || /[\uDC00-\uDFFF]/.test(inserted[0] ?? "")) return;
        const cut = far[where % far.length]!;
        const edited = old.slice(0, cut) + inserted + old.slice(cut);
        const quote = stored(old, start, end);
        const placed = reanchorQuote(edited, quote);
        expect(placed.placedBy === "exact" || placed.placedBy === "quote").toBe(true);
        if (placed.placedBy === "orphaned") return;
        // Still where it was (the text there unchanged), or found with every character of its context.
        if (placed.placedBy === "exact") expect(placed.start).toBe(start);
        else expect(edited.slice(placed.start - quote.prefix!.length, placed.end + quote.suffix!.length)).toBe(quote.prefix + quote.exact + quote.suffix);
      }),
      { numRuns: 60 },
    );
  });
});
