"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import type { TagDefinition } from "@/lib/annotations/tags";
import type { ComparisonDto } from "@/lib/classes/comparison-schemas";
import { TagBadge } from "@/components/reader/TagBadge";
import { VERDICT_LABEL } from "@/components/reader/VerdictBadge";
import { verdictForAddedSpan } from "./added-span-verdict";
import { appendCommentLine, missedLine } from "./comment-lines";
import { shortPassage } from "./compare-words";
import { appendToOverallComment, markHighlight } from "./key-feedback-actions";
import { KeyDifferenceAction } from "./KeyDifferenceAction";
import type { StudentScore } from "./score-sorting";
import { studentKeyDifferences } from "./student-key-differences";
import { useStudentFeedback } from "./use-student-feedback";

interface StudentKeyDifferencesProps {
  assignmentId: string;
  comparison: Pick<ComparisonDto, "key" | "readings">;
  students: StudentScore[];
  tags: TagDefinition[];
  /** Runs each save after the one before, so two clicks never both rewrite the same old comment. */
  enqueue<T>(task: () => Promise<T>): Promise<T>;
}

/** Per student, what they missed of the key and what they added to it, each a click away from feedback. */
export function StudentKeyDifferences({ students, ...shared }: StudentKeyDifferencesProps) {
  return (
    <section aria-labelledby="key-differences-heading" className="key-differences">
      <h4 id="key-differences-heading">What each student missed and added</h4>
      <p className="muted">
        Open a student to add what they missed to their overall comment, or to mark highlights the key does not have. They see it once you
        return their work on the Review tab.
      </p>
      <ul className="key-differences__students">
        {students.map((student) => (
          <li key={student.id}>
            <StudentDifferences student={student} {...shared} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function StudentDifferences({ assignmentId, comparison, student, tags, enqueue }: Omit<StudentKeyDifferencesProps, "students"> & { student: StudentScore }) {
  const [open, setOpen] = useState(false);
  const { missed, added } = useMemo(() => studentKeyDifferences(comparison, student), [comparison, student]);
  const feedback = useStudentFeedback(assignmentId, student.id, open);
  const saved = feedback?.ok ? feedback.value : null;
  const tagOf = new Map(tags.map((tag) => [tag.id, tag]));
  const tagLabel = (id: string) => tagOf.get(id)?.label ?? id;
  const badge = (id: string) => (tagOf.get(id) ? <TagBadge tag={tagOf.get(id)!} /> : id);
  const keySize = comparison.key?.length ?? 0;

  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {student.name}: missed {missed.length} of {keySize}, added {added.length}
      </summary>
      <div className="key-differences__body">
        {feedback && !feedback.ok && <p className="form-error">Could not check what you have already done: {feedback.message}</p>}

        <h5>Missed: in the key, not tagged the same by {student.name}</h5>
        {missed.length === 0 ? (
          <p>Nothing missed.</p>
        ) : (
          <ul className="key-difference-list">
            {missed.map((span) => {
              const line = missedLine(span.exact, tagLabel(span.tag));
              const inComment = saved !== null && !appendCommentLine(saved.comment, line).appended;
              return (
                <li key={span.id}>
                  {badge(span.tag)} <q>{shortPassage(span.exact)}</q>
                  <KeyDifferenceAction
                    label="Add to overall comment"
                    doneLabel="Added"
                    context={`“${shortPassage(span.exact, 60)}”`}
                    alreadyDone={inComment ? "Already in the overall comment." : null}
                    run={() => enqueue(() => appendToOverallComment(assignmentId, student.id, line))}
                  />
                </li>
              );
            })}
          </ul>
        )}

        <h5>Added: tagged by {student.name}, not in the key</h5>
        {added.length === 0 ? (
          <p>Nothing added.</p>
        ) : (
          <ul className="key-difference-list">
            {added.map((span) => {
              const { verdict, comment, action } = verdictForAddedSpan(span, tagLabel);
              const given = saved?.byHighlight.get(span.id) ?? null;
              const done = given !== null && given.verdict === verdict && !appendCommentLine(given.comment, comment).appended;
              return (
                <li key={span.id}>
                  {badge(span.tag)} <q>{shortPassage(span.exact)}</q>
                  {span.keyTags.length > 0 && <span className="muted"> (the key: {span.keyTags.map(tagLabel).join(", ")})</span>}
                  {given && !done && <span className="muted"> Your verdict now: {VERDICT_LABEL[given.verdict]}.</span>}
                  <KeyDifferenceAction
                    label={action}
                    doneLabel="Marked"
                    context={`“${shortPassage(span.exact, 60)}”`}
                    alreadyDone={done ? `Already marked ${VERDICT_LABEL[verdict]}.` : null}
                    run={() => enqueue(() => markHighlight(assignmentId, student.id, span.id, verdict, comment))}
                  />
                </li>
              );
            })}
          </ul>
        )}
        <p>
          <Link href={`/assignments/${assignmentId}?view=review&student=${student.id}`} prefetch={false}>
            Review {student.name}’s work
          </Link>
        </p>
      </div>
    </details>
  );
}
