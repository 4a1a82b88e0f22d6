"use client";

import { useId, useState } from "react";
import type { AnnotationVerdict } from "./annotation-sync";
import { EditedAfterFeedbackMark, VERDICT_LABEL } from "./VerdictBadge";

interface VerdictEditorProps {
  feedback: AnnotationVerdict | null | undefined;
  /** The student changed the highlight after this verdict; saving a verdict again clears it. */
  editedAfterFeedback: boolean;
  /** Resolves to an error message, or null when saved. */
  onSave(verdict: AnnotationVerdict): Promise<string | null>;
}

/** The teacher's verdict on one highlight (agree, partly, disagree) with an optional comment. */
export function VerdictEditor({ feedback, editedAfterFeedback, onSave }: VerdictEditorProps) {
  const id = useId();
  const [edited, setEdited] = useState(editedAfterFeedback);
  const [verdict, setVerdict] = useState<AnnotationVerdict["verdict"] | null>(feedback?.verdict ?? null);
  const [comment, setComment] = useState(feedback?.comment ?? "");
  const [status, setStatus] = useState<{ kind: "error" | "done"; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <form
      className="verdict-editor"
      onSubmit={async (event) => {
        event.preventDefault();
        if (!verdict || pending) return;
        setPending(true);
        const error = await onSave({ verdict, comment: comment.trim() === "" ? null : comment });
        setPending(false);
        setStatus(error ? { kind: "error", text: error } : { kind: "done", text: "Verdict saved." });
        if (!error) setEdited(false);
      }}
    >
      {edited && (
        <p className="edited-after-feedback">
          <EditedAfterFeedbackMark /> The student changed the tag or note after your verdict: check it still fits.
        </p>
      )}
      <fieldset className="tag-choice">
        <legend>Your verdict</legend>
        {(Object.keys(VERDICT_LABEL) as AnnotationVerdict["verdict"][]).map((option) => (
          <label key={option}>
            <input type="radio" name={`${id}-verdict`} checked={verdict === option} onChange={() => setVerdict(option)} /> {VERDICT_LABEL[option]}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-comment`}>Comment for the student</label>
      <textarea id={`${id}-comment`} rows={2} maxLength={4000} value={comment} onChange={(event) => setComment(event.target.value)} />
      <div className="note-editor__footer">
        <span aria-live="polite" className={status?.kind === "error" ? "field-error" : "muted"}>
          {status?.text}
        </span>
        {/* aria-disabled while saving, so the focus stays on the button rather than falling to the page. */}
        <button type="submit" aria-disabled={pending || !verdict}>
          Save verdict
        </button>
      </div>
    </form>
  );
}
