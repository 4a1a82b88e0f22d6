import "server-only";
import type { Tx } from "@/lib/db/transaction";
import { EditConflict } from "@/lib/errors";
import type { AnnotationDto } from "./schemas";
import { toAnnotationDto } from "./to-annotation-dto";

/** The 409 for a change made on an older revision, carrying the stored record so the student can choose. */
export async function changedElsewhere(tx: Tx, annotationId: string): Promise<EditConflict<AnnotationDto>> {
  const current = await tx.annotation.findUniqueOrThrow({ where: { id: annotationId } });
  return new EditConflict("This highlight was changed elsewhere (another tab or device) since you opened it.", toAnnotationDto(current));
}
