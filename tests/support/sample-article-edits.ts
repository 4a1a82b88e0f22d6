import { readFileSync } from "node:fs";
import type { Placement } from "@/lib/annotations/anchoring/reanchor-quote";
import { canonicalizePlainText } from "@/lib/articles/canonical-text";

/** The bundled sample article as Slant stores it (prisma/seed/seed-article.txt, canonicalised). */
export const SAMPLE_ARTICLE = canonicalizePlainText(readFileSync(new URL("../../prisma/seed/seed-article.txt", import.meta.url), "utf8"));

/** Highlights a class might have made on the sample: named, located by their words (and which occurrence of them). */
export const SAMPLE_HIGHLIGHTS = {
  ministry: { phrase: "Russia's Foreign Ministery Sergey Lavrov", tag: "factual_claim" },
  frankViews: { phrase: "frank views", tag: "loaded_language" },
  confusion: { phrase: "confusion and contradictions", tag: "opinion" },
  lavrovWhoIs: { phrase: "Sergey Lavrov", occurrence: 3, tag: "quote" },
  overzealous: { phrase: "overzealous and self-serving", tag: "loaded_language" },
  takingSoLong: { phrase: "the first face-to-face Trump-Putin meeting have taking so long", tag: "factual_claim" },
  specificResults: { phrase: "such a meeting will undoubtedly be expected to deliver specific results. In order for that to be achieved", tag: "quote" },
  unreliability: { phrase: "for all of its unreliability as a partner to anyone", tag: "opinion" },
  isolated: { phrase: "The US has become effectively isolated in Syria.", tag: "factual_claim" },
  disorganised: { phrase: "the Trump administration", occurrence: 3, tag: "opinion" },
  differentGalaxies: { phrase: "the Trump administration", occurrence: 4, tag: "opinion" },
  worthExploring: { phrase: "This place isn't even worth exploring.", tag: "opinion" },
  professional: { phrase: "in a professional manner", tag: "opinion" },
} as const;
export type SampleHighlightName = keyof typeof SAMPLE_HIGHLIGHTS;

/**
 * Where a highlight ends up in the edited text: how it was placed, and (when placed) the words
 * it covers there, `phrase` (default its old words) at its `occurrence` (default the same one).
 */
export interface ExpectedPlacement {
  placedBy: Placement;
  phrase?: string;
  occurrence?: number;
}

export interface SampleEdit {
  name: string;
  edit(text: string): string;
  expected: Record<SampleHighlightName, ExpectedPlacement>;
}

/** `text` with `find` (which must be there) replaced, once. */
function replaceOnce(text: string, find: string, by: string): string {
  if (!text.includes(find)) throw new Error(`"${find}" is not in the sample article`);
  return text.replace(find, by);
}

const EXACT: ExpectedPlacement = { placedBy: "exact" };
const QUOTE: ExpectedPlacement = { placedBy: "quote" };
const ORPHANED: ExpectedPlacement = { placedBy: "orphaned" };
/** Every highlight at `placedBy` (exact or by quote), then the ones a case says otherwise. */
const all = (placement: ExpectedPlacement, except: Partial<Record<SampleHighlightName, ExpectedPlacement>> = {}) =>
  Object.fromEntries(Object.keys(SAMPLE_HIGHLIGHTS).map((name) => [name, except[name as SampleHighlightName] ?? placement])) as Record<SampleHighlightName, ExpectedPlacement>;

/** A paragraph of about 160 characters: long enough that an occurrence before it becomes the nearest to a shifted highlight's old place. */
const EDITORS_NOTE =
  "Editor's note: this analysis was written before the meeting took place, and several of the officials named here have since changed their posts or their public positions.";

/** The teacher's edits of the sample article that issue 9 names, and where each highlight must end up after each. */
export const SAMPLE_EDITS: SampleEdit[] = [
  {
    name: "a paragraph inserted before highlights",
    edit: (text) => replaceOnce(text, "\n\nRussia's Foreign Ministery", `\n\n${EDITORS_NOTE}\n\nRussia's Foreign Ministery`),
    expected: all(QUOTE, { frankViews: EXACT, confusion: EXACT }),
  },
  {
    name: "a typo fixed inside a highlight",
    edit: (text) => replaceOnce(replaceOnce(text, "Foreign Ministery", "Foreign Ministry"), "have taking so long", "have taken so long"),
    expected: all(QUOTE, {
      frankViews: EXACT,
      confusion: EXACT,
      ministry: { placedBy: "fuzzy", phrase: "Russia's Foreign Ministry Sergey Lavrov" },
      takingSoLong: { placedBy: "fuzzy", phrase: "the first face-to-face Trump-Putin meeting have taken so long" },
    }),
  },
  {
    name: "a sentence deleted that held a highlight",
    edit: (text) => replaceOnce(text, " This place isn't even worth exploring.", ""),
    expected: all(EXACT, { worthExploring: ORPHANED, professional: QUOTE }),
  },
  {
    name: "two paragraphs swapped",
    edit: (text) => {
      const paragraphs = text.split("\n\n");
      const turkey = paragraphs.findIndex((p) => p.startsWith("Turkey, for all"));
      const isolated = paragraphs.findIndex((p) => p.startsWith("The US has become"));
      [paragraphs[turkey], paragraphs[isolated]] = [paragraphs[isolated]!, paragraphs[turkey]!];
      return paragraphs.join("\n\n");
    },
    expected: all(EXACT, { unreliability: QUOTE, isolated: QUOTE }),
  },
  {
    name: "a phrase that occurs twice, text added before the one highlighted",
    edit: (text) => replaceOnce(text, "\n\nSecondly, it seems", `\n\n${EDITORS_NOTE}\n\nSecondly, it seems`),
    expected: all(EXACT, { disorganised: QUOTE, differentGalaxies: QUOTE, worthExploring: QUOTE, professional: QUOTE }),
  },
  {
    name: "white space only: two spaces after every full stop, a space at every paragraph's end",
    edit: (text) => text.replaceAll(". ", ".  ").replaceAll("\n\n", " \n\n"),
    expected: all(QUOTE, {
      frankViews: EXACT,
      confusion: EXACT,
      specificResults: { placedBy: "fuzzy", phrase: "such a meeting will undoubtedly be expected to deliver specific results.  In order for that to be achieved" },
    }),
  },
  {
    name: "an emoji inserted before a highlight",
    edit: (text) => replaceOnce(text, "Nikki Haley, Trump's overzealous", "🇺🇸 Nikki Haley, Trump's overzealous"),
    expected: all(QUOTE, { ministry: EXACT, frankViews: EXACT, confusion: EXACT, lavrovWhoIs: EXACT }),
  },
];

/** Where `phrase` stands in `text` (its `occurrence`th time, from 1). */
export function locateOccurrence(text: string, phrase: string, occurrence = 1): { start: number; end: number } {
  let start = -1;
  for (let seen = 0; seen < occurrence; seen += 1) {
    start = text.indexOf(phrase, start + 1);
    if (start < 0) throw new Error(`"${phrase}" (occurrence ${occurrence}) is not in the text`);
  }
  return { start, end: start + phrase.length };
}
