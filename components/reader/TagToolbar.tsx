"use client";

import type { TagDefinition } from "@/lib/annotations/tags";
import { TagBadge } from "./TagBadge";

interface TagToolbarProps {
  tags: TagDefinition[];
  position: { top: number; left: number };
  onTag(tagId: string): void;
  onDismiss(): void;
}

/**
 * Appears under a selection. Buttons keep the editor's selection by not taking focus
 * on mouse-down; keyboard users reach them with Tab, or press 1-4 in the text.
 */
export function TagToolbar({ tags, position, onTag, onDismiss }: TagToolbarProps) {
  return (
    <div
      role="toolbar"
      aria-label="Tag the selected text"
      className="tag-toolbar"
      style={{ top: position.top, left: position.left }}
      onKeyDown={(event) => {
        if (event.key === "Escape") onDismiss();
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
          {index < 9 && <kbd aria-hidden="true">{index + 1}</kbd>}
        </button>
      ))}
    </div>
  );
}
