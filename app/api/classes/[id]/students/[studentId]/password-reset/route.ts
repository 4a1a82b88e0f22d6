import { resetStudentPassword } from "@/lib/classes/reset-student-password";
import { withActor } from "@/lib/http/api-handler";

export const POST = withActor<{ id: string; studentId: string }>(async ({ actor, params }) =>
  Response.json(await resetStudentPassword(actor, params.id, params.studentId)),
);
