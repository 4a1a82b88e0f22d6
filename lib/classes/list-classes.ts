import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import type { ClassSummaryDto } from "./class-schemas";

/** The classes the actor teaches or is in, active ones first, then by name. */
export async function listClasses(actor: Actor): Promise<ClassSummaryDto[]> {
  const enrollments = await getDb().enrollment.findMany({
    where: { userId: actor.id },
    include: { class: { include: { _count: { select: { enrollments: { where: { role: "STUDENT" } } } } } } },
  });
  return enrollments
    .map(({ role, class: c }) => ({
      id: c.id,
      name: c.name,
      role,
      archived: c.archivedAt !== null,
      ...(role === "TEACHER" && { joinCode: c.joinCode }),
      studentCount: c._count.enrollments,
    }))
    .sort((a, b) => Number(a.archived) - Number(b.archived) || a.name.localeCompare(b.name));
}
