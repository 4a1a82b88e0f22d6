import { removeStudent } from "@/lib/classes/remove-student";
import { withActor } from "@/lib/http/api-handler";

export const DELETE = withActor<{ id: string; studentId: string }>(async ({ actor, params }) => {
  await removeStudent(actor, params.id, params.studentId);
  return new Response(null, { status: 204 });
});
