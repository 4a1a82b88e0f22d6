import { createAnnotation } from "@/lib/annotations/create-annotation";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { ANNOTATION_BODY_LIMIT_BYTES, CreateAnnotationInput, ListAnnotationsQuery } from "@/lib/annotations/schemas";
import { withActor } from "@/lib/http/api-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { readQuery } from "@/lib/http/read-query";

export const GET = withActor<{ id: string }>(async ({ actor, params, request }) => {
  const query = readQuery(request, ListAnnotationsQuery);
  return Response.json(await listAnnotations(actor, params.id, query));
});

export const POST = withActor<{ id: string }>(async ({ actor, params, request }) => {
  const input = await readJsonBody(request, CreateAnnotationInput, ANNOTATION_BODY_LIMIT_BYTES);
  const { annotation, created } = await createAnnotation(actor, params.id, input);
  return Response.json(annotation, { status: created ? 201 : 200 });
});
