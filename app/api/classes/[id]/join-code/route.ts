import { regenerateJoinCode } from "@/lib/classes/regenerate-join-code";
import { withActor } from "@/lib/http/api-handler";

export const POST = withActor<{ id: string }>(async ({ actor, params }) => Response.json(await regenerateJoinCode(actor, params.id)));
