import { ImportAnnotations } from "@/components/export/ImportAnnotations";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import type { Actor } from "@/lib/auth/actor";
import type { CompareQuery } from "@/lib/classes/comparison-schemas";
import { getAssignmentComparison } from "@/lib/classes/get-assignment-comparison";
import { getAssignmentProgress } from "@/lib/classes/get-assignment-progress";
import type { AssignmentDetail } from "@/lib/classes/get-assignment";
import { getTeacherAssignmentFacts } from "@/lib/classes/get-teacher-assignment-facts";
import type { TeacherView } from "@/components/assignments/AssignmentTabs";
import { JoinCodeHint } from "@/components/classes/JoinCodeHint";
import { TeacherReview } from "@/components/review/TeacherReview";
import { AnswerKeyWorkspace, AssignmentForm, CompareView, LiveProgressTable } from "@/components/assignments/teacher-only-views";

interface TeacherAssignmentViewProps {
  actor: Actor;
  assignment: AssignmentDetail;
  view: TeacherView;
  studentId: string | undefined;
  /** The Compare tab's tag and drafts choice, from the address (so reloading or coming back keeps them). */
  compareQuery: CompareQuery;
}

/** What the class's teacher sees of an assignment, one view at a time. */
export async function TeacherAssignmentView({ actor, assignment, view, studentId, compareQuery }: TeacherAssignmentViewProps) {
  switch (view) {
    case "progress":
      return (
        <section aria-labelledby="progress-heading">
          <h2 id="progress-heading">Progress</h2>
          <LiveProgressTable
            assignmentId={assignment.id}
            initialRows={await getAssignmentProgress(actor, assignment.id)}
            emptyClass={<JoinCodeHint joinCode={(await getTeacherAssignmentFacts(actor, assignment.id)).joinCode} />}
            returnedFrom={studentId}
          />
        </section>
      );
    case "review":
      return <TeacherReview actor={actor} assignment={assignment} requestedStudentId={studentId} />;
    case "compare":
      return (
        <CompareView
          assignment={assignment}
          initial={await getAssignmentComparison(actor, assignment.id, compareQuery)}
          teaching
        />
      );
    case "key": {
      const { ownHighlightsAreKey } = await getTeacherAssignmentFacts(actor, assignment.id);
      return (
        <>
          <AnswerKeyWorkspace
            userId={actor.id}
            renderedAt={new Date().toISOString()}
            assignment={assignment}
            initialAnnotations={await listAnnotations(actor, assignment.id)}
            initialOrphans={await listAnnotations(actor, assignment.id, { orphaned: true })}
            isKey={ownHighlightsAreKey}
          />
          {!assignment.archived && <ImportAnnotations assignmentId={assignment.id} as="key" />}
        </>
      );
    }
    case "settings": {
      if (assignment.archived) {
        return (
          <section aria-labelledby="settings-heading">
            <h2 id="settings-heading">Settings</h2>
            <p role="status">This class is archived, so this assignment can no longer be changed. Bring the class back from its page to change it.</p>
          </section>
        );
      }
      const { usedTagIds } = await getTeacherAssignmentFacts(actor, assignment.id);
      return (
        <section aria-labelledby="settings-heading">
          <h2 id="settings-heading">Settings</h2>
          <AssignmentForm
            mode="edit"
            assignmentId={assignment.id}
            usedTagIds={usedTagIds}
            initial={{
              classId: assignment.classId,
              articleId: assignment.article.id,
              title: assignment.title,
              instructions: assignment.instructions,
              dueAt: assignment.dueAt,
              revealPolicy: assignment.revealPolicy,
              showClassmateNames: assignment.showClassmateNames,
              scoreOutOf: assignment.scoreOutOf,
              released: assignment.released,
              tags: assignment.tags,
            }}
          />
        </section>
      );
    }
  }
}
