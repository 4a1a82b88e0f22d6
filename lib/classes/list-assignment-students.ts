import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { findAssignmentForActor } from "./find-assignment-for-actor";

export interface StudentProgress {
  id: string;
  name: string;
  annotationCount: number;
}

/** The class's students with how many annotations each has made on the assignment (teachers only). */
export async function listAssignmentStudents(actor: Actor, assignmentId: string): Promise<StudentProgress[]> {
  const assignment = await findAssignmentForActor(actor, assignmentId);
  authorize(actor, "assignment:review", assignment.access);
  const enrollments = await getDb().enrollment.findMany({
    where: { classId: assignment.access.classId, role: "STUDENT" },
    include: {
      user: {
        select: {
          id: true,
          name: true,
          submissions: { where: { assignmentId }, select: { _count: { select: { annotations: true } } } },
        },
      },
    },
    orderBy: { user: { name: "asc" } },
  });
  return enrollments.map(({ user }) => ({
    id: user.id,
    name: user.name,
    annotationCount: user.submissions[0]?._count.annotations ?? 0,
  }));
}
