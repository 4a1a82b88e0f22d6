import { OrphanedAnnotations } from "@/components/reader/OrphanedAnnotations";
import { ReviewReader } from "@/components/reader/ReviewReader";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import type { Actor } from "@/lib/auth/actor";
import type { AssignmentDetail } from "@/lib/classes/get-assignment";
import { getAssignmentProgress } from "@/lib/classes/get-assignment-progress";
import { getStudentSubmission } from "@/lib/classes/get-student-submission";
import { getTeacherAssignmentFacts } from "@/lib/classes/get-teacher-assignment-facts";
import { reviewTurns } from "@/lib/classes/review-turns";
import { DeletedHighlights } from "@/components/assignments/DeletedHighlights";
import { JoinCodeHint } from "@/components/classes/JoinCodeHint";
import { ReviewHeader } from "@/components/review/ReviewHeader";
import { StudentPicker } from "@/components/review/StudentPicker";
import { SubmissionFeedbackForm } from "@/components/assignments/teacher-only-views";

interface TeacherReviewProps {
  actor: Actor;
  assignment: AssignmentDetail;
  requestedStudentId: string | undefined;
}

/** One student's work over the article, with a verdict per highlight and overall feedback. */
export async function TeacherReview({ actor, assignment, requestedStudentId }: TeacherReviewProps) {
  const rows = await getAssignmentProgress(actor, assignment.id);
  const [first, ...others] = rows;
  if (!first) return <JoinCodeHint joinCode={(await getTeacherAssignmentFacts(actor, assignment.id)).joinCode} />;
  const { chosen, previous, next } = reviewTurns([first, ...others], requestedStudentId);
  const [annotations, orphans, submission] = await Promise.all([
    listAnnotations(actor, assignment.id, { student: chosen.student.id }),
    listAnnotations(actor, assignment.id, { student: chosen.student.id, orphaned: true }),
    getStudentSubmission(actor, assignment.id, chosen.student.id),
  ]);
  const deleted = annotations.filter((a) => a.deletedAt);
  return (
    <div className="review">
      <StudentPicker
        assignmentId={assignment.id}
        students={rows.map((r) => ({ id: r.student.id, name: r.student.name, annotationCount: r.state === "not_started" ? 0 : r.annotationCount }))}
        selectedId={chosen.student.id}
      />
      <div>
        <ReviewHeader assignmentId={assignment.id} student={chosen.student} previous={previous?.student ?? null} next={next?.student ?? null} />
        <ReviewReader
          key={`reader-${chosen.student.id}`}
          articleTitle={assignment.article.title}
          text={assignment.article.text}
          blocks={assignment.article.blocks}
          tags={assignment.tags}
          annotations={annotations.filter((a) => !a.deletedAt)}
          listHeading={`${chosen.student.name}’s highlights`}
          emptyMessage={`${chosen.student.name} has not highlighted anything yet.`}
          canGiveVerdicts
          aside={<OrphanedAnnotations annotations={orphans} tags={assignment.tags} ownerName={chosen.student.name} />}
        />
        <DeletedHighlights studentName={chosen.student.name} annotations={deleted} tags={assignment.tags} />
        {/* After the article: the overall comment is written once the work has been read. */}
        <SubmissionFeedbackForm key={chosen.student.id} assignmentId={assignment.id} student={chosen.student} submission={submission} scoreOutOf={assignment.scoreOutOf} />
      </div>
    </div>
  );
}
