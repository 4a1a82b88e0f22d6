import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AssignmentTabs, type TeacherView } from "@/components/ui/AssignmentTabs";
import { StudentWorkspace } from "@/components/ui/StudentWorkspace";
import { TeacherAssignmentView } from "@/components/ui/TeacherAssignmentView";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { requireActor } from "@/lib/auth/require-actor";
import { getAssignment } from "@/lib/classes/get-assignment";
import { getOwnSubmission } from "@/lib/classes/get-own-submission";
import { NotFound } from "@/lib/errors";
import { formatDueDate } from "@/lib/text/format-due-date";
import { titleFor } from "@/lib/http/title-for";

interface PageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return titleFor(async (actor) => (await getAssignment(actor, id)).title, "Assignment");
}

const TEACHER_VIEWS: TeacherView[] = ["progress", "review", "compare", "key", "settings"];
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export default async function AssignmentPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  const query = await searchParams;
  const actor = await requireActor(`/assignments/${id}`);
  const assignment = await getAssignment(actor, id).catch((error: unknown) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
  const requestedView = one(query.view);
  const view: TeacherView = TEACHER_VIEWS.find((v) => v === requestedView) ?? (one(query.student) ? "review" : "progress");

  return (
    <div className="page page--wide">
      <header className="assignment-header">
        <p className="muted">
          {assignment.className}
          {assignment.dueAt && ` · due ${formatDueDate(assignment.dueAt)}`}
          {assignment.archived && " · archived"}
        </p>
        <h1>{assignment.title}</h1>
        {assignment.instructions && <p className="instructions">{assignment.instructions}</p>}
        <p className="article-meta">
          Article: <cite>{assignment.article.title}</cite> (version {assignment.article.version})
        </p>
      </header>
      {assignment.viewerRole === "STUDENT" ? (
        <StudentWorkspace
          assignment={assignment}
          initialAnnotations={await listAnnotations(actor, assignment.id)}
          initialSubmission={await getOwnSubmission(actor, assignment.id)}
        />
      ) : (
        <>
          <AssignmentTabs assignmentId={assignment.id} current={view} />
          <TeacherAssignmentView actor={actor} assignment={assignment} view={view} studentId={one(query.student)} />
        </>
      )}
    </div>
  );
}
