import { getStudentSubmission } from "@/lib/classes/get-student-submission";
import { withActor } from "@/lib/http/api-handler";

export const GET = withActor<{ id: string; studentId: string }>(async ({ actor, params }) =>
  Response.json(await getStudentSubmission(actor, params.id, params.studentId)),
);
