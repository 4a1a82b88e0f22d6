import type { AnnotationDto } from "@/lib/annotations/schemas";
import type { SubmissionDto } from "@/lib/classes/submission-schemas";
import { VERDICT_LABEL } from "@/components/reader/VerdictBadge";
import { callApi } from "@/components/api-client";
import { appendCommentLine, COMMENT_MAX_LENGTH } from "./comment-lines";

/** How a one-click action ended: the words to show beside its button. */
export type KeyActionOutcome = { ok: true; text: string } | { ok: false; text: string };

type Verdict = NonNullable<AnnotationDto["feedback"]>["verdict"];

const tooLong = (what: string): KeyActionOutcome => ({
  ok: false,
  text: `The ${what} would be longer than ${COMMENT_MAX_LENGTH} characters. Shorten it on the Review tab first; nothing was changed.`,
});

/**
 * Adds a line to the end of the student's overall comment. The comment is read afresh just
 * before writing, so whatever the teacher wrote (here, on the Review tab or in another tab)
 * is kept, and a line already there is not written twice. Only the comment is sent: the
 * score, lock and return state stay as they are.
 */
export async function appendToOverallComment(assignmentId: string, studentId: string, line: string): Promise<KeyActionOutcome> {
  const url = `/api/assignments/${assignmentId}/submissions/${studentId}`;
  const current = await callApi<SubmissionDto>("GET", url);
  if (!current.ok) return { ok: false, text: current.message };
  const { comment, appended } = appendCommentLine(current.value.feedback?.comment ?? null, line);
  if (!appended) return { ok: true, text: "Already in the overall comment." };
  if (comment.length > COMMENT_MAX_LENGTH) return tooLong("overall comment");
  // Sent with the comment it was built on, so a save from the Review tab in between is not lost.
  const saved = await callApi<SubmissionDto>("PUT", `${url}/feedback`, { comment, expectedComment: current.value.feedback?.comment ?? null });
  return saved.ok ? { ok: true, text: "Added to the overall comment." } : { ok: false, text: saved.message };
}

/**
 * Gives a verdict on one of the student's highlights, adding `line` to its comment. The
 * highlight's feedback is read afresh first: a comment the teacher already wrote is kept
 * (the line goes after it), and a verdict it replaces is named in the outcome.
 */
export async function markHighlight(assignmentId: string, studentId: string, annotationId: string, verdict: Verdict, line: string): Promise<KeyActionOutcome> {
  const list = await callApi<AnnotationDto[]>("GET", `/api/assignments/${assignmentId}/annotations?student=${encodeURIComponent(studentId)}`);
  if (!list.ok) return { ok: false, text: list.message };
  const annotation = list.value.find((a) => a.id === annotationId);
  if (!annotation || annotation.deletedAt) return { ok: false, text: "The student has deleted this highlight since the comparison was loaded." };
  const before = annotation.feedback ?? null;
  const { comment, appended } = appendCommentLine(before?.comment ?? null, line);
  if (before?.verdict === verdict && !appended) return { ok: true, text: `Already marked ${VERDICT_LABEL[verdict]}.` };
  if (comment.length > COMMENT_MAX_LENGTH) return tooLong("highlight's comment");
  const saved = await callApi<unknown>("PUT", `/api/annotations/${annotationId}/feedback`, { verdict, comment });
  if (!saved.ok) return { ok: false, text: saved.message };
  const replaced = before && before.verdict !== verdict ? ` (was ${VERDICT_LABEL[before.verdict]})` : "";
  return { ok: true, text: `Marked ${VERDICT_LABEL[verdict]}${replaced}${before?.comment ? "; your comment is kept" : ""}.` };
}
