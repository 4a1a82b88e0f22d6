import { JoinClassInput } from "@/lib/classes/class-schemas";
import { joinClass } from "@/lib/classes/join-class";
import { withActor } from "@/lib/http/api-handler";
import { clientAddress } from "@/lib/http/client-address";
import { JSON_BODY_LIMIT_BYTES } from "@/lib/http/limits";
import { readJsonBody } from "@/lib/http/read-json-body";

export const POST = withActor(async ({ actor, request }) => {
  const input = await readJsonBody(request, JoinClassInput, JSON_BODY_LIMIT_BYTES);
  return Response.json(await joinClass(actor, input, clientAddress(request.headers)));
});
