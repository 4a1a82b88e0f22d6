import { unsubmitAssignment } from "@/lib/classes/unsubmit-assignment";
import { withActor } from "@/lib/http/api-handler";

export const POST = withActor<{ id: string }>(async ({ actor, params }) => Response.json(await unsubmitAssignment(actor, params.id)));
