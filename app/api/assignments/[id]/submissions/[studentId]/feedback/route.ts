import { setSubmissionFeedback } from "@/lib/classes/set-submission-feedback";
import { SubmissionFeedbackInput } from "@/lib/classes/submission-schemas";
import { withActor } from "@/lib/http/api-handler";
import { JSON_BODY_LIMIT_BYTES } from "@/lib/http/limits";
import { readJsonBody } from "@/lib/http/read-json-body";

export const PUT = withActor<{ id: string; studentId: string }>(async ({ actor, params, request }) => {
  const input = await readJsonBody(request, SubmissionFeedbackInput, JSON_BODY_LIMIT_BYTES);
  return Response.json(await setSubmissionFeedback(actor, params.id, params.studentId, input));
});
