import { MoveToVersionInput } from "@/lib/classes/article-version-schemas";
import { moveAssignmentToVersion } from "@/lib/classes/move-assignment-to-version";
import { withActor } from "@/lib/http/api-handler";
import { JSON_BODY_LIMIT_BYTES } from "@/lib/http/limits";
import { readJsonBody } from "@/lib/http/read-json-body";

export const POST = withActor<{ id: string }>(async ({ actor, params, request }) => {
  const input = await readJsonBody(request, MoveToVersionInput, JSON_BODY_LIMIT_BYTES);
  return Response.json(await moveAssignmentToVersion(actor, params.id, input));
});
