import type { Metadata } from "next";
import Link from "next/link";
import { AssignmentCard } from "@/components/assignments/AssignmentCard";
import { requireActor } from "@/lib/auth/require-actor";
import { listAssignments, type AssignmentSummary } from "@/lib/classes/list-assignments";
import { ButtonLink } from "@/components/ui/Button";
import { PageHeading } from "@/components/ui/PageHeading";

export const metadata: Metadata = { title: "Assignments" };

const SECTIONS = [
  { key: "todo", heading: "To do", empty: "Nothing to do right now." },
  { key: "submitted", heading: "Submitted", empty: "Nothing submitted yet." },
  { key: "returned", heading: "Returned with feedback", empty: "Nothing returned yet." },
] as const;

function sectionOf(assignment: AssignmentSummary): (typeof SECTIONS)[number]["key"] {
  const state = assignment.progress?.state;
  if (state === "returned") return "returned";
  if (state === "submitted") return "submitted";
  return "todo";
}

export default async function AssignmentsPage() {
  const actor = await requireActor("/assignments");
  const assignments = await listAssignments(actor);
  const teaching = assignments.filter((a) => a.viewerRole === "TEACHER");
  const learning = assignments.filter((a) => a.viewerRole === "STUDENT");
  return (
    <div className="page">
      <PageHeading
        actions={
          actor.role !== "STUDENT" && (
            <ButtonLink variant="primary" href="/assignments/new">
              New assignment
            </ButtonLink>
          )
        }
      >
        Assignments
      </PageHeading>
      {assignments.length === 0 && (
        <p>
          {actor.role === "STUDENT" ? (
            <>
              You have no assignments yet. <Link href="/join">Join a class</Link> with the code your teacher gives you.
            </>
          ) : (
            <>
              No assignments yet. <Link href="/classes">Create a class</Link>, add an article, then set an assignment.
            </>
          )}
        </p>
      )}
      {teaching.length > 0 && (
        <ul className="assignment-list">
          {teaching.map((assignment) => (
            <AssignmentCard key={assignment.id} assignment={assignment} />
          ))}
        </ul>
      )}
      {learning.length > 0 &&
        SECTIONS.map((section) => {
          const items = learning.filter((a) => sectionOf(a) === section.key);
          return (
            <section key={section.key} aria-labelledby={`section-${section.key}`}>
              <h2 id={`section-${section.key}`}>
                {section.heading} <span className="count">({items.length})</span>
              </h2>
              {items.length === 0 ? (
                <p className="muted">{section.empty}</p>
              ) : (
                <ul className="assignment-list">
                  {items.map((assignment) => (
                    <AssignmentCard key={assignment.id} assignment={assignment} />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
    </div>
  );
}
