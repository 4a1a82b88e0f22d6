import type { Segment } from "./segment";

/**
 * How much the class split on one stretch, from 0 (everyone tagged it the same, or nobody
 * did) to 1: the share of pairs of readers who disagree, where two readers who gave it
 * different tags disagree fully and a reader who tagged it against one who did not counts
 * half. "Half" because leaving a phrase untagged is often an omission rather than a
 * judgement; a split between opinion and factual claim is the better discussion starter.
 * Pairs that share a tag agree; a reader who gave two tags is counted as one reader.
 */
export function disagreementScore(segment: Pick<Segment, "counts" | "covering">, readers: number): number {
  if (readers < 2) return 0;
  const { covering } = segment;
  const untagged = Math.max(0, readers - covering);
  const pairs = (n: number) => (n * (n - 1)) / 2;
  // Among readers who tagged it, the pairs who do not share a tag. Exact when each reader
  // gave it one tag; with multi-tagged readers it is a lower bound, hence the floor at 0.
  const sharingTag = Object.values(segment.counts).reduce((sum, n) => sum + pairs(n), 0);
  const splitByTag = Math.max(0, pairs(covering) - sharingTag);
  const score = (splitByTag + 0.5 * covering * untagged) / pairs(readers);
  return Math.min(1, score);
}
