import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeVisible, type ClassAccess } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";
import { isUuid } from "@/lib/text/is-uuid";

/** Loads a class with the actor's place in it; a class they are not in is NotFound. */
export async function findClassForActor(actor: Actor, classId: string) {
  if (!isUuid(classId)) throw new NotFound("The class");
  const found = await getDb().class.findUnique({
    where: { id: classId },
    include: { enrollments: { where: { userId: actor.id }, select: { role: true } } },
  });
  if (!found) throw new NotFound("The class");
  const access: ClassAccess = { classId: found.id, membership: found.enrollments[0]?.role ?? null, archived: found.archivedAt !== null };
  authorizeVisible(actor, "class:view", access, "The class");
  return { found, access };
}
