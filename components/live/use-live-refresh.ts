"use client";

import { useEffect, useRef, useState } from "react";
import { ASSIGNMENT_EVENT } from "@/lib/events/assignment-event-names";
import { RefreshThrottle } from "./refresh-throttle";

/** connecting: not yet live; live: changes arrive; reconnecting: the stream dropped and is being re-opened; stopped: not allowed any more. */
export type LiveState = "connecting" | "live" | "reconnecting" | "stopped";

const MIN_GAP_MS = 400;
const MAX_REOPEN_DELAY_MS = 30_000;

/**
 * Keeps what a page shows of an assignment current: listens to the assignment's event stream
 * and calls `refresh` (throttled) when the stream opens or re-opens (changes made while it was
 * away are not replayed) and when something changed. The browser reconnects a dropped stream by
 * itself; one it gave up on (an error status: the instance or the database away) is re-opened
 * here with backoff.
 */
export function useLiveRefresh(assignmentId: string, refresh: () => Promise<void>): LiveState {
  const [state, setState] = useState<LiveState>("connecting");
  const latestRefresh = useRef(refresh);
  useEffect(() => {
    latestRefresh.current = refresh;
  });

  useEffect(() => {
    const throttle = new RefreshThrottle(() => latestRefresh.current(), MIN_GAP_MS);
    let source: EventSource | null = null;
    let reopenTimer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let wasLive = false;
    let stopped = false;

    const open = () => {
      const current = new EventSource(`/api/assignments/${encodeURIComponent(assignmentId)}/events`);
      source = current;
      current.addEventListener(ASSIGNMENT_EVENT.ready, () => {
        failures = 0;
        wasLive = true;
        setState("live");
        throttle.request();
      });
      // Any change means "fetch again": its ids are not needed here (the tests hold the frames to
      // AssignmentChangeEvent), so zod stays out of the page's JavaScript.
      current.addEventListener(ASSIGNMENT_EVENT.change, () => throttle.request());
      current.addEventListener(ASSIGNMENT_EVENT.end, () => {
        stopped = true;
        current.close();
        setState("stopped");
      });
      current.onerror = () => {
        if (stopped) return;
        setState(wasLive ? "reconnecting" : "connecting");
        if (current.readyState !== EventSource.CLOSED) return;
        reopenTimer = setTimeout(open, Math.min(MAX_REOPEN_DELAY_MS, 1_000 * 2 ** failures));
        failures += 1;
      };
    };
    open();
    return () => {
      stopped = true;
      clearTimeout(reopenTimer);
      source?.close();
      throttle.dispose();
    };
  }, [assignmentId]);

  return state;
}
