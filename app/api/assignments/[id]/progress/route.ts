import { getAssignmentProgress } from "@/lib/classes/get-assignment-progress";
import { withActor } from "@/lib/http/api-handler";

export const GET = withActor<{ id: string }>(async ({ actor, params }) => Response.json(await getAssignmentProgress(actor, params.id)));
