import Link from "next/link";
import { ArrivalHeading } from "@/components/ui/ArrivalHeading";

interface Student {
  id: string;
  name: string;
}

interface ReviewHeaderProps {
  assignmentId: string;
  student: Student;
  /** The students before and after in the progress table who have work to review. */
  previous: Student | null;
  next: Student | null;
}

const reviewHref = (assignmentId: string, student: Student) => `/assignments/${assignmentId}?view=review&student=${student.id}`;

/** Above the student's work: whose it is, the way back to the table, and the students either side. */
export function ReviewHeader({ assignmentId, student, previous, next }: ReviewHeaderProps) {
  return (
    <header className="review-header">
      <p className="review-header__back">
        {/* With the student, so the table gives the focus back to their row. */}
        <Link href={`/assignments/${assignmentId}?view=progress&student=${student.id}`}>Back to the progress table</Link>
      </p>
      <ArrivalHeading className="review-header__name" arrivalKey={student.id}>
        {student.name}’s work
      </ArrivalHeading>
      {(previous || next) && (
        <nav aria-label="Next and previous student" className="review-header__turns">
          {previous && (
            <Link href={reviewHref(assignmentId, previous)} rel="prev">
              <span aria-hidden="true">← </span>Previous student: {previous.name}
            </Link>
          )}
          {next && (
            <Link href={reviewHref(assignmentId, next)} rel="next">
              Next student: {next.name}
              <span aria-hidden="true"> →</span>
            </Link>
          )}
        </nav>
      )}
    </header>
  );
}
