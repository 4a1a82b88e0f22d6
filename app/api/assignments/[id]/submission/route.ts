import { getOwnSubmission } from "@/lib/classes/get-own-submission";
import { withActor } from "@/lib/http/api-handler";

export const GET = withActor<{ id: string }>(async ({ actor, params }) => Response.json(await getOwnSubmission(actor, params.id)));
