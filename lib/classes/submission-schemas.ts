import { z } from "zod";
import { optionalPlainText } from "@/lib/text/plain-text";

const Comment = optionalPlainText(4000);

export const VERDICTS = ["AGREE", "PARTLY", "DISAGREE"] as const;

export const AnnotationFeedbackInput = z
  .object({ verdict: z.enum(VERDICTS), comment: Comment.nullable().optional() })
  .strict();
export type AnnotationFeedbackInput = z.infer<typeof AnnotationFeedbackInput>;

export const SubmissionFeedbackInput = z
  .object({
    comment: Comment.nullable().optional(),
    /** At most the assignment's scoreOutOf when it has one (422 above it). */
    score: z.number().min(0, "must not be negative").max(1000, "must be at most 1000").nullable().optional(),
    /**
     * The overall comment as the form loaded it: when the stored one is no longer this (another
     * tab changed it), the save is refused with 409 edit_conflict and the stored text in details.current.
     */
    expectedComment: Comment.nullable().optional(),
    /** true hands the work back to the student with the feedback; false takes it back. */
    returned: z.boolean().optional(),
    /** true stops the student from taking the submission back. */
    locked: z.boolean().optional(),
  })
  .strict()
  .refine(({ expectedComment, ...change }) => Object.values(change).some((value) => value !== undefined), "give something to change");
export type SubmissionFeedbackInput = z.infer<typeof SubmissionFeedbackInput>;

export const AnswerKeyInput = z.object({ enabled: z.boolean() }).strict();

export const SubmissionDto = z.object({
  status: z.enum(["DRAFT", "SUBMITTED"]),
  submittedAt: z.string().nullable(),
  late: z.boolean(),
  locked: z.boolean(),
  returnedAt: z.string().nullable(),
  /** Whether the student may still take it back (before the due date, not locked or returned, classmates' work not seen). */
  canUnsubmit: z.boolean(),
  /** Highlights per tag id. */
  counts: z.record(z.string(), z.number().int()),
  /** Highlights whose tag needs a note and that have none: they block submitting. */
  missingNotes: z.array(z.object({ annotationId: z.uuid(), tag: z.string(), exact: z.string() })),
  /** The teacher's overall feedback, once returned (always, for the teacher). */
  feedback: z.object({ comment: z.string().nullable(), score: z.number().nullable(), scoreOutOf: z.number().int().nullable() }).nullable(),
  classmatesVisible: z.boolean(),
  /** AFTER_SUBMIT: when classmates' highlights were first shown to the student; from then on the work cannot be taken back. */
  classmatesSeenAt: z.string().nullable(),
});
export type SubmissionDto = z.infer<typeof SubmissionDto>;

export const AnnotationFeedbackDto = z.object({ verdict: z.enum(VERDICTS), comment: z.string().nullable(), updatedAt: z.string() });
export const StudentSubmissionDto = SubmissionDto.extend({ student: z.object({ id: z.uuid(), name: z.string() }) });
export const AnswerKeyDto = z.object({ answerKey: z.boolean(), annotationCount: z.number().int() });
