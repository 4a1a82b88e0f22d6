import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AnnotatingReader } from "@/components/reader/AnnotatingReader";
import { TeacherReview } from "@/components/ui/TeacherReview";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { requireActor } from "@/lib/auth/require-actor";
import { getAssignment } from "@/lib/classes/get-assignment";
import { NotFound } from "@/lib/errors";
import { formatDueDate } from "@/lib/text/format-due-date";

interface PageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const metadata: Metadata = { title: "Assignment" };

export default async function AssignmentPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  const actor = await requireActor(`/assignments/${id}`);
  const assignment = await getAssignment(actor, id).catch((error: unknown) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });

  return (
    <div className="page page--wide">
      <header className="assignment-header">
        <p className="muted">
          {assignment.className}
          {assignment.dueAt && ` · due ${formatDueDate(assignment.dueAt)}`}
        </p>
        <h1>{assignment.title}</h1>
        {assignment.instructions && <p className="instructions">{assignment.instructions}</p>}
        <p className="article-meta">
          Article: <cite>{assignment.article.title}</cite> (version {assignment.article.version})
        </p>
      </header>
      {assignment.viewerRole === "STUDENT" ? (
        <AnnotatingReader
          assignmentId={assignment.id}
          articleTitle={assignment.article.title}
          text={assignment.article.text}
          tags={assignment.tags}
          initialAnnotations={await listAnnotations(actor, assignment.id)}
        />
      ) : (
        <TeacherReview actor={actor} assignment={assignment} requestedStudentId={(await searchParams).student} />
      )}
    </div>
  );

}
