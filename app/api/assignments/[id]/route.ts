import { getAssignment } from "@/lib/classes/get-assignment";
import { withActor } from "@/lib/http/api-handler";

export const GET = withActor<{ id: string }>(async ({ actor, params }) => {
  const { id, title, instructions, dueAt, tags, article } = await getAssignment(actor, params.id);
  return Response.json({ id, title, instructions, dueAt, tags, article });
});
