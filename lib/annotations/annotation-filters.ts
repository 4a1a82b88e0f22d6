import type { Prisma } from "@/lib/db/generated/client";

/**
 * Part of the work: placed in the assignment's text (not orphaned by a move to a new article
 * version) and not deleted by the student (kept only for the teacher's review). Every count,
 * list, comparison, score and export reads these and no others.
 */
export const COUNTED = { deletedAt: null, orphanedAt: null } satisfies Prisma.AnnotationWhereInput;

/** Kept but not placed: shown beside the reader to their owner and the teacher, counted nowhere. */
export const ORPHANED = { deletedAt: null, orphanedAt: { not: null } } satisfies Prisma.AnnotationWhereInput;
