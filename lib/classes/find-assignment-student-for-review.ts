import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";
import { isUuid } from "@/lib/text/is-uuid";
import { findAssignmentForActor } from "./find-assignment-for-actor";

/** For the class's teacher: an assignment and one of its students (NotFound for anyone else). */
export async function findAssignmentStudentForReview(actor: Actor, assignmentId: string, studentId: string) {
  const assignment = await findAssignmentForActor(actor, assignmentId);
  authorize(actor, "assignment:review", assignment.access, "Only the class's teacher can review students' work.");
  if (!isUuid(studentId)) throw new NotFound("That student");
  const enrolled = await getDb().enrollment.findFirst({
    where: { classId: assignment.access.classId, userId: studentId, role: "STUDENT" },
    include: { user: { select: { id: true, name: true } } },
  });
  if (!enrolled) throw new NotFound("That student");
  return { assignment, student: enrolled.user };
}
