import type { Comparison } from "@/lib/compare";
import { HEAT_LEVELS, heatLevel } from "@/lib/compare/heat-level";
import type { ExportModel } from "../export-model";
import type { ClassSummary, Heatmap, ReportTag } from "./report";
import { decimalText, percentText, shortPassage } from "./report-words";
import { cutIntoBlocks } from "./text-pieces";

/** How many disagreements a printed summary lists: the top ones are the discussion. */
const HOTSPOTS_LISTED = 10;

/** Agreement, consensus and the top disagreements of a class comparison, in words and numbers. */
export function classSummary(compare: Comparison, tags: readonly ReportTag[]): ClassSummary {
  const tagOf = new Map(tags.map((t) => [t.id, t]));
  const { overall, byTag } = compare.agreement;
  const reading = (value: string | null) => value ?? "not enough data";
  return {
    readers: compare.readers,
    explanation: overall.explanation,
    agreement: [
      { measure: "Highlights, all tags (unitizing α)", value: decimalText(overall.unitizingAlpha), reading: reading(overall.reading) },
      { measure: `Sentences (Fleiss’ κ over ${overall.sentences} sentences)`, value: decimalText(overall.sentenceFleissKappa), reading: reading(overall.sentenceReading) },
      ...tags.map((tag) => ({ measure: `${tag.label} (unitizing α)`, value: decimalText(byTag[tag.id]?.unitizingAlpha ?? null), reading: reading(byTag[tag.id]?.reading ?? null) })),
    ],
    consensus: compare.consensus.flatMap((span) => {
      const tag = tagOf.get(span.tag);
      return tag ? [{ tag, exact: shortPassage(span.exact), share: percentText(span.share) }] : [];
    }),
    hotspots: compare.hotspots.slice(0, HOTSPOTS_LISTED).map((spot) => ({
      exact: shortPassage(spot.exact),
      split: [
        ...tags.filter((t) => (spot.split[t.id] ?? 0) > 0).map((t) => ({ label: t.label, count: spot.split[t.id]!, tag: t })),
        ...((spot.split.none ?? 0) > 0 ? [{ label: "untagged", count: spot.split.none!, tag: null }] : []),
      ],
      disagreeing: `divided ${percentText(spot.score)}`,
    })),
    hotspotsTotal: compare.hotspots.length,
  };
}

/** The article shaded by the share of readers who tagged each stretch, on the app's five-step scale. */
export function heatmapOf(model: Pick<ExportModel, "article">, compare: Comparison): Heatmap {
  const readers = compare.readers;
  const ranges = compare.segments.map((s) => ({ start: s.start, end: s.end, value: { level: heatLevel(readers > 0 ? s.covering / readers : 0), covering: s.covering } }));
  const bound = (step: number) => Math.round((step / HEAT_LEVELS) * 100);
  return {
    readers,
    blocks: cutIntoBlocks(model.article.text, model.article.blocks, ranges),
    steps: Array.from({ length: HEAT_LEVELS }, (_, i) => i + 1).map((level) => ({
      level,
      label: level === 1 ? `up to ${bound(1)}%` : `${bound(level - 1) + 1}–${bound(level)}%`,
    })),
  };
}
