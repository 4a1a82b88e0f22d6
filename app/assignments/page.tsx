import type { Metadata } from "next";
import Link from "next/link";
import { TagBadge } from "@/components/reader/TagBadge";
import { requireActor } from "@/lib/auth/require-actor";
import { listAssignments } from "@/lib/classes/list-assignments";
import { formatDueDate } from "@/lib/text/format-due-date";

export const metadata: Metadata = { title: "Assignments" };

export default async function AssignmentsPage() {
  const actor = await requireActor("/assignments");
  const assignments = await listAssignments(actor);
  return (
    <div className="page">
      <h1>Assignments</h1>
      {assignments.length === 0 ? (
        <p>You have no assignments yet. When your teacher adds you to a class, its assignments appear here.</p>
      ) : (
        <ul className="assignment-list">
          {assignments.map((assignment) => (
            <li key={assignment.id} className="card">
              <h2>
                <Link href={`/assignments/${assignment.id}`}>{assignment.title}</Link>
              </h2>
              <p className="muted">
                {assignment.className}
                {assignment.dueAt && ` · due ${formatDueDate(assignment.dueAt)}`}
                {" · "}
                {assignment.viewerRole === "TEACHER"
                  ? `${assignment.annotationCount} highlights from the class`
                  : `${assignment.annotationCount} of your highlights`}
              </p>
              <ul className="tag-legend" aria-label="Tags">
                {assignment.tags.map((tag) => (
                  <li key={tag.id}>
                    <TagBadge tag={tag} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
