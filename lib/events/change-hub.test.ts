import { describe, expect, it } from "vitest";
import { ChangeHub, type ChangeSubscriber } from "./change-hub";
import type { ChangeListenerHandlers } from "./change-listener";

const a1 = "6f1c2b4e-8f0a-4c1e-9b7d-2a3c4d5e6f70";
const a2 = "7a2d3c5f-9a1b-4d2f-8c8e-3b4d5e6f7a81";
const c1 = "9a8b7c6d-5e4f-4321-8765-43210fedcba9";
const student = "0b7e5c3a-1d2f-4a6b-8c9d-0e1f2a3b4c5d";

function hubWithFakeListener() {
  const started: ChangeListenerHandlers[] = [];
  let listening = false;
  const hub = new ChangeHub((handlers) => {
    started.push(handlers);
    return { get listening() { return listening; }, close: async () => undefined };
  });
  return { hub, started, setListening: (value: boolean) => (listening = value) };
}

function recorder(assignmentId: string, classId = c1) {
  const seen: string[] = [];
  const subscriber: ChangeSubscriber = {
    topic: { assignmentId, classId },
    onChange: (notice) => seen.push(`change:${notice.k}`),
    onReady: () => seen.push("ready"),
    onLost: () => seen.push("lost"),
  };
  return { seen, subscriber };
}

describe("the instance's change hub", () => {
  it("opens one LISTEN connection however many viewers subscribe", () => {
    const { hub, started } = hubWithFakeListener();
    hub.subscribe(recorder(a1).subscriber);
    hub.subscribe(recorder(a1).subscriber);
    hub.subscribe(recorder(a2).subscriber);
    expect(started).toHaveLength(1);
    expect(hub.subscriberCount).toBe(3);
  });

  it("tells each change only to the viewers of its assignment, and a class change to every assignment of the class", () => {
    const { hub, started } = hubWithFakeListener();
    const first = recorder(a1);
    const second = recorder(a2, "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e");
    hub.subscribe(first.subscriber);
    hub.subscribe(second.subscriber);
    started[0]!.onNotice({ k: "annotation", a: a1, s: student });
    started[0]!.onNotice({ k: "enrollment", c: c1, s: student });
    expect(first.seen).toEqual(["change:annotation", "change:enrollment"]);
    expect(second.seen).toEqual([]);
  });

  it("says ready to a new viewer at once when already listening, and to everyone after a reconnect", async () => {
    const { hub, started, setListening } = hubWithFakeListener();
    const early = recorder(a1);
    hub.subscribe(early.subscriber);
    setListening(true);
    started[0]!.onListening();
    const late = recorder(a1);
    hub.subscribe(late.subscriber);
    await Promise.resolve();
    started[0]!.onLost(new Error("terminated"));
    started[0]!.onListening();
    expect(early.seen).toEqual(["ready", "lost", "ready"]);
    expect(late.seen).toEqual(["ready", "lost", "ready"]);
  });

  it("an unsubscribed viewer hears nothing more", () => {
    const { hub, started } = hubWithFakeListener();
    const viewer = recorder(a1);
    const unsubscribe = hub.subscribe(viewer.subscriber);
    unsubscribe();
    started[0]!.onNotice({ k: "annotation", a: a1, s: student });
    expect(viewer.seen).toEqual([]);
    expect(hub.subscriberCount).toBe(0);
  });
});
