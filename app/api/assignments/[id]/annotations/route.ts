import { listAnnotations } from "@/lib/annotations/list-annotations";
import { ListAnnotationsQuery } from "@/lib/annotations/schemas";
import { withActor } from "@/lib/http/api-handler";
import { readLimitedBody } from "@/lib/http/read-limited-body";
import { readQuery } from "@/lib/http/read-query";
import { CREATE_ANNOTATION_ROUTE } from "@/lib/http/save-lane/save-routes";

export const GET = withActor<{ id: string }>(async ({ actor, params, request }) => {
  const query = readQuery(request, ListAnnotationsQuery);
  return Response.json(await listAnnotations(actor, params.id, query));
});

// In production the front door's save lane answers this route first (lib/http/save-lane).
export const POST = withActor<{ id: string }>(async ({ actor, params, request }) => {
  const { status, body } = await CREATE_ANNOTATION_ROUTE.answer({ actor }, params.id, await readLimitedBody(request, CREATE_ANNOTATION_ROUTE.limitBytes));
  return Response.json(body, { status });
});
