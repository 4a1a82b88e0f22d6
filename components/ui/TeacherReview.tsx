import { ReviewReader } from "@/components/reader/ReviewReader";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import type { Actor } from "@/lib/auth/actor";
import type { AssignmentDetail } from "@/lib/classes/get-assignment";
import { listAssignmentStudents } from "@/lib/classes/list-assignment-students";
import { StudentPicker } from "./StudentPicker";

interface TeacherReviewProps {
  actor: Actor;
  assignment: AssignmentDetail;
  requestedStudentId: string | string[] | undefined;
}

/** The teacher's view of an assignment: the roster, and the chosen student's highlights over the article. */
export async function TeacherReview({ actor, assignment, requestedStudentId }: TeacherReviewProps) {
  const students = await listAssignmentStudents(actor, assignment.id);
  if (students.length === 0) return <p>No students have joined this class yet.</p>;
  const student =
    students.find((s) => s.id === requestedStudentId) ?? students.find((s) => s.annotationCount > 0) ?? students[0]!;
  const annotations = await listAnnotations(actor, assignment.id, { student: student.id });
  return (
    <div className="review">
      <StudentPicker assignmentId={assignment.id} students={students} selectedId={student.id} />
      <ReviewReader
        key={student.id}
        articleTitle={assignment.article.title}
        text={assignment.article.text}
        tags={assignment.tags}
        annotations={annotations}
        studentName={student.name}
      />
    </div>
  );
}
