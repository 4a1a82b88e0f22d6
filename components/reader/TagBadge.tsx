import type { TagDefinition } from "@/lib/annotations/tags";

/** A tag's colour-and-pattern swatch with its name, the same everywhere a tag is shown. */
export function TagBadge({ tag }: { tag: Pick<TagDefinition, "label" | "color"> }) {
  return (
    <span className="tag-badge">
      <span className={`tag-swatch tag-color-${tag.color}`} aria-hidden="true" />
      {tag.label}
    </span>
  );
}
