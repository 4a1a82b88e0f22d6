import { describe, expect, it } from "vitest";
import { slugifyTagLabel, TagSetInput } from "./tag-set-input";
import { DEFAULT_TAGS } from "./tags";

describe("TagSetInput", () => {
  it("accepts the default tags unchanged", () => {
    expect(TagSetInput.parse(DEFAULT_TAGS)).toEqual(DEFAULT_TAGS);
  });

  it("keeps ids of renamed tags and makes ids for new ones from their names", () => {
    const tags = TagSetInput.parse([
      { id: "quote", label: "Direct quote", color: "blue" },
      { label: "Loaded language", color: "orange", requiresNote: true },
      { label: "Opinión", color: "green" },
      { label: "意见", color: "pink" },
      { label: "Loaded-language!", color: "teal" },
    ]);
    expect(tags.map((t) => t.id)).toEqual(["quote", "loaded_language", "opinion", "tag_4", "loaded_language_2"]);
    expect(tags[1]).toEqual({ id: "loaded_language", label: "Loaded language", color: "orange", requiresNote: true });
    expect(tags[0]!.requiresNote).toBe(false);
  });

  it.each([
    [[], "must have at least one tag"],
    [Array.from({ length: 9 }, (_, i) => ({ label: `Tag ${i}`, color: "blue" })), "must have at most 8 tags"],
    [[{ label: "A", color: "blue" }, { label: "a", color: "green" }], "each tag needs its own name"],
    [[{ label: "A", color: "blue" }, { label: "B", color: "blue" }], "each tag needs its own colour"],
    [[{ label: "A", color: "red" }], "must be one of blue, purple, orange, green, pink, teal, brown, gray"],
    [[{ label: "<b>A</b>", color: "blue" }], "must be plain text, without HTML tags"],
    [[{ label: "  ", color: "blue" }], "must not be empty"],
    [[{ id: "quote", label: "A", color: "blue" }, { id: "quote", label: "B", color: "green" }], "tag ids must be unique"],
  ])("refuses %j: %s", (input, message) => {
    const result = TagSetInput.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });

  it("slugs never start with a digit or end with an underscore", () => {
    expect(slugifyTagLabel("2nd-hand claim!")).toBe("nd_hand_claim");
  });
});
