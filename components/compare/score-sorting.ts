import type { ComparisonDto } from "@/lib/classes/comparison-schemas";

/** One student's scores against the answer key, as the compare API gives them to the teacher. */
export type StudentScore = NonNullable<ComparisonDto["students"]>[number];

export type Measure = "precision" | "recall" | "f1";
export const MEASURES: readonly Measure[] = ["precision", "recall", "f1"];

/** A column of the scores table: the student's name, or one measure over every tag (`scope` null) or for one tag. */
export type SortKey = { kind: "name" } | { kind: "score"; scope: string | null; measure: Measure };
export type SortDirection = "ascending" | "descending";
export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

/** The best match to the key first: what a teacher looks for first. */
export const DEFAULT_SORT: SortState = { key: { kind: "score", scope: null, measure: "f1" }, direction: "descending" };

export const sameSortKey = (a: SortKey, b: SortKey): boolean =>
  a.kind === "name" ? b.kind === "name" : b.kind === "score" && a.scope === b.scope && a.measure === b.measure;

/** A student's score in one column; undefined when the API has none for that tag. */
export function scoreOf(student: StudentScore, scope: string | null, measure: Measure): number | undefined {
  return scope === null ? student[measure] : student.byTag[scope]?.[measure];
}

// A fixed locale, so the server's first render and the browser's agree on the order.
const byName = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/**
 * The students in the order of one column. Ties, and the other direction's ties, fall back to
 * name order and then id, so the order never depends on the order the rows arrived in; a
 * missing score sorts last whichever way.
 */
export function sortStudents(students: readonly StudentScore[], sort: SortState): StudentScore[] {
  const sign = sort.direction === "ascending" ? 1 : -1;
  const tieBreak = (a: StudentScore, b: StudentScore) => byName.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const { key } = sort;
  if (key.kind === "name") return [...students].sort((a, b) => sign * tieBreak(a, b));
  return [...students].sort((a, b) => {
    const x = scoreOf(a, key.scope, key.measure);
    const y = scoreOf(b, key.scope, key.measure);
    if (x === undefined || y === undefined) return x === y ? tieBreak(a, b) : x === undefined ? 1 : -1;
    return sign * (x - y) || tieBreak(a, b);
  });
}

/** Pressing a column's sort button: the same column turns round; a new one starts highest first (names A to Z). */
export function nextSort(current: SortState, pressed: SortKey): SortState {
  if (sameSortKey(current.key, pressed)) return { key: pressed, direction: current.direction === "ascending" ? "descending" : "ascending" };
  return { key: pressed, direction: pressed.kind === "name" ? "ascending" : "descending" };
}

/** aria-sort for a column header: set on the sorted column only. */
export const ariaSortFor = (sort: SortState, key: SortKey): SortDirection | undefined => (sameSortKey(sort.key, key) ? sort.direction : undefined);
