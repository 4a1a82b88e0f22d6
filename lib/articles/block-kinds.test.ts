import { describe, expect, it } from "vitest";
import { BlockKindList, BlockKindSchema } from "./block-kinds";

describe("BlockKindList", () => {
  it("reads back every kind an import stores", () => {
    const stored = [
      { type: "paragraph" },
      { type: "heading", level: 1 },
      { type: "heading", level: 6 },
      { type: "list-item", ordered: true },
      { type: "list-item", ordered: false },
      { type: "quote" },
      { type: "caption" },
    ];
    expect(BlockKindList.parse(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
  });

  it.each([
    { type: "heading", level: 7 },
    { type: "heading" },
    { type: "list-item" },
    { type: "table" },
    "paragraph",
  ])("refuses %j", (value) => {
    expect(BlockKindSchema.safeParse(value).success).toBe(false);
  });
});
