import { z } from "zod";

export const MoveToVersionInput = z
  .object({
    /** The number of the version of the assignment's article to move to (as the article page lists them). */
    version: z.number().int("must be a whole number").min(1, "must be a version number (1 or more)").max(1_000_000),
  })
  .strict();
export type MoveToVersionInput = z.infer<typeof MoveToVersionInput>;

const Count = z.number().int().min(0);

/**
 * What moving an assignment did to its highlights (every reader's, the answer key's and the
 * teacher's own; highlights a student deleted are moved too but not counted): how many stayed
 * at their place, were found by their words and context, were found fuzzily, or are orphaned.
 */
export const VersionMoveDto = z.object({
  assignmentId: z.uuid(),
  fromVersion: z.number().int(),
  version: z.number().int(),
  exact: Count,
  quote: Count,
  fuzzy: Count,
  orphaned: Count,
});
export type VersionMoveDto = z.infer<typeof VersionMoveDto>;

/** An assignment on one of an article's versions, as the article page offers to move it. */
export const ArticleAssignmentDto = z.object({
  id: z.uuid(),
  title: z.string(),
  className: z.string(),
  version: z.number().int(),
  /** Highlights on it (every reader's, placed or orphaned). */
  annotationCount: Count,
  /** The actor may move it (they teach its class, and the class is not archived). */
  movable: z.boolean(),
});
export type ArticleAssignmentDto = z.infer<typeof ArticleAssignmentDto>;
