/**
 * A paragraph of the canonical text: `text.slice(start, end)` is its content, in which
 * a single "\n" is a hard break. Paragraphs are separated by one or more blank lines
 * (a line holding only spaces or tabs counts as blank).
 */
export interface TextBlock {
  start: number;
  end: number;
}

const BLANK_LINES = /\n(?:[ \t]*\n)+/g;

export function splitIntoBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let start = 0;
  for (const match of text.matchAll(BLANK_LINES)) {
    blocks.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  blocks.push({ start, end: text.length });
  return blocks;
}
