"use client";

import { useEffect, useRef, useState } from "react";
import type { AnnotationDto } from "@/lib/annotations/schemas";
import type { SubmissionDto } from "@/lib/classes/submission-schemas";
import { callApi } from "@/components/api-client";

export interface StudentFeedback {
  /** The overall comment as saved now. */
  comment: string | null;
  /** The verdict and comment on each of the student's highlights that has one, by highlight id. */
  byHighlight: Map<string, NonNullable<AnnotationDto["feedback"]>>;
}

/** null until read. */
export type StudentFeedbackState = { ok: true; value: StudentFeedback } | { ok: false; message: string } | null;

/**
 * The feedback the teacher has already given one student, read once when `active` first turns
 * true (the student's differences are opened), so the buttons can say what is already done.
 */
export function useStudentFeedback(assignmentId: string, studentId: string, active: boolean): StudentFeedbackState {
  const [result, setResult] = useState<StudentFeedbackState>(null);
  const requested = useRef(false);
  useEffect(() => {
    if (!active || requested.current) return;
    requested.current = true;
    void Promise.all([
      callApi<SubmissionDto>("GET", `/api/assignments/${assignmentId}/submissions/${studentId}`),
      callApi<AnnotationDto[]>("GET", `/api/assignments/${assignmentId}/annotations?student=${encodeURIComponent(studentId)}`),
    ]).then(([submission, annotations]) => {
      if (!submission.ok) return setResult({ ok: false, message: submission.message });
      if (!annotations.ok) return setResult({ ok: false, message: annotations.message });
      const byHighlight = new Map(annotations.value.flatMap((a) => (a.feedback ? [[a.id, a.feedback] as const] : [])));
      setResult({ ok: true, value: { comment: submission.value.feedback?.comment ?? null, byHighlight } });
    });
  }, [active, assignmentId, studentId]);
  return result;
}
