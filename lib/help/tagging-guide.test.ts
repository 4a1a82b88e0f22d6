import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_TAGS } from "@/lib/annotations/tags";
import { TAGGING_GUIDE } from "./tagging-guide";

const sampleArticle = readFileSync(new URL("../../prisma/seed/seed-article.txt", import.meta.url), "utf8");

describe("the tagging guide", () => {
  it("explains each of the four default tags once, in the order of the tag toolbar", () => {
    expect(TAGGING_GUIDE.map((entry) => entry.tagId)).toEqual(DEFAULT_TAGS.map((tag) => tag.id));
  });

  it("takes every example word for word from the sample article", () => {
    for (const { tagId, example } of TAGGING_GUIDE) expect(sampleArticle, tagId).toContain(example);
  });
});
