import { z } from "zod";
import { plainText } from "@/lib/text/plain-text";
import { isBlankText } from "@/lib/text/plain-text-problem";
import { NOTE_MAX_LENGTH } from "./note-limits";

export { NOTE_MAX_LENGTH };
/** Largest JSON body the annotation routes accept. */
export const ANNOTATION_BODY_LIMIT_BYTES = 16 * 1024;

const Note = plainText(NOTE_MAX_LENGTH)
  .transform((note) => (isBlankText(note) ? null : note))
  .nullable();
const TagId = z.string().min(1).max(64);
/** The revision a change was made on: a stored record that moved on since is a conflict (409), not overwritten. */
export const BaseRevision = z.number().int("must be a whole number").min(1, "must be 1 or more");
const Offset = z.number().int("must be a whole number").min(0, "must not be negative").max(10_000_000);

export const CreateAnnotationInput = z
  .object({
    id: z.uuid("must be a UUID").optional(),
    start: Offset,
    end: Offset,
    tag: TagId,
    note: Note.optional(),
    /**
     * The article version whose text the offsets point into (the one the page shows). When the
     * assignment has moved to another version since, the save is refused (409) rather than
     * stored at offsets into the wrong text; without it, the offsets are read against the text
     * the assignment has when the save runs.
     */
    articleVersionId: z.uuid("must be an article version id").optional(),
    /**
     * The student is undoing their delete of this highlight (same id, same words, tag and note):
     * a teacher's feedback kept with the deleted copy comes back with it, and the copy goes.
     */
    undoesDelete: z.literal(true).optional(),
  })
  .strict();
export type CreateAnnotationInput = z.infer<typeof CreateAnnotationInput>;

/** Where to place an orphaned highlight again: UTF-16 offsets into the assignment's current text. */
export const PlaceAnnotationInput = z.object({ start: Offset, end: Offset }).strict();
export type PlaceAnnotationInput = z.infer<typeof PlaceAnnotationInput>;

export const UpdateAnnotationInput = z
  .object({ tag: TagId.optional(), note: Note.optional(), baseRevision: BaseRevision.optional() })
  .strict()
  .refine((input) => input.tag !== undefined || input.note !== undefined, "give a tag or a note to change");
export type UpdateAnnotationInput = z.infer<typeof UpdateAnnotationInput>;

export const ListAnnotationsQuery = z
  .object({
    scope: z.enum(["own", "class"]).optional(),
    student: z.uuid("must be a user id").optional(),
    /** true: only the highlights that could not be placed in the article's new version (orphaned), with `orphaned: true`. */
    orphaned: z.enum(["true", "false"]).transform((value) => value === "true").optional(),
  })
  .strict()
  .refine((query) => !(query.scope === "class" && query.student), "use either scope=class or student, not both");
export type ListAnnotationsQuery = z.infer<typeof ListAnnotationsQuery>;

export const AnnotationDto = z.object({
  id: z.uuid(),
  start: z.number().int(),
  end: z.number().int(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  tag: z.string(),
  note: z.string().nullable(),
  /** Moves on by one whenever the tag or note changes; send it back as baseRevision with a change. */
  revision: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  author: z.object({ id: z.uuid(), name: z.string() }).optional(),
  feedback: z
    .object({ verdict: z.enum(["AGREE", "PARTLY", "DISAGREE"]), comment: z.string().nullable() })
    .nullable()
    .optional(),
  /** Your own highlights before the work is returned: true when your teacher has given feedback (shown once returned). */
  feedbackGiven: z.boolean().optional(),
  /** The teacher's review of one student: the tag or note changed after the latest verdict. */
  editedAfterFeedback: z.boolean().optional(),
  /** The teacher's review of one student: when the student deleted it (a highlight with feedback is kept for the teacher). */
  deletedAt: z.string().nullable().optional(),
  /**
   * true: it could not be placed when the assignment moved to a new article version; `exact`,
   * `prefix` and `suffix` are its old quote, `start`/`end` point into an older text. Only in
   * lists asked for with ?orphaned=true; the other lists hold placed highlights alone.
   */
  orphaned: z.boolean().optional(),
});
export type AnnotationDto = z.infer<typeof AnnotationDto>;
