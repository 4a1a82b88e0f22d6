import type { TagDefinition } from "@/lib/annotations/tags";
import type { ConsensusSpan } from "@/lib/compare";
import { TagBadge } from "@/components/reader/TagBadge";
import { percentText, shortPassage } from "./compare-words";

interface ConsensusListProps {
  consensus: ConsensusSpan[];
  tags: TagDefinition[];
  share: number;
  onShareChange(share: number): void;
  onShow(start: number): void;
}

/** Passages enough of the class tagged the same way, with the threshold as a slider. */
export function ConsensusList({ consensus, tags, share, onShareChange, onShow }: ConsensusListProps) {
  const tagOf = new Map(tags.map((tag) => [tag.id, tag]));
  return (
    <section aria-labelledby="consensus-heading" className="compare-panel">
      <h3 id="consensus-heading">Consensus</h3>
      {/* The label names the slider by its id: wrapped round both, it labelled the <output> (the first
          labelable element inside it) and left the slider without a name. */}
      <div className="consensus-threshold">
        <label htmlFor="consensus-share">
          Tagged the same by at least <output htmlFor="consensus-share">{percentText(share)}</output> of readers
        </label>
        <input
          id="consensus-share"
          type="range"
          min={50}
          max={100}
          step={1}
          value={Math.round(share * 100)}
          aria-valuetext={`${percentText(share)} of readers`}
          // 67% on the slider is two readers in three, exactly: 0.67 would leave out 2 of 3.
          onChange={(event) => onShareChange(Number(event.target.value) === 67 ? 2 / 3 : Number(event.target.value) / 100)}
        />
      </div>
      {consensus.length === 0 ? (
        <p>No passage reaches {percentText(share)} yet.</p>
      ) : (
        <ul className="consensus-list">
          {consensus.map((span) => (
            <li key={`${span.start}-${span.tag}`}>
              {tagOf.get(span.tag) ? <TagBadge tag={tagOf.get(span.tag)!} /> : span.tag} <q>{shortPassage(span.exact)}</q>{" "}
              <span className="muted">({percentText(span.share)} of readers)</span>{" "}
              <button type="button" className="link-button" onClick={() => onShow(span.start)}>
                Show<span className="visually-hidden"> “{shortPassage(span.exact, 40)}” in the text</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
