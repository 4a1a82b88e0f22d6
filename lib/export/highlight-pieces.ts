import type { TextBlock } from "@/lib/articles/text-blocks";

/** A highlight to lay over the text: UTF-16 offsets, end exclusive. */
export interface HighlightRange {
  start: number;
  end: number;
}

/**
 * What one paragraph is made of, in order: stretches of its text with the highlights covering
 * them (indices into the ranges given, ascending), and the points where a highlight opens or
 * closes. A highlight across a paragraph break opens in one paragraph and closes in a later one.
 */
export type Piece =
  | { kind: "text"; start: number; end: number; covering: number[] }
  | { kind: "open"; range: number }
  | { kind: "close"; range: number };

/** At one offset: ranges that end there close first, so touching highlights stay apart; empty ones open and close last. */
const CLOSE = 0;
const OPEN = 1;
const POINT = 2;

interface Boundary {
  at: number;
  rank: typeof CLOSE | typeof OPEN | typeof POINT;
  range: number;
}

/**
 * One sweep over the highlights' boundaries, paragraph by paragraph: the text is cut wherever
 * the set of covering highlights changes, and each highlight opens and closes exactly at its
 * own ends, however they overlap. An end that falls inside the blank lines between paragraphs
 * (which no paragraph holds) moves to the nearest paragraph edge inside the highlight.
 */
export function highlightPieces(blocks: readonly TextBlock[], ranges: readonly HighlightRange[]): Piece[][] {
  if (blocks.length === 0) return [];
  const boundaries: Boundary[] = [];
  ranges.forEach((range, index) => {
    const start = snapStart(blocks, range.start);
    const end = Math.max(start, snapEnd(blocks, range.end));
    if (start === end) boundaries.push({ at: start, rank: POINT, range: index });
    else boundaries.push({ at: start, rank: OPEN, range: index }, { at: end, rank: CLOSE, range: index });
  });
  // Closes in reverse order, so ranges that open together nest when they close together.
  boundaries.sort((a, b) => a.at - b.at || a.rank - b.rank || (a.rank === CLOSE ? b.range - a.range : a.range - b.range));

  const open = new Set<number>();
  let next = 0;
  return blocks.map((block) => {
    const pieces: Piece[] = [];
    let at = block.start;
    const cover = (until: number) => {
      if (until > at) pieces.push({ kind: "text", start: at, end: until, covering: [...open].sort((a, b) => a - b) });
      at = Math.max(at, until);
    };
    for (; next < boundaries.length && boundaries[next]!.at <= block.end; next++) {
      const boundary = boundaries[next]!;
      cover(boundary.at);
      if (boundary.rank !== CLOSE) {
        pieces.push({ kind: "open", range: boundary.range });
        open.add(boundary.range);
      }
      if (boundary.rank !== OPEN) {
        pieces.push({ kind: "close", range: boundary.range });
        open.delete(boundary.range);
      }
    }
    cover(block.end);
    return pieces;
  });
}

/** A start between paragraphs moves to the next paragraph's start; past the end, to the text's end. */
function snapStart(blocks: readonly TextBlock[], offset: number): number {
  for (const block of blocks) if (offset <= block.end) return Math.max(offset, block.start);
  return blocks[blocks.length - 1]!.end;
}

/** An end between paragraphs moves back to the previous paragraph's end; before the text, to its start. */
function snapEnd(blocks: readonly TextBlock[], offset: number): number {
  for (let i = blocks.length - 1; i >= 0; i--) if (offset >= blocks[i]!.start) return Math.min(offset, blocks[i]!.end);
  return blocks[0]!.start;
}
