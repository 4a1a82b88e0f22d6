import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { withUniqueJoinCode } from "./create-class";
import { findClassForActor } from "./find-class-for-actor";

/** A new join code for the class; the old one stops working (students already in stay in). */
export async function regenerateJoinCode(actor: Actor, classId: string): Promise<{ joinCode: string }> {
  const { access } = await findClassForActor(actor, classId);
  authorize(actor, "class:manage", access, "Only the class's teacher can change its join code.");
  const updated = await withUniqueJoinCode((joinCode) => getDb().class.update({ where: { id: classId }, data: { joinCode } }));
  return { joinCode: updated.joinCode };
}
