export interface PlainSpan {
  start: number;
  end: number;
}

/**
 * One reader's spans of one tag with overlapping ones joined (touching ones stay apart), as
 * unitizing alpha requires: a reader who highlighted a phrase twice, or a sentence and a phrase
 * inside it with the same tag, marked that stretch once.
 */
export function mergeOverlaps<T extends PlainSpan>(spans: readonly T[]): PlainSpan[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: PlainSpan[] = [];
  for (const { start, end } of sorted) {
    const last = merged.at(-1);
    if (last && start < last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}
