import "server-only";
import { reanchorAnnotation, type StoredAnchor } from "@/lib/annotations/anchoring/reanchor-annotation";
import type { Placement } from "@/lib/annotations/anchoring/reanchor-quote";
import type { Actor } from "@/lib/auth/actor";
import { authorize, can } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import type { Annotation } from "@/lib/db/generated/client";
import { lockAssignment } from "@/lib/db/row-locks";
import { inTransaction, type Tx } from "@/lib/db/transaction";
import { Conflict, NotFound } from "@/lib/errors";
import type { MoveToVersionInput, VersionMoveDto } from "./article-version-schemas";
import { findAssignmentForActor } from "./find-assignment-for-actor";

type StoredRow = Pick<Annotation, "id" | "start" | "end" | "exact" | "prefix" | "suffix" | "orphanedAt" | "deletedAt">;

/**
 * Moves an assignment to another version of its article (after the teacher edited its text)
 * and re-anchors every annotation on it, in one transaction: every student's (handed in and
 * returned work too, which keeps its verdicts), the answer key and the teacher's own. Each is
 * placed at its old position, by its quote and context, or fuzzily (reanchorQuote); what cannot
 * be placed is kept, orphaned, with its old quote. Orphans of an earlier move are tried again.
 * Neither revision nor updatedAt changes: the student did not edit anything.
 */
export async function moveAssignmentToVersion(actor: Actor, assignmentId: string, input: MoveToVersionInput): Promise<VersionMoveDto> {
  const assignment = await findAssignmentForActor(actor, assignmentId);
  authorize(actor, "assignment:move-to-version", assignment.access, "Only the class's teacher can move an assignment to another version of its article.");
  if (!can(actor, "assignment:manage", assignment.access)) {
    throw new Conflict("This class is archived, so its assignments can no longer be changed. Bring the class back to change them.");
  }
  const target = await getDb().articleVersion.findUnique({
    where: { articleId_number: { articleId: assignment.article.id, number: input.version } },
    select: { id: true, number: true, text: true },
  });
  if (!target) throw new NotFound(`Version ${input.version} of the article`);

  return inTransaction(async (tx) => {
    // FOR UPDATE: every save, edit and import of this assignment's highlights holds the row FOR
    // SHARE, so those in flight land first and later ones see the new version (and are refused
    // if they were made on the old text: lib/annotations/assert-article-version.ts).
    const locked = await lockAssignment(tx, assignmentId, "update");
    if (!locked) throw new NotFound("The assignment");
    const from = await tx.articleVersion.findUniqueOrThrow({ where: { id: locked.articleVersionId }, select: { number: true } });
    const rows = await lockAnnotationsOf(tx, assignmentId);
    const counts: Record<Placement, number> = { exact: 0, quote: 0, fuzzy: 0, orphaned: 0 };
    const changed: (StoredAnchor & { id: string })[] = [];
    for (const row of rows) {
      const before: StoredAnchor = { start: row.start, end: row.end, exact: row.exact, prefix: row.prefix, suffix: row.suffix, orphaned: row.orphanedAt !== null };
      const { placedBy, anchor } = reanchorAnnotation(target.text, before);
      if (row.deletedAt === null) counts[placedBy] += 1;
      if (!sameAnchor(before, anchor)) changed.push({ id: row.id, ...anchor });
    }
    await writeAnchors(tx, changed);
    await tx.assignment.update({ where: { id: assignmentId }, data: { articleVersionId: target.id } });
    return { assignmentId, fromVersion: from.number, version: target.number, ...counts };
  });
}

/**
 * Every annotation of the assignment, locked FOR UPDATE in id order (as an import's clear
 * does): a delete or a verdict on one of them at this moment waits for the move, or is seen by it.
 */
function lockAnnotationsOf(tx: Tx, assignmentId: string): Promise<StoredRow[]> {
  return tx.$queryRaw<StoredRow[]>`
    SELECT a."id"::text AS "id", a."start", a."end", a."exact", a."prefix", a."suffix", a."orphaned_at" AS "orphanedAt", a."deleted_at" AS "deletedAt"
    FROM "annotations" a JOIN "submissions" s ON s."id" = a."submission_id"
    WHERE s."assignment_id" = ${assignmentId}::uuid
    ORDER BY a."id" FOR UPDATE OF a`;
}

const sameAnchor = (a: StoredAnchor, b: StoredAnchor) =>
  a.start === b.start && a.end === b.end && a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix && a.orphaned === b.orphaned;

/** One UPDATE for all the moved rows: a class's thousand highlights in one round trip. */
async function writeAnchors(tx: Tx, anchors: (StoredAnchor & { id: string })[]): Promise<void> {
  if (anchors.length === 0) return;
  const column = <T>(pick: (a: StoredAnchor & { id: string }) => T) => anchors.map(pick);
  await tx.$executeRaw`
    UPDATE "annotations" AS a SET
      "start" = v."start", "end" = v."end", "exact" = v."exact", "prefix" = v."prefix", "suffix" = v."suffix",
      "orphaned_at" = CASE WHEN v."orphaned" THEN COALESCE(a."orphaned_at", now()) ELSE NULL END
    FROM unnest(${column((a) => a.id)}::uuid[], ${column((a) => a.start)}::int[], ${column((a) => a.end)}::int[],
                ${column((a) => a.exact)}::text[], ${column((a) => a.prefix)}::text[], ${column((a) => a.suffix)}::text[],
                ${column((a) => a.orphaned)}::boolean[])
      AS v("id", "start", "end", "exact", "prefix", "suffix", "orphaned")
    WHERE a."id" = v."id"`;
}
