"use client";

import { excerpt } from "./excerpt";
import type { ReferenceRects } from "./floating-placement";
import { SelectionToolbar } from "./SelectionToolbar";

interface PlaceToolbarProps {
  /** The orphaned highlight's old words. */
  quote: string;
  reference: ReferenceRects;
  onPlace(): void;
  onCancel(): void;
}

/**
 * In place of the tag toolbar while an orphaned highlight waits to be placed again: puts it on
 * the selected words. Like the tag toolbar, its buttons keep the selection (no focus on
 * mouse-down) and keyboard users reach them with Tab.
 */
export function PlaceToolbar({ quote, reference, onPlace, onCancel }: PlaceToolbarProps) {
  return (
    <SelectionToolbar label="Place the highlight on the selected text" reference={reference} onDismiss={onCancel}>
      <button type="button" className="primary-button" onMouseDown={(event) => event.preventDefault()} onClick={onPlace}>
        Place “{excerpt(quote, 40)}” here
      </button>
      <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={onCancel}>
        Cancel
      </button>
    </SelectionToolbar>
  );
}
