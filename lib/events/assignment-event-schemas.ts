import { z } from "zod";

/**
 * The events of GET /api/assignments/{id}/events. None carries content: a client re-fetches
 * what it shows (GET /progress, GET /compare) when told to.
 * - `ready`: this stream is live. Sent on every (re)connection: re-fetch, since changes made
 *   while it was away were not kept for it (no Last-Event-ID replay).
 * - `change`: something the viewer sees changed; re-fetch.
 * - `end`: the viewer may no longer watch (signed out, removed from the class): do not reconnect.
 */
export { ASSIGNMENT_EVENT } from "./assignment-event-names";

export const AssignmentChangeEvent = z.object({
  changes: z
    .array(
      z.object({
        kind: z.enum(["annotation", "submission", "enrollment"]),
        /** Whose work changed: for the class's teacher only. */
        studentId: z.uuid().optional(),
      }),
    )
    .min(1),
});
export type AssignmentChangeEvent = z.infer<typeof AssignmentChangeEvent>;
