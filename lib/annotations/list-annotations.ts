import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize, can } from "@/lib/auth/policy";
import { findAssignmentForActor, type AssignmentForActor } from "@/lib/classes/find-assignment-for-actor";
import { openClassmatesWork } from "@/lib/classes/open-classmates-work";
import { getDb } from "@/lib/db/client";
import { requireEnv } from "@/lib/env";
import type { Prisma } from "@/lib/db/generated/client";
import { NotFound } from "@/lib/errors";
import { COUNTED, ORPHANED } from "./annotation-filters";
import { pseudonymFor } from "./pseudonym";
import type { AnnotationDto, ListAnnotationsQuery } from "./schemas";
import { toAnnotationDto, verdictOf } from "./to-annotation-dto";

const withSubmission = {
  submission: { select: { returnedAt: true, user: { select: { id: true, name: true } } } },
  feedback: { select: { verdict: true, comment: true, annotationRevision: true } },
} satisfies Prisma.AnnotationInclude;

const readingOrder: Prisma.AnnotationOrderByWithRelationInput[] = [{ start: "asc" }, { end: "asc" }, { createdAt: "asc" }];

/**
 * The actor's own annotations on an assignment, in reading order (with the teacher's
 * verdicts once the work is returned). The class's teacher may ask for one student's
 * (`student`) or every student's (`scope: "class"`); a student may ask for their
 * classmates' once the assignment's reveal policy allows. Highlights a student deleted after
 * feedback are kept for the teacher's review of that student only. Orphaned highlights (not
 * placed in the article's new version) are in no list but the one asked for with
 * `orphaned: true`, for their owner and the teacher: never a classmate's.
 */
export async function listAnnotations(actor: Actor, assignmentId: string, query: ListAnnotationsQuery = {}): Promise<AnnotationDto[]> {
  const assignment = await findAssignmentForActor(actor, assignmentId);
  const reviewing = can(actor, "assignment:review", assignment.access);
  const orphaned = query.orphaned === true;
  if (query.student) {
    authorize(actor, "assignment:review", assignment.access, "Only the class's teacher can see other students' annotations.");
    return listForStudent(assignment, query.student, orphaned);
  }
  if (query.scope === "class") {
    if (orphaned) authorize(actor, "assignment:review", assignment.access, "Highlights that could not be placed in the new text are shown only to their owner and the teacher.");
    return reviewing ? listForClass(assignment, null, false, orphaned) : listClassmatesFor(actor, assignment);
  }

  const own = await getDb().annotation.findMany({
    where: { ...(orphaned ? ORPHANED : COUNTED), submission: { assignmentId, userId: actor.id } },
    include: withSubmission,
    orderBy: readingOrder,
  });
  // Before the work is returned the student learns only that feedback exists (deleting such a
  // highlight keeps it for the teacher, and the confirmation says so), never what it says.
  return own.map((a) =>
    a.submission.returnedAt ? toAnnotationDto(a, { feedback: verdictOf(a.feedback) }) : toAnnotationDto(a, { feedbackGiven: a.feedback !== null }),
  );
}

/**
 * The teacher's review of one student: every verdict, what changed after it, and what the
 * student deleted (orphaned or not: that list shows the old quote alone); or their orphans.
 */
async function listForStudent(assignment: AssignmentForActor, studentId: string, orphaned: boolean): Promise<AnnotationDto[]> {
  const db = getDb();
  const enrolled = await db.enrollment.findFirst({ where: { classId: assignment.access.classId, role: "STUDENT", userId: studentId } });
  if (!enrolled) throw new NotFound("That student");
  const reviewed: Prisma.AnnotationWhereInput = orphaned ? ORPHANED : { OR: [{ orphanedAt: null }, { deletedAt: { not: null } }] };
  const annotations = await db.annotation.findMany({
    where: { ...reviewed, submission: { assignmentId: assignment.id, userId: studentId } },
    include: withSubmission,
    orderBy: readingOrder,
  });
  return annotations.map((a) =>
    toAnnotationDto(a, {
      author: a.submission.user,
      feedback: verdictOf(a.feedback),
      editedAfterFeedback: a.feedback !== null && a.revision > a.feedback.annotationRevision,
      deletedAt: a.deletedAt,
    }),
  );
}

/** Every student's annotations (not teachers': those are the key), optionally leaving one student out. */
async function listForClass(assignment: AssignmentForActor, except: string | null, hideNames = false, orphaned = false): Promise<AnnotationDto[]> {
  const annotations = await getDb().annotation.findMany({
    where: {
      ...(orphaned ? ORPHANED : COUNTED),
      submission: {
        assignmentId: assignment.id,
        user: { enrollments: { some: { classId: assignment.access.classId, role: "STUDENT" } } },
        ...(except && { userId: { not: except } }),
      },
    },
    include: withSubmission,
    orderBy: readingOrder,
  });
  return annotations.map((a) =>
    toAnnotationDto(a, { author: hideNames ? pseudonymFor(requireEnv("AUTH_SECRET"), assignment.id, a.submission.user.id) : a.submission.user }),
  );
}

async function listClassmatesFor(actor: Actor, assignment: AssignmentForActor): Promise<AnnotationDto[]> {
  await openClassmatesWork(actor, assignment);
  return listForClass(assignment, actor.id, !assignment.showClassmateNames);
}
