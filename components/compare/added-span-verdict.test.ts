import { describe, expect, it } from "vitest";
import { verdictForAddedSpan } from "./added-span-verdict";

const labels: Record<string, string> = { quote: "Quote", opinion: "Opinion", loaded_language: "Loaded language" };
const label = (id: string) => labels[id] ?? id;
const added = (tag: string, keyTags: string[]) => ({ id: "00000000-0000-4000-8000-000000000001", start: 0, end: 5, exact: "words", tag, keyTags });

describe("verdictForAddedSpan", () => {
  it("disagrees with a highlight on words the key does not tag", () => {
    expect(verdictForAddedSpan(added("opinion", []), label)).toEqual({ verdict: "DISAGREE", comment: "Not in the answer key.", action: "Mark as not in the key" });
  });

  it("partly agrees with a highlight on words the key tags otherwise, naming the key's tags", () => {
    expect(verdictForAddedSpan(added("opinion", ["quote"]), label)).toMatchObject({
      verdict: "PARTLY",
      comment: "The answer key tags this passage as Quote, not Opinion.",
    });
    expect(verdictForAddedSpan(added("opinion", ["quote", "loaded_language"]), label).comment).toBe(
      "The answer key tags this passage as Quote and Loaded language, not Opinion.",
    );
  });
});
