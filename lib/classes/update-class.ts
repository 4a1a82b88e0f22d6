import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import type { UpdateClassInput } from "./class-schemas";
import { findClassForActor } from "./find-class-for-actor";
import { getClass } from "./get-class";

/** Renames, archives or brings back a class (its teachers only). */
export async function updateClass(actor: Actor, classId: string, input: UpdateClassInput) {
  const { access } = await findClassForActor(actor, classId);
  authorize(actor, "class:manage", access, "Only the class's teacher can change it.");
  await getDb().class.update({
    where: { id: classId },
    data: {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.archived !== undefined && { archivedAt: input.archived ? new Date() : null }),
    },
  });
  return getClass(actor, classId);
}
