import { z } from "zod";
import { AnnotationDto, BaseRevision, CreateAnnotationInput, UpdateAnnotationInput } from "./schemas";

import { BATCH_MAX_OPERATIONS } from "./batch-limits";

export { BATCH_BODY_LIMIT_BYTES, BATCH_MAX_OPERATIONS } from "./batch-limits";

const AnnotationId = z.uuid("must be a UUID");

const CreateOperation = CreateAnnotationInput.safeExtend({ op: z.literal("create"), id: AnnotationId });
const UpdateOperation = z
  .object({ op: z.literal("update"), id: AnnotationId })
  .extend(UpdateAnnotationInput.shape)
  .strict()
  .refine((input) => input.tag !== undefined || input.note !== undefined, "give a tag or a note to change");
const DeleteOperation = z.object({ op: z.literal("delete"), id: AnnotationId, baseRevision: BaseRevision.optional() }).strict();

export const AnnotationOperation = z.discriminatedUnion("op", [CreateOperation, UpdateOperation, DeleteOperation]);
export type AnnotationOperation = z.infer<typeof AnnotationOperation>;

export const AnnotationBatchInput = z
  .object({ operations: z.array(AnnotationOperation).min(1, "send at least one change").max(BATCH_MAX_OPERATIONS) })
  .strict();
export type AnnotationBatchInput = z.infer<typeof AnnotationBatchInput>;

/** One change's answer: the status it would have had on its own route, and the record or the error. */
export const AnnotationOperationResult = z.object({
  id: z.uuid(),
  op: z.enum(["create", "update", "delete"]),
  status: z.number().int(),
  annotation: AnnotationDto.optional(),
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }).optional(),
});
export type AnnotationOperationResult = z.infer<typeof AnnotationOperationResult>;

export const AnnotationBatchDto = z.object({
  results: z.array(AnnotationOperationResult),
  /** The server's clock when the batch was done: a device compares it with a page's render time to tell which is newer. */
  savedAt: z.iso.datetime(),
});
export type AnnotationBatchDto = z.infer<typeof AnnotationBatchDto>;
