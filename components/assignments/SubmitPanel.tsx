"use client";

import { useEffect, useRef, useState } from "react";
import type { TagDefinition } from "@/lib/annotations/tags";
import type { DraftSummary } from "@/lib/classes/draft-summary";
import type { SubmissionDto } from "@/lib/classes/submission-schemas";
import { LocalTime } from "@/components/time/LocalTime";
import { callApi } from "@/components/api-client";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";

interface SubmitPanelProps {
  assignmentId: string;
  tags: TagDefinition[];
  submission: SubmissionDto;
  /** Counted from the highlights on screen, which may be newer than `submission`. */
  draft: DraftSummary;
  /** Changes still on their way to the server: submitting waits for them. */
  unsavedChanges: boolean;
  archived: boolean;
  /** AFTER_SUBMIT: seeing classmates' highlights makes the submission final, and the confirmation says so. */
  seeingClassmatesIsFinal: boolean;
  onChange(submission: SubmissionDto): void;
  /** Takes the student to a highlight in the text and opens it (to write the note it needs). */
  onShowHighlight(annotationId: string): void;
}

/**
 * Where a student hands in their work: a confirmation that counts their highlights per
 * tag (and says which still need a note), and taking it back while that is allowed.
 */
export function SubmitPanel({ assignmentId, tags, submission, draft, unsavedChanges, archived, seeingClassmatesIsFinal, onChange, onShowHighlight }: SubmitPanelProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  /** Set by this panel's own submit or take-back: the control it used is gone, so focus goes to what replaced it. */
  const changedHere = useRef(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!changedHere.current) return;
    changedHere.current = false;
    (submission.status === "SUBMITTED" ? statusRef.current : submitRef.current)?.focus();
  }, [submission.status]);
  const total = Object.values(draft.counts).reduce((sum, n) => sum + n, 0);
  const labelOf = (id: string) => tags.find((t) => t.id === id)?.label ?? id;

  const call = async (path: "submit" | "unsubmit") => {
    setPending(true);
    setError(null);
    const outcome = await callApi<SubmissionDto>("POST", `/api/assignments/${assignmentId}/${path}`);
    setPending(false);
    dialogRef.current?.close();
    changedHere.current = outcome.ok;
    if (outcome.ok) onChange(outcome.value);
    else setError(outcome.message);
  };

  if (submission.status === "SUBMITTED") {
    return (
      <section className="submit-panel" aria-label="Submission">
        <p role="status" ref={statusRef} tabIndex={-1}>
          {submission.returnedAt
            ? <>Returned with feedback <LocalTime iso={submission.returnedAt} />.</>
            : <>Submitted <LocalTime iso={submission.submittedAt!} />{submission.late && " (late)"}. Your teacher can now review it.</>}
        </p>
        {submission.classmatesSeenAt && !submission.returnedAt && (
          <p className="muted">You have seen classmates’ highlights, so this work can no longer be taken back.</p>
        )}
        {submission.canUnsubmit && (
          <button type="button" aria-disabled={pending} onClick={() => {
            if (!pending) void call("unsubmit");
          }}
        >
            Take it back to change it
          </button>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </section>
    );
  }

  return (
    <section className="submit-panel" aria-label="Submission">
      <p>
        {total === 0 ? "Not started." : `Draft: ${total} ${total === 1 ? "highlight" : "highlights"}.`}{" "}
        {unsavedChanges && <span className="muted">Waiting for your last changes to save…</span>}
      </p>
      <Button
        ref={submitRef}
        variant="primary"
        disabled={archived || unsavedChanges}
        onClick={() => {
          setError(null);
          dialogRef.current?.showModal();
        }}
      >
        Submit…
      </Button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <Dialog
        ref={dialogRef}
        title="Submit your highlights?"
        actions={
          <>
            <Button variant="primary" disabled={pending || total === 0 || draft.missingNotes.length > 0} onClick={() => void call("submit")}>
              Submit now
            </Button>
            <Button onClick={() => dialogRef.current?.close()}>Not yet</Button>
          </>
        }
      >
        <ul>
          {Object.entries(draft.counts).map(([tag, count]) => (
            <li key={tag}>
              {labelOf(tag)}: {count}
            </li>
          ))}
        </ul>
        {draft.missingNotes.length > 0 ? (
          <div className="form-error" role="alert">
            <p>These highlights need a note before you can submit. Choose one to go to it and write its note:</p>
            <ul>
              {draft.missingNotes.map((missing) => (
                <li key={missing.annotationId}>
                  {labelOf(missing.tag)}:{" "}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      // Closed first: the modal gives focus back to "Submit…", then the opened highlight takes it.
                      dialogRef.current?.close();
                      onShowHighlight(missing.annotationId);
                    }}
                  >
                    “{missing.exact.slice(0, 80)}”
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : total === 0 ? (
          <p className="form-error" role="alert">
            Highlight at least one passage first.
          </p>
        ) : (
          <>
            <p>You can take it back to change it until the due date, unless your teacher locks it.</p>
            {seeingClassmatesIsFinal && (
              <p>
                <strong>Once you have seen classmates’ highlights you can no longer take your work back.</strong>
              </p>
            )}
          </>
        )}
      </Dialog>
    </section>
  );
}
