import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AssignmentTabs, type TeacherView } from "@/components/assignments/AssignmentTabs";
import { ExportMenu } from "@/components/export/ExportMenu";
import { ImportAnnotations } from "@/components/export/ImportAnnotations";
import type { ExportScopeChoice } from "@/components/export/export-choices";
import { ArticleByline } from "@/components/articles/ArticleByline";
import { StudentWorkspace } from "@/components/assignments/StudentWorkspace";
import { TeacherAssignmentView } from "@/components/assignments/TeacherAssignmentView";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import type { Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/require-actor";
import { CompareQuery } from "@/lib/classes/comparison-schemas";
import { getAssignment, type AssignmentDetail } from "@/lib/classes/get-assignment";
import { getAssignmentProgress } from "@/lib/classes/get-assignment-progress";
import { getTeacherAssignmentFacts } from "@/lib/classes/get-teacher-assignment-facts";
import { seeingClassmatesIsFinal } from "@/lib/classes/reveal";
import { getOwnSubmission } from "@/lib/classes/get-own-submission";
import type { SubmissionDto } from "@/lib/classes/submission-schemas";
import { NotFound } from "@/lib/errors";
import { EXPORT_FORMATS } from "@/lib/export/export-formats";
import { LocalTime } from "@/components/time/LocalTime";
import { titleFor } from "@/lib/http/title-for";
import { viewerLanguages } from "@/lib/http/viewer-languages";

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

  const submission = assignment.viewerRole === "STUDENT" ? await getOwnSubmission(actor, assignment.id) : null;

  return (
    <div className="page page--wide">
      <header className="assignment-header">
        <p className="muted">
          {assignment.className}
          {assignment.dueAt && <> · due <LocalTime iso={assignment.dueAt} /></>}
          {assignment.archived && " · archived"}
        </p>
        <h1>{assignment.title}</h1>
        {assignment.instructions && <p className="instructions">{assignment.instructions}</p>}
        <p className="article-meta">
          Article: <cite>{assignment.article.title}</cite> (version {assignment.article.version})
        </p>
        <ArticleByline author={assignment.article.author} publishedAt={assignment.article.publishedAt} languages={await viewerLanguages()} />
        {/* Beside the title on a wide screen (reader.css), so the article starts higher. */}
        {submission ? <StudentExportMenu submission={submission} assignment={assignment} /> : <TeacherExportMenu actor={actor} assignmentId={assignment.id} />}
      </header>
      {submission ? (
        <StudentView actor={actor} assignment={assignment} submission={submission} />
      ) : (
        <>
          <AssignmentTabs assignmentId={assignment.id} current={view} />
          <TeacherAssignmentView
            actor={actor}
            assignment={assignment}
            view={view}
            studentId={one(query.student)}
            compareQuery={CompareQuery.safeParse({ ...(one(query.tag) && { tag: one(query.tag) }), ...(one(query.includeDrafts) && { includeDrafts: one(query.includeDrafts) }) }).data ?? {}}
          />
        </>
      )}
    </div>
  );
}

function StudentExportMenu({ submission, assignment }: { submission: SubmissionDto; assignment: AssignmentDetail }) {
  const becomesFinal = seeingClassmatesIsFinal(assignment.revealPolicy) && submission.canUnsubmit;
  return (
    <ExportMenu
      assignmentId={assignment.id}
      formats={EXPORT_FORMATS}
      scopes={submission.classmatesVisible ? ["mine", "class"] : ["mine"]}
      students={[]}
      scopeNotes={becomesFinal ? { class: "Exporting the class's work counts as seeing your classmates' highlights: you can then no longer take your work back." } : {}}
    />
  );
}

async function StudentView({ actor, assignment, submission }: { actor: Actor; assignment: AssignmentDetail; submission: SubmissionDto }) {
  return (
    <>
      <StudentWorkspace
        userId={actor.id}
        renderedAt={new Date().toISOString()}
        assignment={assignment}
        initialAnnotations={await listAnnotations(actor, assignment.id)}
        initialOrphans={await listAnnotations(actor, assignment.id, { orphaned: true })}
        initialSubmission={submission}
      />
      {submission.status === "DRAFT" && !assignment.archived && <ImportAnnotations assignmentId={assignment.id} as="mine" />}
    </>
  );
}

async function TeacherExportMenu({ actor, assignmentId }: { actor: Actor; assignmentId: string }) {
  const [progress, facts] = await Promise.all([getAssignmentProgress(actor, assignmentId), getTeacherAssignmentFacts(actor, assignmentId)]);
  const students = progress.map((row) => row.student);
  const scopes: ExportScopeChoice[] = ["class", ...(students.length > 0 ? (["student"] as const) : []), ...(facts.hasAnswerKey ? (["key"] as const) : [])];
  return <ExportMenu assignmentId={assignmentId} formats={EXPORT_FORMATS} scopes={scopes} students={students} />;
}
