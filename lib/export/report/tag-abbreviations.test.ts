import { describe, expect, it } from "vitest";
import { DEFAULT_TAGS } from "@/lib/annotations/tags";
import { tagAbbreviations } from "./tag-abbreviations";

describe("tagAbbreviations", () => {
  it("gives the default tags their initials", () => {
    expect([...tagAbbreviations(DEFAULT_TAGS).values()]).toEqual(["Q", "O", "LL", "FC"]);
  });

  it("keeps codes unique, in any script, and never empty", () => {
    const tags = [
      { id: "a", label: "Opinion" },
      { id: "b", label: "Omission" },
      { id: "c", label: "Om" }, // every candidate taken: its initial and its number
      { id: "d", label: "Цитата" },
      { id: "e", label: "??" },
      { id: "f", label: "Opinion" },
    ];
    expect([...tagAbbreviations(tags).values()]).toEqual(["O", "OM", "O3", "Ц", "T5", "OP"]);
  });
});
