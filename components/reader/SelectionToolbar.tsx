"use client";

import { useRef, type ReactNode } from "react";
import type { ReferenceRects } from "./floating-placement";
import { useFloatingBox } from "./use-floating-box";

interface SelectionToolbarProps {
  label: string;
  /** The selected words on screen: the toolbar sits under them (over them when there is no room below). */
  reference: ReferenceRects;
  onDismiss(): void;
  children: ReactNode;
}

/** The floating toolbar under a selection, kept inside the window (its buttons wrap) (tagging it, or placing an orphaned highlight on it); Escape dismisses it. */
export function SelectionToolbar({ label, reference, onDismiss, children }: SelectionToolbarProps) {
  const toolbarRef = useRef<HTMLDivElement>(null);
  useFloatingBox(toolbarRef, reference, "toolbar");
  return (
    <div
      ref={toolbarRef}
      role="toolbar"
      aria-label={label}
      className="tag-toolbar"
      onKeyDown={(event) => {
        if (event.key === "Escape") onDismiss();
      }}
    >
      {children}
    </div>
  );
}
