import Link from "next/link";
interface StudentProgress {
  id: string;
  name: string;
  annotationCount: number;
}

interface StudentPickerProps {
  assignmentId: string;
  students: StudentProgress[];
  selectedId: string;
}

/** The class roster as links; the open student's work is shown beside it. */
export function StudentPicker({ assignmentId, students, selectedId }: StudentPickerProps) {
  return (
    <nav aria-label="Students" className="student-picker">
      <h2>Students</h2>
      <ul>
        {students.map((student) => (
          <li key={student.id}>
            <Link
              href={`/assignments/${assignmentId}?view=review&student=${student.id}`}
              aria-current={student.id === selectedId ? "page" : undefined}
            >
              <span>{student.name}</span>
              <span className="muted">
                {student.annotationCount === 0 ? "not started" : `${student.annotationCount} highlights`}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
