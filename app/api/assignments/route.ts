import { listAssignments } from "@/lib/classes/list-assignments";
import { withActor } from "@/lib/http/api-handler";

export const GET = withActor(async ({ actor }) => {
  const assignments = await listAssignments(actor);
  return Response.json(assignments.map(({ id, title, className, tags, dueAt }) => ({ id, title, className, tags, dueAt })));
});
