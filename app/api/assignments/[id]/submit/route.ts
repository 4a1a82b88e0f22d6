import { submitAssignment } from "@/lib/classes/submit-assignment";
import { withActor } from "@/lib/http/api-handler";

export const POST = withActor<{ id: string }>(async ({ actor, params }) => Response.json(await submitAssignment(actor, params.id)));
