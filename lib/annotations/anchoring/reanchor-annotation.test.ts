import { describe, expect, it } from "vitest";
import { describeQuote } from "./quote-selector";
import { reanchorAnnotation, type StoredAnchor } from "./reanchor-annotation";

const old = "The mayor praised the plan. Critics called it a reckless giveaway to developers.";
const anchorOf = (text: string, phrase: string): StoredAnchor => {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, ...describeQuote(text, start, start + phrase.length), orphaned: false };
};

describe("reanchorAnnotation", () => {
  it("describes a placed annotation's quote and context afresh from the new text", () => {
    const edited = "Yesterday the mayor praised the plan. Critics called it a reckless give-away to developers.";
    const moved = reanchorAnnotation(edited, anchorOf(old, "a reckless giveaway"));
    expect(moved).toEqual({ placedBy: "fuzzy", anchor: anchorOf(edited, "a reckless give-away") });
  });

  it("keeps an orphan's old quote, context and offsets", () => {
    const stored = anchorOf(old, "a reckless giveaway");
    expect(reanchorAnnotation("The mayor praised the plan. Critics were unhappy.", stored)).toEqual({ placedBy: "orphaned", anchor: { ...stored, orphaned: true } });
  });

  it("places an orphan again when a later text has its words back, searching rather than trusting its old offsets", () => {
    const orphan = { ...anchorOf(old, "a reckless giveaway"), orphaned: true };
    const restored = `Update: ${old}`;
    expect(reanchorAnnotation(restored, orphan)).toEqual({ placedBy: "quote", anchor: anchorOf(restored, "a reckless giveaway") });
    // At its very old offsets the quote stands again, yet an orphan is never "exact": it was not in the text it came from.
    expect(reanchorAnnotation(old, orphan).placedBy).toBe("quote");
  });
});
