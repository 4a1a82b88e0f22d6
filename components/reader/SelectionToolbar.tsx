"use client";

import type { ReactNode } from "react";

interface SelectionToolbarProps {
  label: string;
  position: { top: number; left: number };
  onDismiss(): void;
  children: ReactNode;
}

/** The floating toolbar under a selection (tagging it, or placing an orphaned highlight on it); Escape dismisses it. */
export function SelectionToolbar({ label, position, onDismiss, children }: SelectionToolbarProps) {
  return (
    <div
      role="toolbar"
      aria-label={label}
      className="tag-toolbar"
      style={{ top: position.top, left: position.left }}
      onKeyDown={(event) => {
        if (event.key === "Escape") onDismiss();
      }}
    >
      {children}
    </div>
  );
}
