/**
 * Server-Sent Events framing (WHATWG HTML, "Server-sent events"): a frame ends with a blank
 * line; a line starting with ":" is a comment, which keeps proxies from closing an idle stream.
 * Data here is JSON, which has no raw newlines, so one data line each.
 */
export const sseComment = (text: string): string => `: ${text.replace(/[\r\n]+/g, " ")}\n\n`;

/** How long the browser waits before reconnecting a dropped stream. */
export const sseRetry = (milliseconds: number): string => `retry: ${Math.round(milliseconds)}\n\n`;

export const sseEvent = (event: string, data: unknown): string => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
