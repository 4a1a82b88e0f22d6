import { applyAnnotationBatch } from "@/lib/annotations/apply-annotation-batch";
import { AnnotationBatchInput, BATCH_BODY_LIMIT_BYTES } from "@/lib/annotations/batch-schemas";
import { withActor } from "@/lib/http/api-handler";
import { readJsonBody } from "@/lib/http/read-json-body";

export const POST = withActor<{ id: string }>(async ({ actor, params, request }) => {
  const { operations } = await readJsonBody(request, AnnotationBatchInput, BATCH_BODY_LIMIT_BYTES);
  return Response.json(await applyAnnotationBatch(actor, params.id, operations));
});
