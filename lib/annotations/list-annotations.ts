import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { findAssignmentForActor } from "@/lib/classes/find-assignment-for-actor";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { NotFound } from "@/lib/errors";
import type { AnnotationDto, ListAnnotationsQuery } from "./schemas";
import { toAnnotationDto } from "./to-annotation-dto";

/**
 * The actor's own annotations on an assignment, in reading order; a teacher of the
 * class may ask for one student's (`student`) or every student's (`scope: "class"`).
 */
export async function listAnnotations(actor: Actor, assignmentId: string, query: ListAnnotationsQuery = {}): Promise<AnnotationDto[]> {
  const assignment = await findAssignmentForActor(actor, assignmentId);
  const db = getDb();
  let authors: Prisma.SubmissionWhereInput;
  if (query.scope === "class" || query.student) {
    authorize(actor, "assignment:review", assignment.access, "Only the class's teacher can see other students' annotations.");
    const students: Prisma.EnrollmentWhereInput = { classId: assignment.access.classId, role: "STUDENT" };
    if (query.student) {
      const enrolled = await db.enrollment.findFirst({ where: { ...students, userId: query.student } });
      if (!enrolled) throw new NotFound("That student");
    }
    authors = { user: { enrollments: { some: students } }, ...(query.student && { userId: query.student }) };
  } else {
    authors = { userId: actor.id };
  }
  const annotations = await db.annotation.findMany({
    where: { submission: { assignmentId, ...authors } },
    include: { submission: { select: { user: { select: { id: true, name: true } } } } },
    orderBy: [{ start: "asc" }, { end: "asc" }, { createdAt: "asc" }],
  });
  const withAuthor = query.scope === "class" || query.student !== undefined;
  return annotations.map((a) => toAnnotationDto(a, withAuthor ? a.submission.user : undefined));
}
