import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { NotFound } from "@/lib/errors";

/** The active class with this join code (already normalised), or NotFound saying what to check. */
export async function findClassByJoinCode(db: Prisma.TransactionClient, code: string) {
  const found = await db.class.findUnique({ where: { joinCode: code } });
  if (!found || found.archivedAt) {
    throw new NotFound("A class with that code");
  }
  return found;
}
