import { describe, expect, it } from "vitest";
import { checkTextRange, trimTextRange } from "./text-range";

describe("checkTextRange", () => {
  const text = "Hi 😀 there.\n\nNext";

  it.each([
    [{ start: 0, end: 2 }, null],
    [{ start: 3, end: 5 }, null],
    [{ start: -1, end: 2 }, "start must not be negative"],
    [{ start: 2, end: 2 }, "start must be less than end"],
    [{ start: 0, end: 99 }, "end must not exceed the article's length (18)"],
    [{ start: 4, end: 6 }, "start and end must not fall inside a character"],
    [{ start: 0, end: 4 }, "start and end must not fall inside a character"],
    [{ start: 12, end: 14 }, "the selected text is only white space"],
    [{ start: 0.5, end: 2 }, "start and end must be whole numbers"],
  ])("%o → %s", (range, expected) => {
    expect(checkTextRange(text, range)).toBe(expected);
  });
});

describe("trimTextRange", () => {
  it("drops white space at both edges, including blank lines", () => {
    const text = "one \n\n two";
    expect(trimTextRange(text, { start: 3, end: 8 })).toEqual({ start: 7, end: 8 });
    expect(trimTextRange(text, { start: 0, end: 4 })).toEqual({ start: 0, end: 3 });
  });

  it("returns null when only white space was selected", () => {
    expect(trimTextRange("a \n\n b", { start: 1, end: 5 })).toBeNull();
  });
});
