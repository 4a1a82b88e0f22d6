"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { SubmissionDto } from "@/lib/classes/submission-schemas";
import { LocalTime } from "@/components/time/LocalTime";
import { formatScore } from "@/lib/text/format-score";
import { callApi } from "@/components/api-client";
import { ActionMessage, type ActionMessageState } from "@/components/ui/ActionMessage";
import { Button } from "@/components/ui/Button";

interface SubmissionFeedbackFormProps {
  assignmentId: string;
  student: { id: string; name: string };
  submission: SubmissionDto;
  /** What scores on this assignment are out of (null: no scale). */
  scoreOutOf: number | null;
}

/** The teacher's overall comment and score for one student, and returning the work to them. */
export function SubmissionFeedbackForm({ assignmentId, student, submission, scoreOutOf }: SubmissionFeedbackFormProps) {
  const router = useRouter();
  const [message, setMessage] = useState<ActionMessageState>(null);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(submission.feedback);
  // The comment as last read from the server: a save made on it is refused if another tab changed it since.
  const [loadedComment, setLoadedComment] = useState(submission.feedback?.comment ?? null);
  const url = `/api/assignments/${assignmentId}/submissions/${student.id}/feedback`;

  const save = async (body: Record<string, unknown>, done: string) => {
    setPending(true);
    const outcome = await callApi<SubmissionDto>("PUT", url, { ...body, expectedComment: loadedComment });
    setPending(false);
    if (outcome.ok) {
      setMessage({ kind: "done", text: done });
      setSaved(outcome.value.feedback);
      setLoadedComment(outcome.value.feedback?.comment ?? null);
      router.refresh();
      return;
    }
    const stored = storedComment(outcome.details);
    if (stored === undefined) return setMessage({ kind: "error", text: outcome.message });
    setLoadedComment(stored);
    setMessage({
      kind: "error",
      text: `${outcome.message} It now reads: “${stored ?? ""}”. Save again to replace it with what is in the box.`,
    });
  };

  const submitted = submission.status === "SUBMITTED";
  return (
    <form
      className="stack-form feedback-form"
      aria-labelledby="overall-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (pending) return;
        const data = new FormData(event.currentTarget);
        const score = String(data.get("score") ?? "").trim();
        const intent = (event.nativeEvent as SubmitEvent).submitter?.getAttribute("value");
        const feedback = { comment: String(data.get("comment") ?? ""), score: score === "" ? null : Number(score), locked: data.get("locked") === "on" };
        // Returning saves what is in the form too, so nothing typed is lost.
        if (intent === "return") void save({ ...feedback, returned: true }, `Returned to ${student.name}.`);
        else if (intent === "take-back") void save({ ...feedback, returned: false }, "Taken back from the student.");
        else void save(feedback, "Feedback saved.");
      }}
    >
      <h2 id="overall-heading">Overall feedback for {student.name}</h2>
      <p className="muted">
        {submitted ? `Submitted${submission.late ? " late" : ""}.` : "Not submitted yet: you can write feedback, and return it once they submit."}
        {submission.returnedAt && " Returned: the student sees your verdicts and comments."}
        {submission.classmatesSeenAt &&
          <> Saw classmates’ highlights <LocalTime iso={submission.classmatesSeenAt} />, so they can no longer take it back.</>}
        {saved?.score != null && ` Score: ${formatScore(saved.score, scoreOutOf)}.`}
      </p>
      <ActionMessage message={message} />
      <label htmlFor="overall-comment">Comment</label>
      <textarea id="overall-comment" name="comment" rows={4} maxLength={4000} defaultValue={submission.feedback?.comment ?? ""} />
      <label htmlFor="overall-score">Score (optional)</label>
      <span className="score-field">
        <input
          id="overall-score"
          name="score"
          type="number"
          min={0}
          max={scoreOutOf ?? 1000}
          step="any"
          defaultValue={submission.feedback?.score ?? ""}
          aria-describedby={scoreOutOf === null ? undefined : "overall-score-scale"}
        />
        {scoreOutOf !== null && <span id="overall-score-scale">/ {scoreOutOf}</span>}
      </span>
      <label className="radio-line">
        <input type="checkbox" name="locked" defaultChecked={submission.locked} /> Lock: the student cannot take it back
      </label>
      {/* aria-disabled while saving: a disabled button would drop the teacher's focus to the page. Return and
          Take back share one element (same place, same type), so the focus stays on it when one becomes the other. */}
      <div className="dialog-buttons">
        <button type="submit" name="intent" value="save" aria-disabled={pending}>
          Save feedback
        </button>
        {submission.returnedAt ? (
          <button type="submit" name="intent" value="take-back" aria-disabled={pending}>
            Take back
          </button>
        ) : (
          <Button variant="primary" type="submit" name="intent" value="return" disabled={!submitted} aria-disabled={pending}>
            Return to {student.name}
          </Button>
        )}
      </div>
    </form>
  );
}

/** The stored comment an edit conflict answers with; undefined for any other refusal. */
function storedComment(details: unknown): string | null | undefined {
  if (typeof details !== "object" || details === null || !("current" in details)) return undefined;
  const current = (details as { current: unknown }).current;
  if (typeof current !== "object" || current === null || !("comment" in current)) return undefined;
  const comment = (current as { comment: unknown }).comment;
  return typeof comment === "string" || comment === null ? comment : undefined;
}
