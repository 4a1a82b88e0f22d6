import type { TagDefinition } from "@/lib/annotations/tags";
import type { ComparisonDto } from "@/lib/classes/comparison-schemas";
import { TagBadge } from "@/components/reader/TagBadge";
import { coefficientText, readersWord } from "./compare-words";

/** How reliable the class's tagging is, overall and per tag, with the words to read it by. */
export function AgreementSummary({ comparison, tags }: { comparison: ComparisonDto; tags: TagDefinition[] }) {
  const { overall, byTag } = comparison.agreement;
  return (
    <section aria-labelledby="agreement-heading" className="compare-panel">
      <h3 id="agreement-heading">Agreement</h3>
      <p>{overall.explanation}</p>
      <table className="agreement-table">
        <caption className="visually-hidden">Agreement among {readersWord(comparison.readers)}</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">Value</th>
            <th scope="col">Reading</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Highlights, all tags (unitizing α)</th>
            <td>{coefficientText(overall.unitizingAlpha)}</td>
            <td>{overall.reading ?? "not enough data"}</td>
          </tr>
          <tr>
            <th scope="row">Sentences (Fleiss&rsquo; κ over {overall.sentences} sentences)</th>
            <td>{coefficientText(overall.sentenceFleissKappa)}</td>
            <td>{overall.sentenceReading ?? "not enough data"}</td>
          </tr>
          {tags.map((tag) => (
            <tr key={tag.id}>
              <th scope="row">
                <TagBadge tag={tag} /> <span className="visually-hidden">(unitizing α)</span>
              </th>
              <td>{coefficientText(byTag[tag.id]?.unitizingAlpha ?? null)}</td>
              <td>{byTag[tag.id]?.reading ?? "not enough data"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>What these numbers mean</summary>
        <p>
          Each number is 1 when every reader tagged exactly the same words the same way, about 0 when they agree no more than chance would give,
          and below 0 when they disagree more than chance. Unitizing α (Krippendorff) compares the highlighted stretches character by character;
          Fleiss&rsquo; κ compares what each reader made of each whole sentence (the tag covering most of it, or none). The readings follow Landis
          and Koch (1977): slight, fair, moderate, substantial, almost perfect.
        </p>
      </details>
    </section>
  );
}
