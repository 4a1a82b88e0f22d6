import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";
import { isUuid } from "@/lib/text/is-uuid";
import { findClassForActor } from "./find-class-for-actor";

/**
 * Takes a student out of the class. Their work stays stored (nothing is lost if they
 * were removed by mistake and join again), but they no longer see the class.
 */
export async function removeStudent(actor: Actor, classId: string, studentId: string): Promise<void> {
  const { access } = await findClassForActor(actor, classId);
  authorize(actor, "class:manage", access, "Only the class's teacher can remove students.");
  if (!isUuid(studentId)) throw new NotFound("That student");
  const { count } = await getDb().enrollment.deleteMany({ where: { classId, userId: studentId, role: "STUDENT" } });
  if (count === 0) throw new NotFound("That student");
}
