import { setAnswerKey } from "@/lib/classes/set-answer-key";
import { AnswerKeyInput } from "@/lib/classes/submission-schemas";
import { withActor } from "@/lib/http/api-handler";
import { JSON_BODY_LIMIT_BYTES } from "@/lib/http/limits";
import { readJsonBody } from "@/lib/http/read-json-body";

export const PUT = withActor<{ id: string }>(async ({ actor, params, request }) => {
  const { enabled } = await readJsonBody(request, AnswerKeyInput, JSON_BODY_LIMIT_BYTES);
  return Response.json(await setAnswerKey(actor, params.id, enabled));
});
