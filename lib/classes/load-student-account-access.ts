import "server-only";
import type { StudentAccountAccess } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";

/**
 * The facts the password-reset rule needs about each student, as `actorId` sees them: does
 * the account have an email address, and how many of its classes does the actor not teach.
 * One query for a whole roster.
 */
export async function loadStudentAccountAccess(actorId: string, studentIds: string[]): Promise<Map<string, StudentAccountAccess>> {
  const users = await getDb().user.findMany({
    where: { id: { in: studentIds } },
    select: {
      id: true,
      email: true,
      enrollments: {
        where: { role: "STUDENT" },
        select: { class: { select: { enrollments: { where: { userId: actorId, role: "TEACHER" }, select: { id: true } } } } },
      },
    },
  });
  return new Map(
    users.map((user) => [
      user.id,
      {
        hasEmail: user.email !== null,
        classesNotTaughtByActor: user.enrollments.filter((enrollment) => enrollment.class.enrollments.length === 0).length,
      },
    ]),
  );
}
