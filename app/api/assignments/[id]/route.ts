import { UpdateAssignmentInput } from "@/lib/classes/assignment-schemas";
import { getAssignment, type AssignmentDetail } from "@/lib/classes/get-assignment";
import { updateAssignment } from "@/lib/classes/update-assignment";
import { withActor } from "@/lib/http/api-handler";
import { JSON_BODY_LIMIT_BYTES } from "@/lib/http/limits";
import { readJsonBody } from "@/lib/http/read-json-body";

const toResponse = ({ viewerRole, archived, ...assignment }: AssignmentDetail) => Response.json(assignment);

export const GET = withActor<{ id: string }>(async ({ actor, params }) => toResponse(await getAssignment(actor, params.id)));

export const PATCH = withActor<{ id: string }>(async ({ actor, params, request }) => {
  const input = await readJsonBody(request, UpdateAssignmentInput, JSON_BODY_LIMIT_BYTES);
  return toResponse(await updateAssignment(actor, params.id, input));
});
