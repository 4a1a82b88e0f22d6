import type { ProgressState } from "./progress-state";

interface ReviewRow {
  student: { id: string; name: string };
  state: ProgressState["state"];
}

export interface ReviewTurns<Row> {
  chosen: Row;
  previous: Row | null;
  next: Row | null;
}

/** A student who has highlighted or handed in something: one who has not started has nothing to review. */
const hasWork = (row: ReviewRow) => row.state !== "not_started";

/**
 * Which student the Review tab shows, and who comes before and after, in the progress table's
 * order. Without a choice it opens on the first student waiting for feedback (handed in, not
 * returned), else the first returned, else the first with any work, else the first of all.
 */
export function reviewTurns<Row extends ReviewRow>(rows: readonly [Row, ...Row[]], requestedStudentId: string | undefined): ReviewTurns<Row> {
  const chosen =
    rows.find((r) => r.student.id === requestedStudentId) ??
    rows.find((r) => r.state === "submitted") ??
    rows.find((r) => r.state === "returned") ??
    rows.find(hasWork) ??
    rows[0];
  const at = rows.indexOf(chosen);
  return {
    chosen,
    previous: rows.slice(0, at).findLast(hasWork) ?? null,
    next: rows.slice(at + 1).find(hasWork) ?? null,
  };
}
