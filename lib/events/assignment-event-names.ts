/** The event names of GET /api/assignments/{id}/events (see assignment-event-schemas.ts); no zod, so the browser can import them. */
export const ASSIGNMENT_EVENT = { ready: "ready", change: "change", end: "end" } as const;
