import { splitIntoBlocks, type TextBlock } from "@/lib/articles/text-blocks";

/**
 * Which way to move an offset or position that falls between two paragraphs:
 * the start of a range should move forward into the next paragraph, its end backward.
 */
export type Bias = "forward" | "backward";

export interface TextPositionMap {
  /** ProseMirror position of a UTF-16 offset into the canonical text. */
  toPosition(offset: number, bias: Bias): number;
  /** UTF-16 offset into the canonical text of a ProseMirror position. */
  toOffset(position: number, bias: Bias): number;
  /** Size of the document's content, the largest valid position. */
  readonly documentSize: number;
}

interface MappedBlock extends TextBlock {
  /** Position of the first character inside the paragraph. */
  contentStart: number;
}

/** Index of the last block whose `key` is <= value (or 0). */
function findBlock(blocks: MappedBlock[], value: number, key: (b: MappedBlock) => number): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (key(blocks[middle]!) <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Maps between text offsets and positions in the document buildArticleDocument makes
 * from the same text. Inside a paragraph both advance together (a hard break is one
 * position for one "\n"); only the blank lines between paragraphs need translating.
 */
export function createTextPositionMap(text: string): TextPositionMap {
  let position = 0;
  const blocks: MappedBlock[] = splitIntoBlocks(text).map((block) => {
    const mapped = { ...block, contentStart: position + 1 };
    position += block.end - block.start + 2;
    return mapped;
  });
  const documentSize = position;

  return {
    documentSize,
    toPosition(offset, bias) {
      const clamped = Math.min(Math.max(offset, 0), text.length);
      const index = findBlock(blocks, clamped, (b) => b.start);
      const block = blocks[index]!;
      if (clamped <= block.end) return block.contentStart + (clamped - block.start);
      // Inside the blank lines after `block`.
      const next = blocks[index + 1];
      if (bias === "forward" && next) return next.contentStart;
      return block.contentStart + (block.end - block.start);
    },
    toOffset(position, bias) {
      const clamped = Math.min(Math.max(position, 0), documentSize);
      const index = findBlock(blocks, clamped, (b) => b.contentStart);
      const block = blocks[index]!;
      const contentEnd = block.contentStart + (block.end - block.start);
      if (clamped < block.contentStart) return block.start; // before the first paragraph
      if (clamped <= contentEnd) return block.start + (clamped - block.contentStart);
      // Between this paragraph's closing token and the next one's content.
      const next = blocks[index + 1];
      if (bias === "forward" && next) return next.start;
      return block.end;
    },
  };
}
