import type { ComparisonDto } from "@/lib/classes/comparison-schemas";
import type { StudentScore } from "./score-sorting";

export type ComparedSpan = ComparisonDto["readings"][number]["spans"][number];

/** A span the student tagged that the key does not have with that tag. */
export interface AddedSpan extends ComparedSpan {
  /** Tags the key gives to passages this span overlaps: the student found the words but tagged them otherwise. */
  keyTags: string[];
}

export interface StudentKeyDifferences {
  /** Key spans the student did not tag with the same tag, in text order. */
  missed: ComparedSpan[];
  /** The student's spans the key does not have, in text order. */
  added: AddedSpan[];
}

const inTextOrder = (a: ComparedSpan, b: ComparedSpan) => a.start - b.start || a.end - b.end;
const overlaps = (a: ComparedSpan, b: ComparedSpan) => a.start < b.end && b.start < a.end;

/**
 * What one student missed of the key and added to it, as spans with their text and tag, from
 * the ids the compare API lists. An id the comparison holds no span for is left out rather
 * than shown blank.
 */
export function studentKeyDifferences(comparison: Pick<ComparisonDto, "key" | "readings">, student: Pick<StudentScore, "id" | "missed" | "added">): StudentKeyDifferences {
  const key = comparison.key ?? [];
  const missedIds = new Set(student.missed);
  const addedIds = new Set(student.added);
  const spans = comparison.readings.find((reading) => reading.reader.id === student.id)?.spans ?? [];
  return {
    missed: key.filter((span) => missedIds.has(span.id)).sort(inTextOrder),
    added: spans
      .filter((span) => addedIds.has(span.id))
      .sort(inTextOrder)
      .map((span) => ({ ...span, keyTags: [...new Set(key.filter((k) => overlaps(k, span)).map((k) => k.tag))] })),
  };
}
