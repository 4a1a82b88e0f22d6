"use client";

import { excerpt } from "./excerpt";
import { SelectionToolbar } from "./SelectionToolbar";

interface PlaceToolbarProps {
  /** The orphaned highlight's old words. */
  quote: string;
  position: { top: number; left: number };
  onPlace(): void;
  onCancel(): void;
}

/**
 * In place of the tag toolbar while an orphaned highlight waits to be placed again: puts it on
 * the selected words. Like the tag toolbar, its buttons keep the selection (no focus on
 * mouse-down) and keyboard users reach them with Tab.
 */
export function PlaceToolbar({ quote, position, onPlace, onCancel }: PlaceToolbarProps) {
  return (
    <SelectionToolbar label="Place the highlight on the selected text" position={position} onDismiss={onCancel}>
      <button type="button" className="primary-button" onMouseDown={(event) => event.preventDefault()} onClick={onPlace}>
        Place “{excerpt(quote, 40)}” here
      </button>
      <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={onCancel}>
        Cancel
      </button>
    </SelectionToolbar>
  );
}
