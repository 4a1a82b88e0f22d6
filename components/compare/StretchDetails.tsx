import type { TagDefinition } from "@/lib/annotations/tags";
import type { ComparisonDto } from "@/lib/classes/comparison-schemas";
import type { Segment } from "@/lib/compare";
import { shortPassage } from "./compare-words";
import { whoTagged } from "./who-tagged";

interface StretchDetailsProps {
  text: string;
  segment: Segment | null;
  comparison: ComparisonDto;
  tags: TagDefinition[];
}

/** Who tagged the stretch under the caret or pointer how; announced as it changes. */
export function StretchDetails({ text, segment, comparison, tags }: StretchDetailsProps) {
  return (
    <section className="stretch-details" aria-label="Who tagged it how" aria-live="polite" aria-atomic="true">
      {segment === null ? (
        <p className="muted">Point at or tap shaded text, or move the caret onto it, to see who tagged it how.</p>
      ) : (
        <StretchWho text={text} segment={segment} comparison={comparison} tags={tags} />
      )}
    </section>
  );
}

function StretchWho({ text, segment, comparison, tags }: StretchDetailsProps & { segment: Segment }) {
  const who = whoTagged(comparison.readings, segment.start, comparison.tag);
  // With one tag shown, a reader who gave the passage another tag did tag it: say which tag they did not give.
  const shownTag = tags.find((tag) => tag.id === comparison.tag);
  return (
    <>
      <p>
        <q>{shortPassage(text.slice(segment.start, segment.end), 80)}</q>: tagged by {segment.covering} of {comparison.readers}
      </p>
      <ul>
        {tags
          .filter((tag) => who.byTag.has(tag.id))
          .map((tag) => (
            <li key={tag.id}>
              {tag.label}: {who.byTag.get(tag.id)!.join(", ")}
            </li>
          ))}
        {who.untagged.length > 0 && (
          <li>
            {shownTag ? `Not tagged as ${shownTag.label}` : "Not tagged"}: {who.untagged.join(", ")}
          </li>
        )}
      </ul>
    </>
  );
}
