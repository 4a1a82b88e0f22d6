import { explainAgreement, readAgreement, type AgreementReading } from "./agreement-reading";
import { findConsensus, type ConsensusSpan } from "./consensus";
import { findHotspots, type Hotspot } from "./hotspots";
import { keyDifferences, type KeyedSpan } from "./key-differences";
import { mergeOverlaps } from "./merge-overlaps";
import { segment, type Segment } from "./segment";
import { sentenceFleissKappa } from "./sentence-fleiss-kappa";
import { labelledSpanScores, type SpanScores } from "./span-scores";
import { unitizingAlpha } from "./unitizing-alpha";

/** One reader's work: who (an opaque id) and their tagged spans. */
export interface Reading {
  reader: string;
  spans: KeyedSpan[];
}

export interface CompareInput {
  text: string;
  /** The assignment's tag ids, in its order. */
  tags: string[];
  readings: Reading[];
  /** The teacher's answer key, when there is one and the viewer may be scored against it. */
  key: KeyedSpan[] | null;
  /** Show segments, consensus and hotspots for this tag only (agreement always covers every tag). */
  tag: string | null;
  /** Share of readers (0.5–1) who must agree for a passage to count as consensus. */
  consensusShare: number;
}

export interface Agreement {
  unitizingAlpha: number | null;
  reading: AgreementReading | null;
  explanation: string;
}

export interface ReaderScore extends SpanScores {
  reader: string;
  byTag: Record<string, SpanScores>;
  missed: string[];
  added: string[];
}

export interface Comparison {
  readers: number;
  agreement: {
    overall: Agreement & { sentenceFleissKappa: number | null; sentenceReading: AgreementReading | null; sentences: number };
    byTag: Record<string, Agreement>;
  };
  segments: Segment[];
  consensus: ConsensusSpan[];
  hotspots: Hotspot[];
  scores: ReaderScore[] | null;
}

/** Everything the Compare tab shows, from every reader's spans: pure, so it is benchmarked and tested without a database. */
export function compareReadings(input: CompareInput): Comparison {
  const { text, tags, readings } = input;
  const readers = readings.length;
  const all = readings.flatMap(({ reader, spans }) => spans.map(({ start, end, tag }) => ({ reader, tag, start, end })));
  const everySegment = segment(all);
  const shown = input.tag === null ? everySegment : segment(all.filter((span) => span.tag === input.tag));
  const hotspots = findHotspots(text, everySegment, readers).filter((spot) => input.tag === null || (spot.split[input.tag] ?? 0) > 0);

  const alpha = unitizingAlpha({
    begin: 0,
    length: text.length,
    raters: readings.map((r) => r.reader),
    categories: tags,
    units: readings.flatMap(({ reader, spans }) =>
      [...byTag(spans)].flatMap(([tag, ofTag]) => mergeOverlaps(ofTag).map(({ start, end }) => ({ rater: reader, category: tag, start, length: end - start }))),
    ),
  });
  const kappa = sentenceFleissKappa(text, readings, tags);
  const agreementOf = (value: number | null): Agreement => ({ unitizingAlpha: value, reading: readAgreement(value), explanation: explainAgreement(value, readers) });

  return {
    readers,
    agreement: {
      overall: { ...agreementOf(alpha.overall), sentenceFleissKappa: kappa.value, sentenceReading: readAgreement(kappa.value), sentences: kappa.sentences },
      byTag: Object.fromEntries(tags.map((tag) => [tag, agreementOf(alpha.byCategory[tag] ?? null)])),
    },
    segments: shown,
    consensus: findConsensus(text, shown, readers, input.consensusShare),
    hotspots,
    scores: input.key === null ? null : scoresAgainstKey(readings, input.key, tags),
  };
}

function scoresAgainstKey(readings: Reading[], key: KeyedSpan[], tags: string[]): ReaderScore[] {
  return readings.map(({ reader, spans }) => {
    const { overall, byTag } = labelledSpanScores(spans, key, tags);
    return { reader, ...overall, byTag, ...keyDifferences(spans, key) };
  });
}

/** Spans grouped by tag, in one pass. */
function byTag<T extends { tag: string }>(spans: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const span of spans) {
    const group = groups.get(span.tag);
    if (group) group.push(span);
    else groups.set(span.tag, [span]);
  }
  return groups;
}
