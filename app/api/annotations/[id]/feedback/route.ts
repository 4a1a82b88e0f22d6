import { setAnnotationFeedback } from "@/lib/classes/set-annotation-feedback";
import { AnnotationFeedbackInput } from "@/lib/classes/submission-schemas";
import { withActor } from "@/lib/http/api-handler";
import { JSON_BODY_LIMIT_BYTES } from "@/lib/http/limits";
import { readJsonBody } from "@/lib/http/read-json-body";

export const PUT = withActor<{ id: string }>(async ({ actor, params, request }) => {
  const input = await readJsonBody(request, AnnotationFeedbackInput, JSON_BODY_LIMIT_BYTES);
  return Response.json(await setAnnotationFeedback(actor, params.id, input));
});
