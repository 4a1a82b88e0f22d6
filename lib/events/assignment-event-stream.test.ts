import { describe, expect, it } from "vitest";
import type { ChangeSubscriber } from "./change-hub";
import { assignmentEventStream, type EventStreamTiming } from "./assignment-event-stream";
import type { WatchScope } from "./visible-change";

const assignmentId = "6f1c2b4e-8f0a-4c1e-9b7d-2a3c4d5e6f70";
const classId = "9a8b7c6d-5e4f-4321-8765-43210fedcba9";
const ava = "0b7e5c3a-1d2f-4a6b-8c9d-0e1f2a3b4c5d";
const ben = "1c8f6d4b-2e3a-4b7c-9d0e-1f2a3b4c5d6e";
const QUIET: EventStreamTiming = { heartbeatMs: 60_000, retryMs: 2_000, readyTimeoutMs: 60_000 };

/** A hub with one subscriber at most, driven by the test. */
class FakeHub {
  subscriber: ChangeSubscriber | null = null;
  unsubscribed = 0;
  subscribe(subscriber: ChangeSubscriber) {
    this.subscriber = subscriber;
    return () => {
      this.unsubscribed += 1;
      this.subscriber = null;
    };
  }
}

function open(options: { scope?: WatchScope; allowed?: () => Promise<boolean>; timing?: EventStreamTiming } = {}) {
  const hub = new FakeHub();
  const abort = new AbortController();
  const checks = { count: 0 };
  const stream = assignmentEventStream(
    {
      topic: { assignmentId, classId },
      scope: options.scope ?? "class",
      stillAllowed: () => {
        checks.count += 1;
        return options.allowed ? options.allowed() : Promise.resolve(true);
      },
    },
    hub,
    abort.signal,
    options.timing ?? QUIET,
  );
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let done = false;
  const pump = (async () => {
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) return void (done = true);
      text += decoder.decode(chunk.value);
    }
  })();
  return { hub, abort, checks, read: () => text, isDone: () => done, pump, reader };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("an assignment's event stream", () => {
  it("starts with the retry hint, says ready once the instance listens, then sends each change with whose it was", async () => {
    const s = open();
    await settle();
    expect(s.read()).toBe("retry: 2000\n\n");
    s.hub.subscriber!.onReady();
    await settle();
    s.hub.subscriber!.onChange({ k: "annotation", a: assignmentId, s: ava });
    await settle();
    expect(s.read()).toBe(
      "retry: 2000\n\n" + "event: ready\ndata: {}\n\n" + `event: change\ndata: {"changes":[{"kind":"annotation","studentId":"${ava}"}]}\n\n`,
    );
    s.abort.abort();
  });

  it("checks the viewer again before every frame it sends after the first", async () => {
    const s = open();
    s.hub.subscriber!.onReady();
    await settle();
    s.hub.subscriber!.onChange({ k: "submission", a: assignmentId, s: ava });
    await settle();
    expect(s.checks.count).toBe(2);
    s.abort.abort();
  });

  it("changes that arrive while a frame is being checked go out together in the next one", async () => {
    let release: (allowed: boolean) => void = () => undefined;
    const s = open({ allowed: () => new Promise((resolve) => (release = resolve)) });
    s.hub.subscriber!.onChange({ k: "annotation", a: assignmentId, s: ava });
    s.hub.subscriber!.onChange({ k: "annotation", a: assignmentId, s: ben });
    s.hub.subscriber!.onChange({ k: "annotation", a: assignmentId, s: ava });
    s.hub.subscriber!.onChange({ k: "submission", a: assignmentId, s: ben });
    await settle();
    release(true);
    await settle();
    expect(s.checks.count).toBe(1);
    const frames = s.read().split("\n\n").filter((frame) => frame.startsWith("event: change"));
    expect(frames).toHaveLength(1);
    expect(JSON.parse(frames[0]!.split("data: ")[1]!)).toEqual({
      changes: [
        { kind: "annotation", studentId: ava },
        { kind: "annotation", studentId: ben },
        { kind: "submission", studentId: ben },
      ],
    });
    s.abort.abort();
  });

  it("a classmate's stream says nothing of drafts and never whose work it was", async () => {
    const s = open({ scope: "classmates" });
    s.hub.subscriber!.onChange({ k: "annotation", a: assignmentId, s: ava });
    s.hub.subscriber!.onChange({ k: "enrollment", c: classId, s: ben });
    await settle();
    expect(s.checks.count).toBe(0);
    s.hub.subscriber!.onChange({ k: "submission", a: assignmentId, s: ava });
    await settle();
    expect(s.read()).toBe("retry: 2000\n\n" + 'event: change\ndata: {"changes":[{"kind":"submission"}]}\n\n');
    expect(s.read()).not.toContain(ava);
    s.abort.abort();
  });

  it("a viewer no longer allowed gets `end` instead of the change, and the stream closes and unsubscribes", async () => {
    const s = open({ allowed: () => Promise.resolve(false) });
    s.hub.subscriber!.onChange({ k: "annotation", a: assignmentId, s: ava });
    await s.pump;
    expect(s.read()).toBe("retry: 2000\n\n" + 'event: end\ndata: {"reason":"not_allowed"}\n\n');
    expect(s.hub.unsubscribed).toBe(1);
  });

  it("a check that fails (the database away) closes the stream without sending, so the browser reconnects afresh", async () => {
    const s = open({ allowed: () => Promise.reject(new Error("connection refused")) });
    s.hub.subscriber!.onChange({ k: "annotation", a: assignmentId, s: ava });
    await s.pump;
    expect(s.read()).toBe("retry: 2000\n\n");
    expect(s.hub.unsubscribed).toBe(1);
  });

  it("the client going away ends the stream and unsubscribes", async () => {
    const s = open();
    s.abort.abort();
    await s.pump;
    expect(s.isDone()).toBe(true);
    expect(s.hub.unsubscribed).toBe(1);
  });

  it("the client cancelling the body unsubscribes too", async () => {
    const s = open();
    await s.reader.cancel();
    expect(s.hub.unsubscribed).toBe(1);
  });

  it("the instance losing its LISTEN connection ends the stream (the browser reconnects and re-fetches)", async () => {
    const s = open();
    s.hub.subscriber!.onLost();
    await s.pump;
    expect(s.hub.unsubscribed).toBe(1);
  });

  it("sends a checked keep-alive comment on each heartbeat, and ends a stream that never became ready", async () => {
    const s = open({ timing: { heartbeatMs: 10, retryMs: 2_000, readyTimeoutMs: 35 } });
    await s.pump;
    expect(s.read()).toMatch(/^retry: 2000\n\n(: keep-alive\n\n){2,3}$/);
    expect(s.checks.count).toBeGreaterThanOrEqual(2);
    expect(s.hub.unsubscribed).toBe(1);
  });
});
