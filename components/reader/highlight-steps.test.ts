import { describe, expect, it } from "vitest";
import { stepHighlight } from "./highlight-steps";

const a = { id: "a", start: 10, end: 20 };
const b = { id: "b", start: 30, end: 35 };
const c = { id: "c", start: 30, end: 50 };
const d = { id: "d", start: 60, end: 61 };

describe("stepHighlight", () => {
  it("goes to the first highlight after the caret with ], in reading order whatever the list's order", () => {
    expect(stepHighlight([d, b, a], 0, 1, null)).toEqual({ highlight: a, caret: 11, number: 1, count: 3 });
    expect(stepHighlight([d, b, a], 11, 1, null)?.highlight).toBe(b);
  });

  it("goes to the last highlight before the caret with [", () => {
    expect(stepHighlight([a, b, d], 58, -1, null)?.highlight).toBe(b);
    expect(stepHighlight([a, b, d], 31, -1, null)?.highlight).toBe(a);
  });

  it("says there is none past the last highlight, or before the first", () => {
    expect(stepHighlight([a, b], 40, 1, null)).toBeNull();
    expect(stepHighlight([a, b], 11, -1, null)).toBeNull();
    expect(stepHighlight([], 0, 1, null)).toBeNull();
  });

  it("steps one by one through highlights that start at the same place", () => {
    const first = stepHighlight([c, b, a], 11, 1, "a")!;
    expect(first.highlight).toBe(b);
    const second = stepHighlight([c, b, a], first.caret, 1, first.highlight.id)!;
    expect(second).toEqual({ highlight: c, caret: 31, number: 3, count: 3 });
    expect(stepHighlight([c, b, a], second.caret, -1, "c")?.highlight).toBe(b);
  });

  it("puts the caret on a one-character highlight's only character", () => {
    expect(stepHighlight([d], 0, 1, null)?.caret).toBe(61);
  });

  it("forgets the highlight it landed on once the caret has moved", () => {
    expect(stepHighlight([a, b, c], 45, -1, "b")?.highlight.id).toBe("c");
  });
});
