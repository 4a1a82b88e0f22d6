import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { NotFound } from "@/lib/errors";
import { guessJoinCode } from "@/lib/limits/join-code-limits";
import { JOIN_CODE_SHAPE } from "./join-code-format";

/**
 * The active class with this join code (already normalised), or NotFound saying what to
 * check. Codes are short enough to guess, so a wrong one counts against the client's
 * address (see lib/limits/join-code-limits.ts).
 */
export async function findClassByJoinCode(db: Prisma.TransactionClient, code: string, address: string) {
  return guessJoinCode(address, async () => {
    const found = await db.class.findUnique({ where: { joinCode: code } });
    if (!found || found.archivedAt) {
      throw new NotFound("A class with that code", `${JOIN_CODE_SHAPE} Check it with your teacher.`);
    }
    return found;
  });
}
