import type { TagDefinition } from "@/lib/annotations/tags";

/**
 * Beside a tag's name wherever a student picks or reads a tag: this one cannot be handed in
 * without a note. Words, not only the pencil, so the button's or radio's name says it too
 * ("Spin (needs a note)"), and a student learns it before submit refuses them.
 */
export function NeedsNoteMark({ tag }: { tag: Pick<TagDefinition, "requiresNote"> }) {
  if (!tag.requiresNote) return null;
  return (
    <span className="needs-note-mark">
      <span aria-hidden="true">✎</span> (needs a note)
    </span>
  );
}
