import Link from "next/link";
import type { ReactNode } from "react";
import type { StudentProgressRow } from "@/lib/classes/get-assignment-progress";
import { LocalTime } from "@/components/time/LocalTime";
import { ScrollRegion } from "@/components/ui/ScrollRegion";

function stateCell(row: StudentProgressRow) {
  switch (row.state) {
    case "not_started":
      return <span className="state state--idle">Not started</span>;
    case "in_progress":
      return <span className="state state--draft">In progress ({row.annotationCount})</span>;
    case "submitted":
      return (
        <span className="state state--submitted">
          Submitted <LocalTime iso={row.submittedAt} /> {row.late ? <span className="badge badge--late">late</span> : <span className="badge">on time</span>}
        </span>
      );
    case "returned":
      return (
        <span className="state state--returned">
          Returned <LocalTime iso={row.returnedAt} /> {row.late && <span className="badge badge--late">late</span>}
        </span>
      );
  }
}

/** The id of the link to a student's review in the table. */
export const reviewLinkId = (studentId: string) => `review-link-${studentId}`;

/** Every student of the class and where they are: not started, in progress, submitted (late or on time), returned. */
export function ProgressTable({ assignmentId, rows, emptyClass }: { assignmentId: string; rows: StudentProgressRow[]; emptyClass: ReactNode }) {
  if (rows.length === 0) return emptyClass;
  return (
    <ScrollRegion label="Progress of each student">
      <table className="roster progress-table">
      <caption className="visually-hidden">Progress of each student</caption>
      <thead>
        <tr>
          <th scope="col">Student</th>
          <th scope="col">Progress</th>
          <th scope="col">Highlights</th>
          <th scope="col">
            <span className="visually-hidden">Review</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.student.id} data-state={row.state}>
            <th scope="row">{row.student.name}</th>
            <td>
              {stateCell(row)} {row.locked && <span className="badge">locked</span>}
            </td>
            <td>{row.state === "not_started" ? 0 : row.annotationCount}</td>
            <td>
              <Link id={reviewLinkId(row.student.id)} href={`/assignments/${assignmentId}?view=review&student=${row.student.id}`}>
                Review<span className="visually-hidden"> {row.student.name}</span>
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
      </table>
    </ScrollRegion>
  );
}
