import { UpdateClassInput } from "@/lib/classes/class-schemas";
import { getClass } from "@/lib/classes/get-class";
import { updateClass } from "@/lib/classes/update-class";
import { withActor } from "@/lib/http/api-handler";
import { JSON_BODY_LIMIT_BYTES } from "@/lib/http/limits";
import { readJsonBody } from "@/lib/http/read-json-body";

export const GET = withActor<{ id: string }>(async ({ actor, params }) => Response.json(await getClass(actor, params.id)));

export const PATCH = withActor<{ id: string }>(async ({ actor, params, request }) => {
  const input = await readJsonBody(request, UpdateClassInput, JSON_BODY_LIMIT_BYTES);
  return Response.json(await updateClass(actor, params.id, input));
});
