/**
 * The "How to tag" guide: what each default tag means, one example of it from the sample
 * article (prisma/seed/seed-article.txt; tagging-guide.test.ts checks each is there word for
 * word), and how to tell it from the tag it is most often mistaken for.
 */
export interface TagGuideEntry {
  /** A default tag's id (lib/annotations/tags.ts). */
  tagId: "quote" | "opinion" | "loaded_language" | "factual_claim";
  meaning: string;
  example: string;
  why: string;
  /** The tag it is most often confused with, and how to tell them apart. */
  notToConfuse: string;
}

export const TAGGING_GUIDE: readonly TagGuideEntry[] = [
  {
    tagId: "quote",
    meaning: "Someone else's words, reported as they said them.",
    example: "Russia and the US have such strong impact on international stability and security that such a meeting will undoubtedly be expected to deliver specific results.",
    why: "The writer gives Sergey Lavrov's own words, in quotation marks.",
    notToConfuse:
      "A quote may contain a claim, but what you are marking is who is speaking: it is a quote because the words are Lavrov's, whether or not what he says is true.",
  },
  {
    tagId: "opinion",
    meaning: "The writer's own judgement: what they think, which no record could prove or disprove.",
    example: "This place isn't even worth exploring.",
    why: "Whether something is “worth exploring” is a view, not a fact anyone could check.",
    notToConfuse:
      "An opinion is a whole statement of what the writer thinks. Loaded language is a single word or phrase that slips a judgement into a sentence that might otherwise be neutral.",
  },
  {
    tagId: "loaded_language",
    meaning: "A word or phrase chosen to make you feel a certain way about someone or something.",
    example: "overzealous and self-serving",
    why: "Said of Nikki Haley in passing: “US Ambassador to the United Nations” would give the same information; these two words add only the writer's scorn.",
    notToConfuse:
      "Try swapping the words for neutral ones: if the sentence still says the same thing, only more calmly, the words were loaded. If nothing is left once the judgement is gone, the sentence is an opinion.",
  },
  {
    tagId: "factual_claim",
    meaning: "Something stated as fact that could be checked against a record, and found true or false.",
    example: "the meeting, scheduled for early July",
    why: "When a meeting is scheduled is a matter of record: you could look it up.",
    notToConfuse:
      "A factual claim is the writer's own statement. If the words are in quotation marks and belong to someone else, tag them as a quote (you can still ask whether what they say is true).",
  },
];
