import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { ANNOTATION_BODY_LIMIT_BYTES, UpdateAnnotationInput } from "@/lib/annotations/schemas";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { withActor } from "@/lib/http/api-handler";
import { readJsonBody } from "@/lib/http/read-json-body";

export const PATCH = withActor<{ id: string }>(async ({ actor, params, request }) => {
  const input = await readJsonBody(request, UpdateAnnotationInput, ANNOTATION_BODY_LIMIT_BYTES);
  return Response.json(await updateAnnotation(actor, params.id, input));
});

export const DELETE = withActor<{ id: string }>(async ({ actor, params }) => {
  await deleteAnnotation(actor, params.id);
  return new Response(null, { status: 204 });
});
