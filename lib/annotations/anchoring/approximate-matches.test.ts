import { describe, expect, it } from "vitest";
import { findApproximateMatches } from "./approximate-matches";

describe("findApproximateMatches", () => {
  it("keeps the best match of each part of a long text, not only the best of the whole text", () => {
    const filler = (n: number) => "lorem ipsum dolor sit amet ".repeat(n);
    const text = `${filler(10)}the councils plan was bold${filler(60)}the counci plan wos bold${filler(10)}`;
    const matches = findApproximateMatches(text, "the council plan was bold", 5);
    expect(matches).toContainEqual({ start: text.indexOf("the councils"), end: text.indexOf("the councils") + 26, errors: 1 });
    expect(matches).toContainEqual({ start: text.indexOf("the counci "), end: text.indexOf("the counci ") + 24, errors: 2 });
  });

  it("finds a match that straddles two windows", () => {
    const text = `${"x".repeat(1010)}the council plan was bold${"x".repeat(500)}`;
    expect(findApproximateMatches(text, "the council plan was bold", 2)).toEqual([{ start: 1010, end: 1035, errors: 0 }]);
  });

  it("finds nothing in an empty text or for an empty pattern", () => {
    expect(findApproximateMatches("", "plan", 1)).toEqual([]);
    expect(findApproximateMatches("plan", "", 1)).toEqual([]);
  });
});
