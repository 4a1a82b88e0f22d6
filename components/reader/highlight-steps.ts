/** A highlight as the `[` and `]` keys see it: where it is in the text. */
export interface SteppableHighlight {
  id: string;
  start: number;
  end: number;
}

export interface HighlightStep<H extends SteppableHighlight> {
  highlight: H;
  /** Where the caret goes: inside the highlight (one character in), so Enter opens it and not a neighbour ending where it starts. */
  caret: number;
  /** 1-based, in reading order. */
  number: number;
  count: number;
}

const caretIn = (h: SteppableHighlight) => Math.min(h.start + 1, h.end);

/**
 * The highlight before or after the caret in reading order (by start, then end), or null when there is
 * none that way. `current` is the highlight the last step landed on, while the caret is still where it
 * put it: highlights that start together are then stepped through one by one.
 */
export function stepHighlight<H extends SteppableHighlight>(highlights: readonly H[], caret: number, direction: 1 | -1, current: string | null): HighlightStep<H> | null {
  const ordered = [...highlights].sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
  const here = ordered.findIndex((h) => h.id === current && caretIn(h) === caret);
  let index: number;
  if (here >= 0) index = here + direction;
  else if (direction === 1) index = ordered.findIndex((h) => caretIn(h) > caret);
  else index = ordered.findLastIndex((h) => caretIn(h) < caret);
  const highlight = ordered[index];
  if (index < 0 || !highlight) return null;
  return { highlight, caret: caretIn(highlight), number: index + 1, count: ordered.length };
}
