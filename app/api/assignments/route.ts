import { CreateAssignmentInput } from "@/lib/classes/assignment-schemas";
import { createAssignment } from "@/lib/classes/create-assignment";
import { listAssignments } from "@/lib/classes/list-assignments";
import { withActor } from "@/lib/http/api-handler";
import { JSON_BODY_LIMIT_BYTES } from "@/lib/http/limits";
import { readJsonBody } from "@/lib/http/read-json-body";

export const GET = withActor(async ({ actor }) => {
  const assignments = await listAssignments(actor);
  return Response.json(
    assignments.map(({ id, title, classId, className, tags, dueAt, progress, classProgress }) => ({
      id,
      title,
      classId,
      className,
      tags,
      dueAt,
      ...(progress && { progress }),
      ...(classProgress && { classProgress }),
    })),
  );
});

export const POST = withActor(async ({ actor, request }) => {
  const input = await readJsonBody(request, CreateAssignmentInput, JSON_BODY_LIMIT_BYTES);
  const { viewerRole, archived, ...assignment } = await createAssignment(actor, input);
  return Response.json(assignment, { status: 201 });
});
