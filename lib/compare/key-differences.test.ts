import { describe, expect, it } from "vitest";
import { keyDifferences } from "./key-differences";

describe("keyDifferences", () => {
  const key = [
    { id: "k1", start: 0, end: 10, tag: "opinion" },
    { id: "k2", start: 20, end: 30, tag: "loaded_language" },
    { id: "k3", start: 40, end: 50, tag: "quote" },
  ];

  it("lists key spans the reader did not touch with the same tag, and the reader's spans the key does not have", () => {
    const reader = [
      { id: "r1", start: 5, end: 12, tag: "opinion" },
      { id: "r2", start: 20, end: 30, tag: "opinion" },
      { id: "r3", start: 60, end: 64, tag: "quote" },
    ];
    expect(keyDifferences(reader, key)).toEqual({ missed: ["k2", "k3"], added: ["r2", "r3"] });
  });

  it("treats spans that only touch end to start as not overlapping", () => {
    expect(keyDifferences([{ id: "r1", start: 10, end: 20, tag: "opinion" }], key)).toEqual({ missed: ["k1", "k2", "k3"], added: ["r1"] });
  });

  it("finds nothing missed or added when the reader matches the key", () => {
    expect(keyDifferences(key, key)).toEqual({ missed: [], added: [] });
  });
});
