import type { ChangeNotice } from "./change-notice";

/**
 * Who watches an assignment, as the policy decided when the stream opened: the class's teacher
 * (or an admin), who sees every student's progress and drafts; or a student after the reveal,
 * who sees the comparison of handed-in work.
 */
export type WatchScope = "class" | "classmates";

export type ChangeKind = ChangeNotice["k"];

/** One change as a viewer is told it: its kind, and whose work only for those who may review it. */
export interface VisibleChange {
  kind: ChangeKind;
  studentId?: string;
}

/**
 * What a change may tell this viewer, or null for nothing. A classmate learns only that
 * handed-in work came or went (the only change their comparison shows): not whose, and nothing
 * of drafts, not even that someone is working on one right now.
 */
export function visibleChange(scope: WatchScope, notice: ChangeNotice): VisibleChange | null {
  if (scope === "class") return { kind: notice.k, studentId: notice.s };
  return notice.k === "submission" ? { kind: "submission" } : null;
}
