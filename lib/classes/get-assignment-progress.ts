import "server-only";
import { COUNTED } from "@/lib/annotations/annotation-filters";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { findAssignmentForActor } from "./find-assignment-for-actor";
import { progressStateOf, type ProgressState } from "./progress-state";

export type StudentProgressRow = ProgressState & { student: { id: string; name: string }; locked: boolean };

/** Every student of the class and where they are with the assignment (teachers only). */
export async function getAssignmentProgress(actor: Actor, assignmentId: string): Promise<StudentProgressRow[]> {
  const assignment = await findAssignmentForActor(actor, assignmentId);
  authorize(actor, "assignment:review", assignment.access, "Only the class's teacher can see the class's progress.");
  const enrollments = await getDb().enrollment.findMany({
    where: { classId: assignment.access.classId, role: "STUDENT" },
    include: {
      user: {
        select: {
          id: true,
          name: true,
          submissions: { where: { assignmentId }, include: { _count: { select: { annotations: { where: COUNTED } } } } },
        },
      },
    },
    orderBy: { user: { name: "asc" } },
  });
  return enrollments.map(({ user }) => {
    const submission = user.submissions[0] ?? null;
    return {
      student: { id: user.id, name: user.name },
      locked: submission?.locked ?? false,
      ...progressStateOf(submission, submission?._count.annotations ?? 0, assignment.dueAt),
    };
  });
}
