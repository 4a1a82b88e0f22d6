import type { AddedSpan } from "./student-key-differences";

export interface AddedSpanVerdict {
  verdict: "DISAGREE" | "PARTLY";
  /** The line written into the highlight's comment. */
  comment: string;
  /** What the button says. */
  action: string;
}

const listWords = (words: string[]) => (words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`);

/**
 * What a teacher means by marking a highlight the key does not have. Words the key does not tag
 * at all: Disagree, "Not in the answer key." Words the key tags, but with another tag: the
 * student found the passage and misread it, which is Partly, with the key's tag named.
 */
export function verdictForAddedSpan(span: AddedSpan, tagLabel: (tagId: string) => string): AddedSpanVerdict {
  if (span.keyTags.length === 0) return { verdict: "DISAGREE", comment: "Not in the answer key.", action: "Mark as not in the key" };
  return {
    verdict: "PARTLY",
    comment: `The answer key tags this passage as ${listWords(span.keyTags.map(tagLabel))}, not ${tagLabel(span.tag)}.`,
    action: "Mark as tagged otherwise in the key",
  };
}
