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
 * on mouse-down; keyboard users reach it with Tab (one stop, then the arrow keys), or press 1-9
 * in the text or in the toolbar.
 */
export function TagToolbar({ tags, reference, onTag, onDismiss }: TagToolbarProps) {
  return (
    <SelectionToolbar
      label="Tag the selected text"
      reference={reference}
      onDismiss={onDismiss}
      onKeyDown={(event) => {
        if (event.ctrlKey || event.metaKey || event.altKey || !/^[1-9]$/.test(event.key)) return;
        const tag = tags[Number(event.key) - 1];
        if (!tag) return;
        event.preventDefault();
        onTag(tag.id);
      }}
    >
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
