import { openAssignmentEvents } from "@/lib/events/open-assignment-events";
import { withActor } from "@/lib/http/api-handler";

export const GET = withActor<{ id: string }>(({ actor, params, request }) => openAssignmentEvents(actor, params.id, request.signal));
