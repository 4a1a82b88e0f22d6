import { z } from "zod";
import { TagSetInput } from "@/lib/annotations/tag-set-input";
import { BlockKindList } from "@/lib/articles/block-kinds";
import { DueAtText, DueTimeZone, resolveDueAt } from "./due-at-input";
import { optionalPlainText, requiredPlainText } from "@/lib/text/plain-text";

export const REVEAL_POLICIES = ["ALWAYS", "AFTER_SUBMIT", "AFTER_DUE", "MANUAL"] as const;

const Title = requiredPlainText(200);
const Instructions = optionalPlainText(4000);
/** What scores on this assignment are out of: "8 / 10". */
export const ScoreOutOf = z.number().int("must be a whole number").min(1, "must be at least 1").max(1000, "must be at most 1000");

export const CreateAssignmentInput = z
  .object({
    classId: z.uuid("must be a class id"),
    articleId: z.uuid("must be an article id"),
    title: Title,
    instructions: Instructions.nullable().optional(),
    dueAt: DueAtText.nullable().optional(),
    /** The zone a dueAt without an offset was typed in. */
    timeZone: DueTimeZone.optional(),
    revealPolicy: z.enum(REVEAL_POLICIES).default("AFTER_SUBMIT"),
    showClassmateNames: z.boolean().default(true),
    tags: TagSetInput.optional(),
    scoreOutOf: ScoreOutOf.nullable().optional(),
  })
  .strict()
  .transform(resolveDueAt)
  .refine((input) => input.revealPolicy !== "AFTER_DUE" || input.dueAt, {
    message: "a due date is needed when classmates' work is revealed after it",
    path: ["dueAt"],
  });
export type CreateAssignmentInput = z.infer<typeof CreateAssignmentInput>;

export const UpdateAssignmentInput = z
  .object({
    title: Title.optional(),
    instructions: Instructions.nullable().optional(),
    dueAt: DueAtText.nullable().optional(),
    /** The zone a dueAt without an offset was typed in. */
    timeZone: DueTimeZone.optional(),
    revealPolicy: z.enum(REVEAL_POLICIES).optional(),
    showClassmateNames: z.boolean().optional(),
    /** MANUAL reveal: true shares classmates' work now, false takes it back. */
    released: z.boolean().optional(),
    tags: TagSetInput.optional(),
    /** null removes the scale; refused (409) below a score already given. */
    scoreOutOf: ScoreOutOf.nullable().optional(),
  })
  .strict()
  // A zone alone changes nothing: it only says how to read a dueAt.
  .refine((input) => Object.entries(input).some(([key, value]) => key !== "timeZone" && value !== undefined), "give something to change")
  .transform(resolveDueAt);
export type UpdateAssignmentInput = z.infer<typeof UpdateAssignmentInput>;

const TagDto = z.object({ id: z.string(), label: z.string(), color: z.string(), requiresNote: z.boolean() });

export const AssignmentDto = z.object({
  id: z.uuid(),
  title: z.string(),
  instructions: z.string().nullable(),
  dueAt: z.string().nullable(),
  classId: z.uuid(),
  className: z.string(),
  revealPolicy: z.enum(REVEAL_POLICIES),
  released: z.boolean(),
  showClassmateNames: z.boolean(),
  tags: z.array(TagDto),
  /** What scores are out of (null: no scale set). */
  scoreOutOf: z.number().int().nullable(),
  /** versionId: send it as articleVersionId with new highlights, so that a save made on this text is refused once the assignment moves to another. */
  article: z.object({
    id: z.uuid(),
    title: z.string(),
    author: z.string().nullable(),
    /** The publication day, "2026-11-03": a calendar day, the same in every time zone. */
    publishedAt: z.string().nullable(),
    version: z.number().int(),
    versionId: z.uuid(),
    text: z.string(),
    blocks: BlockKindList.nullable(),
  }),
});

export const ProgressDto = z.object({
  state: z.enum(["not_started", "in_progress", "submitted", "returned"]),
  annotationCount: z.number().int().optional(),
  submittedAt: z.string().nullable().optional(),
  late: z.boolean().optional(),
  returnedAt: z.string().optional(),
});

export const AssignmentListItemDto = z.object({
  id: z.uuid(),
  title: z.string(),
  classId: z.uuid(),
  className: z.string(),
  tags: z.array(TagDto),
  dueAt: z.string().nullable(),
  progress: ProgressDto.optional(),
  classProgress: z.object({ students: z.number().int(), submitted: z.number().int(), annotationCount: z.number().int() }).optional(),
});

export const ProgressRowDto = ProgressDto.extend({ student: z.object({ id: z.uuid(), name: z.string() }), locked: z.boolean() });
