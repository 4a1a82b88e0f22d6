import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { authorize } from "@/lib/auth/policy";
import { generateTemporaryPassword } from "@/lib/auth/temporary-password";
import { getDb } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";
import { isUuid } from "@/lib/text/is-uuid";
import { findClassForActor } from "./find-class-for-actor";

/**
 * Gives a student of the class a temporary password, shown to the teacher once; the
 * student must choose a new one when they next sign in.
 */
export async function resetStudentPassword(actor: Actor, classId: string, studentId: string): Promise<{ temporaryPassword: string }> {
  const { access } = await findClassForActor(actor, classId);
  authorize(actor, "class:manage", access, "Only the class's teacher can reset a student's password.");
  if (!isUuid(studentId)) throw new NotFound("That student");
  const db = getDb();
  const enrolled = await db.enrollment.findFirst({ where: { classId, userId: studentId, role: "STUDENT" } });
  if (!enrolled) throw new NotFound("That student");
  const temporaryPassword = generateTemporaryPassword();
  await db.user.update({
    where: { id: studentId },
    data: { passwordHash: await hashPassword(temporaryPassword), mustChangePassword: true },
  });
  return { temporaryPassword };
}
