import Link from "next/link";
import type { ReactNode } from "react";
import { TagBadge } from "@/components/reader/TagBadge";
import type { AssignmentSummary } from "@/lib/classes/list-assignments";
import type { ProgressState } from "@/lib/classes/progress-state";
import { LocalTime } from "@/components/time/LocalTime";

function describeProgress(progress: ProgressState): ReactNode {
  switch (progress.state) {
    case "not_started":
      return "Not started";
    case "in_progress":
      return `In progress: ${progress.annotationCount} ${progress.annotationCount === 1 ? "highlight" : "highlights"}`;
    case "submitted":
      return <>Submitted <LocalTime iso={progress.submittedAt} />{progress.late && " (late)"}</>;
    case "returned":
      return <>Returned <LocalTime iso={progress.returnedAt} /></>;
  }
}

export function AssignmentCard({ assignment }: { assignment: AssignmentSummary }) {
  return (
    <li className="card">
      <h3>
        <Link href={`/assignments/${assignment.id}`}>{assignment.title}</Link>
      </h3>
      <p className="muted">
        {assignment.className}
        {assignment.dueAt && <> · due <LocalTime iso={assignment.dueAt} /></>}
        {" · "}
        {assignment.progress && describeProgress(assignment.progress)}
        {assignment.classProgress &&
          `${assignment.classProgress.submitted} of ${assignment.classProgress.students} submitted · ${assignment.classProgress.annotationCount} highlights from the class`}
      </p>
      <ul className="tag-legend" aria-label="Tags">
        {assignment.tags.map((tag) => (
          <li key={tag.id}>
            <TagBadge tag={tag} />
          </li>
        ))}
      </ul>
    </li>
  );
}
