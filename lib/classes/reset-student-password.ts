import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { authorize, passwordResetRefusal } from "@/lib/auth/policy";
import { endSessionsOf } from "@/lib/auth/session-records";
import { generateTemporaryPassword, temporaryPasswordExpiry } from "@/lib/auth/temporary-password";
import { getDb } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";
import { isUuid } from "@/lib/text/is-uuid";
import { findClassForActor } from "./find-class-for-actor";
import { loadStudentAccountAccess } from "./load-student-account-access";

/**
 * Gives a student of the class a temporary password, shown to the teacher once and good
 * for a day; the student must choose a new one when they next sign in, and every session
 * they had ends. Only accounts the class owns can be reset (see passwordResetRefusal).
 */
export async function resetStudentPassword(actor: Actor, classId: string, studentId: string): Promise<{ temporaryPassword: string; expiresAt: string }> {
  const { access } = await findClassForActor(actor, classId);
  authorize(actor, "class:manage", access, "Only the class's teacher can reset a student's password.");
  if (!isUuid(studentId)) throw new NotFound("That student");
  const db = getDb();
  const enrolled = await db.enrollment.findFirst({ where: { classId, userId: studentId, role: "STUDENT" } });
  const student = enrolled && (await loadStudentAccountAccess(actor.id, [studentId])).get(studentId);
  if (!student) throw new NotFound("That student");
  authorize(actor, "student:reset-password", student, passwordResetRefusal(actor, student) ?? undefined);
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const expiresAt = temporaryPasswordExpiry();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: studentId }, data: { passwordHash, mustChangePassword: true, tempPasswordUntil: expiresAt } });
    await endSessionsOf(tx, studentId);
  });
  return { temporaryPassword, expiresAt: expiresAt.toISOString() };
}
