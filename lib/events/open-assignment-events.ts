import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getCurrentSessionKey } from "@/lib/auth/current-actor";
import { Unauthenticated } from "@/lib/errors";
import { assignmentEventStream } from "./assignment-event-stream";
import { openAssignmentWatch } from "./assignment-watch";
import { getChangeHub } from "./instance-change-hub";

/**
 * GET /api/assignments/{id}/events: the viewer is checked as the progress or compare route
 * would check them (404, 403), then the stream starts. X-Accel-Buffering tells nginx not to
 * buffer this one answer, whatever its proxy_buffering says. (Next.js may gzip the stream; it
 * flushes each frame, so nothing is held back.)
 */
export async function openAssignmentEvents(actor: Actor, assignmentId: string, signal: AbortSignal): Promise<Response> {
  const session = await getCurrentSessionKey();
  if (!session) throw new Unauthenticated();
  const watch = await openAssignmentWatch(actor, session, assignmentId);
  return new Response(assignmentEventStream(watch, getChangeHub(), signal), {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store",
      "x-accel-buffering": "no",
    },
  });
}
