import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { testEnv } from "@/tests/integration/support/test-env";

/**
 * Gives a highlight a note straight in the database, past the API. The API refuses a note that
 * looks like HTML ("<b>…</b>"), but rows written before that rule, or restored from a backup,
 * may hold one; an export must still show such a note as text, never as markup.
 */
export async function storeNoteInDatabase(annotationId: string, note: string): Promise<void> {
  const db = createPrismaClient(testEnv("DATABASE_URL"), 1);
  try {
    await db.annotation.update({ where: { id: annotationId }, data: { note } });
  } finally {
    await db.$disconnect();
  }
}
