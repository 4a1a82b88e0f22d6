import { PARAGRAPH, type BlockKind } from "@/lib/articles/block-kinds";
import { splitIntoBlocks } from "@/lib/articles/text-blocks";

/** A stretch of one paragraph over which nothing drawn changes: the value of the range covering it, or null. */
export interface TextPiece<T> {
  start: number;
  end: number;
  text: string;
  value: T | null;
}

/** One paragraph of the article (a heading, list item, quote…) cut into pieces. */
export interface PiecedBlock<T> {
  kind: BlockKind;
  /** 1, 2, 3… for a run of ordered list items; null for every other block. */
  listNumber: number | null;
  start: number;
  end: number;
  pieces: TextPiece<T>[];
}

export interface ValuedRange<T> {
  start: number;
  end: number;
  value: T;
}

/**
 * The article as its paragraphs (split as the reader splits the canonical text, kinds from the
 * import), each cut wherever a range starts or ends and at every extra offset in `cuts`.
 * `ranges` must be sorted and must not overlap (as the compare segment sweep gives them).
 */
export function cutIntoBlocks<T>(text: string, kinds: readonly BlockKind[] | null, ranges: readonly ValuedRange<T>[], cuts: readonly number[] = []): PiecedBlock<T>[] {
  const offsets = [...new Set([...ranges.flatMap((r) => [r.start, r.end]), ...cuts])].sort((a, b) => a - b);
  let next = 0;
  let range = 0;
  let listNumber = 0;
  return splitIntoBlocks(text).map((block, index) => {
    const kind = kinds?.[index] ?? PARAGRAPH;
    listNumber = kind.type === "list-item" && kind.ordered ? listNumber + 1 : 0;
    while (next < offsets.length && offsets[next]! <= block.start) next++;
    const bounds = [block.start];
    for (; next < offsets.length && offsets[next]! < block.end; next++) bounds.push(offsets[next]!);
    bounds.push(block.end);
    const pieces: TextPiece<T>[] = [];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const start = bounds[i]!;
      const end = bounds[i + 1]!;
      if (end <= start) continue;
      while (range < ranges.length && ranges[range]!.end <= start) range++;
      const covering = ranges[range];
      const value = covering && covering.start <= start && covering.end >= end ? covering.value : null;
      pieces.push({ start, end, text: text.slice(start, end), value });
    }
    return { kind, listNumber: listNumber > 0 ? listNumber : null, start: block.start, end: block.end, pieces };
  });
}
