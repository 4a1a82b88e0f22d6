import { placeOrphanedAnnotation } from "@/lib/annotations/place-orphaned-annotation";
import { ANNOTATION_BODY_LIMIT_BYTES, PlaceAnnotationInput } from "@/lib/annotations/schemas";
import { withActor } from "@/lib/http/api-handler";
import { readJsonBody } from "@/lib/http/read-json-body";

export const POST = withActor<{ id: string }>(async ({ actor, params, request }) => {
  const input = await readJsonBody(request, PlaceAnnotationInput, ANNOTATION_BODY_LIMIT_BYTES);
  return Response.json(await placeOrphanedAnnotation(actor, params.id, input));
});
