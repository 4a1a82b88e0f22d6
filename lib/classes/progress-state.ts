export type ProgressState =
  | { state: "not_started" }
  | { state: "in_progress"; annotationCount: number }
  | { state: "submitted"; annotationCount: number; submittedAt: string; late: boolean }
  | { state: "returned"; annotationCount: number; submittedAt: string | null; late: boolean; returnedAt: string };

interface SubmissionFacts {
  status: "DRAFT" | "SUBMITTED";
  submittedAt: Date | null;
  returnedAt: Date | null;
}

/** Where a student is with an assignment, as the progress table and dashboard show it. */
export function progressStateOf(submission: SubmissionFacts | null, annotationCount: number, dueAt: Date | null): ProgressState {
  const late = Boolean(submission?.submittedAt && dueAt && submission.submittedAt > dueAt);
  if (submission?.returnedAt) {
    return {
      state: "returned",
      annotationCount,
      submittedAt: submission.submittedAt?.toISOString() ?? null,
      late,
      returnedAt: submission.returnedAt.toISOString(),
    };
  }
  if (submission?.status === "SUBMITTED" && submission.submittedAt) {
    return { state: "submitted", annotationCount, submittedAt: submission.submittedAt.toISOString(), late };
  }
  return annotationCount > 0 ? { state: "in_progress", annotationCount } : { state: "not_started" };
}
