import { withActor } from "@/lib/http/api-handler";
import { readLimitedBody } from "@/lib/http/read-limited-body";
import { ANNOTATION_BATCH_ROUTE } from "@/lib/http/save-lane/save-routes";

// In production the front door's save lane answers this route first (lib/http/save-lane).
export const POST = withActor<{ id: string }>(async ({ actor, params, request }) => {
  const { status, body } = await ANNOTATION_BATCH_ROUTE.answer({ actor }, params.id, await readLimitedBody(request, ANNOTATION_BATCH_ROUTE.limitBytes));
  return Response.json(body, { status });
});
