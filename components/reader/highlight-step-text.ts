import { excerpt } from "./excerpt";
import type { Highlight } from "./extensions/highlight-decorations";
import type { HighlightStep } from "./highlight-steps";

/** What the live region says when `[` or `]` lands on a highlight, or finds none further. */
export function highlightStepText(step: HighlightStep<Highlight> | null, direction: 1 | -1, text: string): string {
  if (!step) return direction === 1 ? "No more highlights after this point." : "No highlights before this point.";
  const { highlight, number, count } = step;
  const quote = excerpt(text.slice(highlight.start, highlight.end), 60);
  return `Highlight ${number} of ${count}: ${highlight.label}${highlight.hasNote ? ", has a note" : ""}, “${quote}”. Press Enter to open it.`;
}
