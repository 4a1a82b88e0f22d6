"use client";

import type { TagDefinition } from "@/lib/annotations/tags";
import type { ReferenceRects } from "./floating-placement";
import { SelectionToolbar } from "./SelectionToolbar";
import { NeedsNoteMark } from "./NeedsNoteMark";
import { TagBadge } from "./TagBadge";

interface TagToolbarProps {
  tags: TagDefinition[];
  reference: ReferenceRects;
  onTag(tagId: string): void;
  onDismiss(): void;
}

/**
 * Appears under a selection. Buttons keep the editor's selection by not taking focus
 * on mouse-down; keyboard users reach them with Tab, or press 1-4 in the text.
 */
export function TagToolbar({ tags, reference, onTag, onDismiss }: TagToolbarProps) {
  return (
    <SelectionToolbar label="Tag the selected text" reference={reference} onDismiss={onDismiss}>
      {tags.map((tag, index) => (
        <button
          key={tag.id}
          type="button"
          aria-keyshortcuts={index < 9 ? String(index + 1) : undefined}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onTag(tag.id)}
        >
          <TagBadge tag={tag} />
          <NeedsNoteMark tag={tag} />
          {index < 9 && <kbd aria-hidden="true">{index + 1}</kbd>}
        </button>
      ))}
    </SelectionToolbar>
  );
}
