import "server-only";
import type { Annotation } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/transaction";
import type { NewAnnotation } from "./check-new-annotation";

/**
 * Gives highlights saved again to undo their delete the teacher's feedback that stayed with the
 * deleted copy (deleteAnnotation keeps one with feedback, under a new id): the copy of the same
 * words with the same tag and note, deleted most recently, loses its feedback to the new row and
 * is removed, so the teacher sees the highlight once, judged as before. "Edited after your
 * feedback" carries over. Returns the ids that got their feedback back.
 */
export async function reattachUndoneFeedback(tx: Tx, submissionId: string, saved: NewAnnotation[], inserted: Annotation[]): Promise<Set<string>> {
  const made = new Map(inserted.map((row) => [row.id, row]));
  const reattached = new Set<string>();
  for (const annotation of saved) {
    const row = made.get(annotation.id);
    if (!annotation.undoesDelete || !row) continue;
    const copy = await tx.annotation.findFirst({
      where: { submissionId, deletedAt: { not: null }, start: row.start, end: row.end, tag: row.tag, note: row.note, feedback: { isNot: null } },
      orderBy: { deletedAt: "desc" },
      include: { feedback: true },
    });
    if (!copy?.feedback) continue;
    const editedAfterFeedback = copy.revision > copy.feedback.annotationRevision;
    await tx.annotationFeedback.update({
      where: { id: copy.feedback.id },
      data: { annotationId: row.id, annotationRevision: editedAfterFeedback ? row.revision - 1 : row.revision },
    });
    await tx.annotation.delete({ where: { id: copy.id } });
    reattached.add(row.id);
  }
  return reattached;
}
