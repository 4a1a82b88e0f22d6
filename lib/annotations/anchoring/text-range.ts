import { splitsSurrogatePair } from "./quote-selector";

export interface TextRange {
  start: number;
  end: number;
}

/** Why a range cannot be annotated, or null when it can. */
export function checkTextRange(text: string, { start, end }: TextRange): string | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return "start and end must be whole numbers";
  if (start < 0) return "start must not be negative";
  if (start >= end) return "start must be less than end";
  if (end > text.length) return `end must not exceed the article's length (${text.length})`;
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    return "start and end must not fall inside a character";
  }
  if (text.slice(start, end).trim().length === 0) return "the selected text is only white space";
  return null;
}

/**
 * Shrinks a selection to exclude white space at its edges (a double-click often takes a
 * trailing space, a drag across paragraphs the blank line). Returns null if nothing is left.
 */
export function trimTextRange(text: string, { start, end }: TextRange): TextRange | null {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from]!)) from += 1;
  while (to > from && /\s/.test(text[to - 1]!)) to -= 1;
  return from < to ? { start: from, end: to } : null;
}
