import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can, passwordResetRefusal, type StudentAccountAccess } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import type { ClassDetailDto } from "./class-schemas";
import { findClassForActor } from "./find-class-for-actor";
import { loadStudentAccountAccess } from "./load-student-account-access";

/** A class; its teachers also get the join code and the roster. */
export async function getClass(actor: Actor, classId: string): Promise<ClassDetailDto> {
  const { found, access } = await findClassForActor(actor, classId);
  const students = await getDb().enrollment.findMany({
    where: { classId, role: "STUDENT" },
    include: { user: { select: { id: true, name: true, email: true, username: true } } },
    orderBy: { user: { name: "asc" } },
  });
  const manages = can(actor, "class:manage", access);
  const accounts = manages ? await loadStudentAccountAccess(actor.id, students.map(({ user }) => user.id)) : new Map<string, StudentAccountAccess>();
  // Every enrolled student has a row; were one missing, refusing is the safe answer.
  const refusalFor = (id: string) => passwordResetRefusal(actor, accounts.get(id) ?? { hasEmail: true, classesNotTaughtByActor: 1 });
  return {
    id: found.id,
    name: found.name,
    role: access.membership ?? "TEACHER",
    archived: access.archived,
    studentCount: students.length,
    ...(manages && {
      joinCode: found.joinCode,
      students: students.map(({ user, createdAt }) => {
        const refusal = refusalFor(user.id);
        return { ...user, joinedAt: createdAt.toISOString(), canResetPassword: refusal === null, passwordResetRefusal: refusal };
      }),
    }),
  };
}
