import type { Segment } from "./segment";

export interface ConsensusSpan {
  start: number;
  end: number;
  exact: string;
  tag: string;
  /** The smallest share of readers who gave this tag anywhere along the span. */
  share: number;
}

/**
 * Passages that at least `minShare` of the readers tagged the same way: for each tag, the
 * runs of adjacent segments where enough readers gave it. A passage can be consensus for
 * two tags (a quote that is also loaded language).
 */
export function findConsensus(text: string, segments: readonly Segment[], readers: number, minShare: number): ConsensusSpan[] {
  if (readers < 1) return [];
  const found: ConsensusSpan[] = [];
  const open = new Map<string, ConsensusSpan>();
  let previousEnd = -1;
  for (const seg of segments) {
    const contiguous = seg.start === previousEnd;
    for (const [tag, span] of open) {
      const share = (seg.counts[tag] ?? 0) / readers;
      if (contiguous && meets(share, minShare)) {
        span.end = seg.end;
        span.share = Math.min(span.share, share);
      } else {
        found.push(span);
        open.delete(tag);
      }
    }
    for (const [tag, count] of Object.entries(seg.counts)) {
      if (!open.has(tag) && meets(count / readers, minShare)) open.set(tag, { start: seg.start, end: seg.end, exact: "", tag, share: count / readers });
    }
    previousEnd = seg.end;
  }
  found.push(...open.values());
  return found
    .map((span) => ({ ...span, exact: text.slice(span.start, span.end), share: Math.round(span.share * 1000) / 1000 }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.tag.localeCompare(b.tag));
}

// Only floating-point noise is forgiven: 2 readers of 3 meet a threshold of 2/3 however it was computed.
const meets = (share: number, minShare: number) => share + 1e-9 >= minShare;
