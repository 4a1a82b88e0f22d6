import type { ChangeHub } from "./change-hub";
import type { ChangeNotice } from "./change-notice";
import { ASSIGNMENT_EVENT, type AssignmentChangeEvent } from "./assignment-event-schemas";
import type { AssignmentWatch } from "./assignment-watch";
import { sseComment, sseEvent, sseRetry } from "./sse-frames";
import { visibleChange, type VisibleChange } from "./visible-change";

export interface EventStreamTiming {
  /** A comment this often keeps proxies and browsers from closing an idle stream (and re-checks the viewer). */
  heartbeatMs: number;
  /** The browser's wait before it reconnects a dropped stream. */
  retryMs: number;
  /** A stream whose instance is not listening by then ends, so the browser tries again (perhaps elsewhere). */
  readyTimeoutMs: number;
}

export const EVENT_STREAM_TIMING: EventStreamTiming = { heartbeatMs: 15_000, retryMs: 2_000, readyTimeoutMs: 10_000 };

// A browser that stops reading (a frozen tab) must not make the server hold frames without end.
const MOST_FRAMES_QUEUED = 64;

const encoder = new TextEncoder();

/**
 * An assignment's change events for one viewer, as server-sent events. Nothing is written that
 * the viewer was not just checked for (stillAllowed before every frame after the first): a
 * refusal sends `end` and closes; a failed check (the database away) closes, and the browser's
 * reconnect starts afresh. Changes arriving while a frame is being checked and sent are sent
 * together in the next one. The stream ends on client disconnect (`signal`) and unsubscribes.
 */
export function assignmentEventStream(
  watch: Pick<AssignmentWatch, "topic" | "scope" | "stillAllowed">,
  hub: Pick<ChangeHub, "subscribe">,
  signal: AbortSignal,
  timing: EventStreamTiming = EVENT_STREAM_TIMING,
): ReadableStream<Uint8Array> {
  let finish: () => void = () => undefined;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let ended = false;
      let queue = Promise.resolve();
      const pending = new Map<string, VisibleChange>();
      let flushQueued = false;

      const write = (frame: string) => {
        if (ended) return;
        if ((controller.desiredSize ?? 0) < -MOST_FRAMES_QUEUED) return end();
        controller.enqueue(encoder.encode(frame));
      };

      /** Runs `frame` after the frames before it, once the viewer has been checked again. */
      const sendChecked = (frame: () => string | null) => {
        queue = queue.then(async () => {
          if (ended) return;
          let allowed: boolean;
          try {
            allowed = await watch.stillAllowed();
          } catch {
            return end();
          }
          if (!allowed) {
            write(sseEvent(ASSIGNMENT_EVENT.end, { reason: "not_allowed" }));
            return end();
          }
          const text = frame();
          if (text !== null) write(text);
        });
      };

      const onChange = (notice: ChangeNotice) => {
        const change = visibleChange(watch.scope, notice);
        if (!change) return;
        pending.set(`${change.kind}:${change.studentId ?? ""}`, change);
        if (flushQueued) return;
        flushQueued = true;
        sendChecked(() => {
          flushQueued = false;
          const changes = [...pending.values()];
          pending.clear();
          if (changes.length === 0) return null;
          const data: AssignmentChangeEvent = { changes };
          return sseEvent(ASSIGNMENT_EVENT.change, data);
        });
      };

      const heartbeat = setInterval(() => sendChecked(() => sseComment("keep-alive")), timing.heartbeatMs);
      const readyTimer = setTimeout(() => end(), timing.readyTimeoutMs);
      let unsubscribe = () => undefined as void;
      unsubscribe = hub.subscribe({
        topic: watch.topic,
        onChange,
        onReady: () => {
          clearTimeout(readyTimer);
          sendChecked(() => sseEvent(ASSIGNMENT_EVENT.ready, {}));
        },
        // This instance may miss changes until it listens again: the browser should reconnect and re-fetch.
        onLost: () => end(),
      });
      if (ended) unsubscribe();

      function end() {
        if (ended) return;
        ended = true;
        unsubscribe();
        clearInterval(heartbeat);
        clearTimeout(readyTimer);
        signal.removeEventListener("abort", end);
        try {
          controller.close();
        } catch {
          // Already cancelled by the client.
        }
      }
      finish = end;

      write(sseRetry(timing.retryMs));
      if (signal.aborted) end();
      else signal.addEventListener("abort", end);
    },
    cancel() {
      finish();
    },
  });
}
