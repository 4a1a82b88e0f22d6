"use client";

import { useState } from "react";
import type { TagDefinition } from "@/lib/annotations/tags";
import type { ComparisonDto } from "@/lib/classes/comparison-schemas";
import { percentText, shortPassage } from "./compare-words";
import { SplitBars } from "./SplitBars";

interface HotspotListProps {
  hotspots: ComparisonDto["hotspots"];
  tags: TagDefinition[];
  readers: number;
  onShow(start: number): void;
}

/** How many disagreements show before "Show all": the top ones are the discussion. */
const FIRST_SHOWN = 10;

/** Where the class split, most divided first: the discussion starters. */
export function HotspotList({ hotspots, tags, readers, onShow }: HotspotListProps) {
  const [all, setAll] = useState(false);
  const shown = all ? hotspots : hotspots.slice(0, FIRST_SHOWN);
  return (
    <section aria-labelledby="hotspots-heading" className="compare-panel">
      <h3 id="hotspots-heading">Disagreements</h3>
      <p className="muted">
        Most divided first. &ldquo;Divided&rdquo; is the share of pairs of readers who tagged a passage differently, one tagging it and the other not counting as half.
      </p>
      {hotspots.length === 0 ? (
        <p>{readers < 2 ? "Disagreements appear once two or more readers count." : "The readers did not split on any passage."}</p>
      ) : (
        <ol className="hotspot-list">
          {shown.map((spot) => (
            <li key={`${spot.start}-${spot.end}`}>
              <blockquote>{shortPassage(spot.exact)}</blockquote>
              <SplitBars split={spot.split} tags={tags} readers={readers} />
              <p className="hotspot-actions">
                <span className="muted">Divided: {percentText(spot.score)}</span>
                <button type="button" onClick={() => onShow(spot.start)}>
                  {/* Each button names its passage, so a list of buttons read out alone still says which is which. */}
                  Show<span className="visually-hidden"> “{shortPassage(spot.exact, 40)}”</span> in the text
                </button>
              </p>
            </li>
          ))}
        </ol>
      )}
      {hotspots.length > FIRST_SHOWN && (
        <button type="button" className="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? `Show the first ${FIRST_SHOWN} only` : `Show all ${hotspots.length} disagreements`}
        </button>
      )}
    </section>
  );
}
