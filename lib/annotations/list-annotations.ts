import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize, can } from "@/lib/auth/policy";
import { findAssignmentForActor, type AssignmentForActor } from "@/lib/classes/find-assignment-for-actor";
import { classmatesRevealed, revealRule } from "@/lib/classes/reveal";
import { getDb } from "@/lib/db/client";
import { requireEnv } from "@/lib/env";
import type { Prisma } from "@/lib/db/generated/client";
import { Forbidden, NotFound } from "@/lib/errors";
import { pseudonymFor } from "./pseudonym";
import type { AnnotationDto, ListAnnotationsQuery } from "./schemas";
import { toAnnotationDto } from "./to-annotation-dto";

const withSubmission = {
  submission: { select: { returnedAt: true, user: { select: { id: true, name: true } } } },
  feedback: { select: { verdict: true, comment: true } },
} satisfies Prisma.AnnotationInclude;

const readingOrder: Prisma.AnnotationOrderByWithRelationInput[] = [{ start: "asc" }, { end: "asc" }, { createdAt: "asc" }];

/**
 * The actor's own annotations on an assignment, in reading order (with the teacher's
 * verdicts once the work is returned). The class's teacher may ask for one student's
 * (`student`) or every student's (`scope: "class"`); a student may ask for their
 * classmates' once the assignment's reveal policy allows.
 */
export async function listAnnotations(actor: Actor, assignmentId: string, query: ListAnnotationsQuery = {}): Promise<AnnotationDto[]> {
  const assignment = await findAssignmentForActor(actor, assignmentId);
  const reviewing = can(actor, "assignment:review", assignment.access);
  if (query.student) {
    authorize(actor, "assignment:review", assignment.access, "Only the class's teacher can see other students' annotations.");
    return listForStudent(assignment, query.student);
  }
  if (query.scope === "class") return reviewing ? listForClass(assignment, null) : listClassmatesFor(actor, assignment);

  const own = await getDb().annotation.findMany({
    where: { submission: { assignmentId, userId: actor.id } },
    include: withSubmission,
    orderBy: readingOrder,
  });
  return own.map((a) => toAnnotationDto(a, { feedback: a.submission.returnedAt ? a.feedback : undefined }));
}

async function listForStudent(assignment: AssignmentForActor, studentId: string): Promise<AnnotationDto[]> {
  const db = getDb();
  const enrolled = await db.enrollment.findFirst({ where: { classId: assignment.access.classId, role: "STUDENT", userId: studentId } });
  if (!enrolled) throw new NotFound("That student");
  const annotations = await db.annotation.findMany({
    where: { submission: { assignmentId: assignment.id, userId: studentId } },
    include: withSubmission,
    orderBy: readingOrder,
  });
  return annotations.map((a) => toAnnotationDto(a, { author: a.submission.user, feedback: a.feedback }));
}

/** Every student's annotations (not teachers': those are the key), optionally leaving one student out. */
async function listForClass(assignment: AssignmentForActor, except: string | null, hideNames = false): Promise<AnnotationDto[]> {
  const annotations = await getDb().annotation.findMany({
    where: {
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
  const own = await getDb().submission.findUnique({
    where: { assignmentId_userId: { assignmentId: assignment.id, userId: actor.id } },
    select: { status: true },
  });
  const revealed = classmatesRevealed({
    policy: assignment.revealPolicy,
    dueAt: assignment.dueAt,
    revealedAt: assignment.revealedAt,
    submitted: own?.status === "SUBMITTED",
    now: new Date(),
  });
  if (!revealed) throw new Forbidden(`Classmates' highlights are not shared yet. ${revealRule(assignment.revealPolicy)}`);
  return listForClass(assignment, actor.id, !assignment.showClassmateNames);
}
