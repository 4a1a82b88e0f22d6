import { describe, expect, it } from "vitest";
import { heatLevel, HEAT_LEVELS } from "./heatmap-decorations";
import { nextStretch, previousStretch, stretchAt } from "./heatmap-keys";

const stretches = [
  { start: 5, end: 10 },
  { start: 10, end: 14 },
  { start: 30, end: 40 },
];

describe("moving between heatmap stretches", () => {
  it("finds the stretch under the caret, or none over untagged text", () => {
    expect(stretchAt(stretches, 5)).toBe(0);
    expect(stretchAt(stretches, 10)).toBe(1);
    expect(stretchAt(stretches, 20)).toBeNull();
    expect(stretchAt(stretches, 40)).toBeNull();
  });

  it("] goes to the next stretch that starts after the caret, and nowhere past the last", () => {
    expect(nextStretch(stretches, 0)).toBe(0);
    expect(nextStretch(stretches, 5)).toBe(1);
    expect(nextStretch(stretches, 12)).toBe(2);
    expect(nextStretch(stretches, 30)).toBeNull();
  });

  it("[ goes to the stretch before the caret's own, not to the start of the one it is in", () => {
    expect(previousStretch(stretches, 35)).toBe(1);
    expect(previousStretch(stretches, 20)).toBe(1);
    expect(previousStretch(stretches, 12)).toBe(0);
    expect(previousStretch(stretches, 7)).toBeNull();
  });
});

describe("heatLevel", () => {
  it("gives one of five steps by share of readers: a single reader of many is the lightest, all of them the darkest", () => {
    expect(heatLevel(1 / 30)).toBe(1);
    expect(heatLevel(0.2)).toBe(1);
    expect(heatLevel(0.21)).toBe(2);
    expect(heatLevel(2 / 3)).toBe(4);
    expect(heatLevel(1)).toBe(HEAT_LEVELS);
    expect(heatLevel(0)).toBe(1);
  });
});
