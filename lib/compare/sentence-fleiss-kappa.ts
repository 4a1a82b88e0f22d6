import { fleissKappa } from "./fleiss-kappa";
import { touchedSentenceMajorities, type TaggedRange } from "./sentence-majority";
import { splitSentences } from "./sentences";

/**
 * Fleiss' kappa with sentences as the subjects: each reader's majority tag for each
 * sentence (`none` included) is their rating of it. Coarser than unitizing alpha (a
 * two-word loaded phrase rarely decides a sentence) but it is the measure teachers and
 * papers know, and it rewards agreeing on what a sentence is.
 */
export function sentenceFleissKappa(text: string, readings: readonly { spans: readonly TaggedRange[] }[], tags: readonly string[]): { value: number | null; sentences: number } {
  const sentences = splitSentences(text);
  const none = tags.length;
  // Every reader rates every sentence "none" until their spans say otherwise.
  const counts = sentences.map(() => Object.assign(new Array<number>(tags.length + 1).fill(0), { [none]: readings.length }));
  const column = new Map(tags.map((tag, index) => [tag, index]));
  for (const { spans } of readings) {
    for (const [sentence, tag] of touchedSentenceMajorities(sentences, spans, tags)) {
      // A tag the assignment no longer has counts as untagged.
      const at = column.get(tag);
      if (at === undefined) continue;
      counts[sentence]![at]! += 1;
      counts[sentence]![none]! -= 1;
    }
  }
  return { value: readings.length < 2 || sentences.length === 0 ? null : fleissKappa(counts), sentences: sentences.length };
}
