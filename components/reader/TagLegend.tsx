import type { TagDefinition } from "@/lib/annotations/tags";
import { NeedsNoteMark } from "./NeedsNoteMark";
import { TagBadge } from "./TagBadge";

export function TagLegend({ tags, showKeys }: { tags: TagDefinition[]; showKeys: boolean }) {
  return (
    <ul className="tag-legend" aria-label="Tags">
      {tags.map((tag, index) => (
        <li key={tag.id}>
          {showKeys && <kbd aria-label={`key ${index + 1}`}>{index + 1}</kbd>}
          <TagBadge tag={tag} />
          <NeedsNoteMark tag={tag} />
        </li>
      ))}
    </ul>
  );
}
