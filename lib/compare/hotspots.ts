import { disagreementScore } from "./disagreement";
import type { Segment } from "./segment";

export interface Hotspot {
  start: number;
  end: number;
  exact: string;
  /** Readers per tag, and `none`: readers who left it untagged. */
  split: Record<string, number>;
  score: number;
}

/** A stretch shorter than this (a shared comma, one overlapping letter) is not a discussion. */
const MIN_LETTERS = 3;

/**
 * Stretches where the class split, most divided first: runs of adjacent segments on which
 * the readers split the same way (identical counts), so a hotspot is a phrase, not a letter.
 * Ties go to the longer passage, then to the earlier one.
 */
export function findHotspots(text: string, segments: readonly Segment[], readers: number, limit = 50): Hotspot[] {
  const hotspots: Hotspot[] = [];
  for (let i = 0; i < segments.length; ) {
    const first = segments[i]!;
    let end = first.end;
    let j = i + 1;
    while (j < segments.length && segments[j]!.start === end && sameSplit(segments[j]!, first)) end = segments[j++]!.end;
    i = j;
    const score = disagreementScore(first, readers);
    const exact = text.slice(first.start, end);
    if (score <= 0 || letters(exact) < MIN_LETTERS) continue;
    hotspots.push({ start: first.start, end, exact, split: { ...first.counts, none: Math.max(0, readers - first.covering) }, score: round(score) });
  }
  return hotspots
    .sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start)
    .slice(0, limit);
}

function sameSplit(a: Segment, b: Segment): boolean {
  if (a.covering !== b.covering) return false;
  const keys = Object.keys(a.counts);
  return keys.length === Object.keys(b.counts).length && keys.every((tag) => a.counts[tag] === b.counts[tag]);
}

function letters(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
