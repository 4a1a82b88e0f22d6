import { CreateClassInput } from "@/lib/classes/class-schemas";
import { createClass } from "@/lib/classes/create-class";
import { listClasses } from "@/lib/classes/list-classes";
import { withActor } from "@/lib/http/api-handler";
import { JSON_BODY_LIMIT_BYTES } from "@/lib/http/limits";
import { readJsonBody } from "@/lib/http/read-json-body";

export const GET = withActor(async ({ actor }) => Response.json(await listClasses(actor)));

export const POST = withActor(async ({ actor, request }) => {
  const input = await readJsonBody(request, CreateClassInput, JSON_BODY_LIMIT_BYTES);
  return Response.json(await createClass(actor, input), { status: 201 });
});
