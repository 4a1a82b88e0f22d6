import type { TagDefinition } from "@/lib/annotations/tags";

/**
 * A tag's colour-and-pattern swatch with its name, the same everywhere a tag is shown. The
 * swatch is a few spaces drawn with the highlights' own class (tag-look), so it shows the
 * very tint and underline the text does; the spaces are CSS content (.tag-swatch::before), so
 * they are not in the page's text (copied text, a list item's name).
 */
export function TagBadge({ tag }: { tag: Pick<TagDefinition, "label" | "color"> }) {
  return (
    <span className="tag-badge">
      <TagSwatch color={tag.color} />
      {tag.label}
    </span>
  );
}

export function TagSwatch({ color }: { color: TagDefinition["color"] }) {
  return (
    <span className={`tag-swatch tag-look tag-color-${color}`} aria-hidden="true" />
  );
}
