"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { SubmissionDto } from "@/lib/classes/submission-schemas";
import { LocalTime } from "@/components/time/LocalTime";
import { callApi } from "./api-client";
import { ActionMessage, type ActionMessageState } from "./ActionMessage";

interface SubmissionFeedbackFormProps {
  assignmentId: string;
  student: { id: string; name: string };
  submission: SubmissionDto;
}

/** The teacher's overall comment and score for one student, and returning the work to them. */
export function SubmissionFeedbackForm({ assignmentId, student, submission }: SubmissionFeedbackFormProps) {
  const router = useRouter();
  const [message, setMessage] = useState<ActionMessageState>(null);
  const [pending, setPending] = useState(false);
  const url = `/api/assignments/${assignmentId}/submissions/${student.id}/feedback`;

  const save = async (body: Record<string, unknown>, done: string) => {
    setPending(true);
    const outcome = await callApi<SubmissionDto>("PUT", url, body);
    setPending(false);
    setMessage(outcome.ok ? { kind: "done", text: done } : { kind: "error", text: outcome.message });
    if (outcome.ok) router.refresh();
  };

  const submitted = submission.status === "SUBMITTED";
  return (
    <form
      className="stack-form feedback-form"
      aria-labelledby="overall-heading"
      onSubmit={(event) => {
        event.preventDefault();
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
      </p>
      <ActionMessage message={message} />
      <label htmlFor="overall-comment">Comment</label>
      <textarea id="overall-comment" name="comment" rows={4} maxLength={4000} defaultValue={submission.feedback?.comment ?? ""} />
      <label htmlFor="overall-score">Score (optional)</label>
      <input id="overall-score" name="score" type="number" min={0} max={1000} step="any" defaultValue={submission.feedback?.score ?? ""} />
      <label className="radio-line">
        <input type="checkbox" name="locked" defaultChecked={submission.locked} /> Lock: the student cannot take it back
      </label>
      <div className="dialog-buttons">
        <button type="submit" name="intent" value="save" disabled={pending}>
          Save feedback
        </button>
        {submission.returnedAt ? (
          <button type="submit" name="intent" value="take-back" disabled={pending}>
            Take back
          </button>
        ) : (
          <button type="submit" name="intent" value="return" className="primary-button" disabled={pending || !submitted}>
            Return to {student.name}
          </button>
        )}
      </div>
    </form>
  );
}
