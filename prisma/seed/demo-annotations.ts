/**
 * What three demo students highlighted in the sample article: plausible work that
 * partly agrees (everyone tags the Lavrov quote) and partly does not ("frank views",
 * "Russia now increasingly controls"), so comparing and exporting have real data.
 * Spans are named by their words and located in the text when seeding.
 */
export interface DemoAnnotation {
  phrase: string;
  occurrence?: number;
  tag: "quote" | "opinion" | "loaded_language" | "factual_claim";
  note?: string;
}

const LAVROV_QUOTE =
  "\"We usually focus on the main character in the drama - US President Donald Trump, who highly appreciated Tillerson's visit to Moscow as well as his own telephone conversation with President Putin, in which he expressed his intention to continue developing efforts to promote common interests in our relations\"";

export const DEMO_ANNOTATIONS: Record<"student2" | "student3" | "student4", DemoAnnotation[]> = {
  student2: [
    { phrase: "frank views", tag: "loaded_language", note: "“Frank” makes Lavrov sound honest before we have heard him." },
    { phrase: "confusion and contradictions emanating from the Trump administration", tag: "opinion" },
    { phrase: "far warmer than many of the public statements made by Trump officials", tag: "factual_claim", note: "Attributed to Lavrov, but no source or quote is given." },
    { phrase: "fun sense of humour", tag: "opinion" },
    { phrase: LAVROV_QUOTE, tag: "quote" },
    { phrase: "overzealous and self-serving", tag: "loaded_language", note: "Name-calling, not evidence." },
    { phrase: "scheduled for early July", tag: "factual_claim" },
    { phrase: "rather than just a handshake for the cameras", tag: "quote", note: "Sounds like Lavrov's words but there are no quotation marks." },
    { phrase: "Russia now increasingly controls", tag: "factual_claim" },
    { phrase: "for all of its unreliability as a partner to anyone", tag: "opinion" },
    { phrase: "The US has become effectively isolated in Syria.", tag: "factual_claim", note: "Could be checked against other reporting." },
    { phrase: "as disorganised as it looks", tag: "opinion" },
    { phrase: "increasingly irritating script", tag: "loaded_language" },
    { phrase: "'Mad Dog'", tag: "quote" },
  ],
  student3: [
    { phrase: "frank views", tag: "opinion", note: "The writer's judgement of Lavrov." },
    { phrase: "no-nonsense approach to diplomacy", tag: "loaded_language" },
    { phrase: LAVROV_QUOTE, tag: "quote" },
    { phrase: "\"not yet fully adjusting to each other\"", tag: "quote" },
    {
      phrase: "Nikki Haley, Trump's overzealous and self-serving US Ambassador to the United Nations comes to mind as one such person.",
      tag: "opinion",
      note: "The whole sentence is the author's view, not Lavrov's.",
    },
    { phrase: "overzealous and self-serving", tag: "loaded_language" },
    {
      phrase:
        "\"Russia and the US have such strong impact on international stability and security that such a meeting will undoubtedly be expected to deliver specific results. In order for that to be achieved, it needs to be prepared thoroughly. We are working on that right now\"",
      tag: "quote",
    },
    { phrase: "The US push for cooperation in Syria is now increasingly dictated by events on the ground", tag: "factual_claim" },
    { phrase: "go rogue", tag: "loaded_language" },
    { phrase: "Obama brigade", tag: "loaded_language", note: "Makes a government sound like a gang." },
    { phrase: "Hitler didn't gas his people but Bashar al-Assad did", tag: "factual_claim", note: "Refers to Spicer's remark; needs checking." },
  ],
  student4: [
    { phrase: "confusion and contradictions", tag: "loaded_language" },
    { phrase: "Donald Trump's private communications with Russia are far warmer", tag: "factual_claim" },
    { phrase: LAVROV_QUOTE, tag: "quote" },
    { phrase: "provocative statements", tag: "loaded_language" },
    { phrase: "overzealous and self-serving", tag: "loaded_language" },
    { phrase: "at lot is at stake", tag: "opinion" },
    { phrase: "Russia now increasingly controls", tag: "opinion", note: "Stated as fact but it is the writer's reading of events." },
    { phrase: "deep state friendly galaxy", tag: "loaded_language" },
    { phrase: "This place isn't even worth exploring.", tag: "opinion" },
    { phrase: "who for all his problems at least looks and acts in a professional manner", tag: "opinion" },
    { phrase: "paralysed the Trump administration", tag: "loaded_language" },
  ],
};
