import type { ReactNode } from "react";

type Name = { label: string; labelledBy?: never } | { labelledBy: string; label?: never };

/**
 * A wide table's own sideways-scrolling box, so a phone (320 px) never scrolls the whole page.
 * A named region in the tab order: keyboard users focus it to scroll it with the arrow keys
 * (axe: scrollable-region-focusable), and screen readers announce what it holds.
 */
export function ScrollRegion({ children, ...name }: Name & { children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={name.label} aria-labelledby={name.labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
