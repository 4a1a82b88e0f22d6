import { z } from "zod";

/**
 * The largest file POST /api/assignments/{id}/import reads: 4 MB. One person's work holds at
 * most 1,000 highlights (lib/limits.ts); Slant's export of one with a short note is about 1.5 KB,
 * so a full set is 1.5 MB, and 4 MB leaves room for notes of 1,300 letters on average in
 * Cyrillic or Greek (two bytes a letter). Only a full set whose every note is near the longest
 * allowed (2,000 letters) in such a script would be larger.
 */
export const IMPORT_BODY_LIMIT_BYTES = 4 * 1024 * 1024;

export const IMPORT_AS = ["key", "mine"] as const;
export type ImportAs = (typeof IMPORT_AS)[number];

export const ImportQuery = z
  .object({ as: z.enum(IMPORT_AS, "must be key (the teacher's answer key) or mine (your own highlights)") })
  .strict();

/** One annotation of the file that cannot be imported, and why. */
export const ImportProblemDto = z.object({
  /** The annotation's id in the file. */
  id: z.string(),
  /** Its quoted text (the first 200 characters). */
  text: z.string(),
  problem: z.string(),
});
export type ImportProblemDto = z.infer<typeof ImportProblemDto>;

export const ImportReportDto = z.object({
  as: z.enum(IMPORT_AS),
  /** Highlights made from the file: every annotation in it. */
  created: z.number().int(),
  /** Your highlights on the assignment before the import, which the file's replaced. */
  replaced: z.number().int(),
  /** True when the imported highlights are now the assignment's answer key. */
  answerKey: z.boolean(),
  annotations: z.array(
    z.object({
      id: z.uuid(),
      /** The annotation's id in the file; `id` is the same UUID when it was a free urn:uuid:. */
      sourceId: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      tag: z.string(),
      /** position: found where the file said; quote: the quote found elsewhere, by its context; fuzzy: words close to the quote (at most 20% changed), by its context. */
      placedBy: z.enum(["position", "quote", "fuzzy"]),
    }),
  ),
});
export type ImportReportDto = z.infer<typeof ImportReportDto>;
