import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AnnotationDto } from "@/lib/annotations/schemas";
import type { AnnotationApi, ApiOutcome, NewAnnotation } from "./annotation-api";
import { AnnotationSync } from "./annotation-sync";

const TEXT = "The senator said the plan was a disaster for everyone.";

/** An in-memory server standing in for the HTTP API, with a switch to fail sends. */
class FakeServer implements AnnotationApi {
  stored = new Map<string, AnnotationDto>();
  calls: string[] = [];
  failNext: { retryable: boolean; message: string }[] = [];

  private outcome<T>(value: () => T): Promise<ApiOutcome<T>> {
    const failure = this.failNext.shift();
    return Promise.resolve(failure ? { ok: false, ...failure } : { ok: true, value: value() });
  }

  create(a: NewAnnotation) {
    this.calls.push(`create ${a.tag} ${a.note ?? ""}`.trim());
    return this.outcome(() => {
      const dto = { ...a, exact: TEXT.slice(a.start, a.end), prefix: "", suffix: "", revision: 1, createdAt: "", updatedAt: "" };
      this.stored.set(a.id, dto);
      return dto;
    });
  }
  update(id: string, patch: { tag?: string; note?: string | null }) {
    this.calls.push(`update ${JSON.stringify(patch)}`);
    return this.outcome(() => {
      const dto = { ...this.stored.get(id)!, ...patch };
      this.stored.set(id, dto);
      return dto;
    });
  }
  remove(id: string) {
    this.calls.push("delete");
    return this.outcome(() => {
      this.stored.delete(id);
      return null;
    });
  }
  list() {
    return this.outcome(() => [...this.stored.values()]);
  }
}

const settle = () => vi.advanceTimersByTimeAsync(0);

describe("AnnotationSync", () => {
  let server: FakeServer;
  let sync: AnnotationSync;
  beforeEach(() => {
    vi.useFakeTimers();
    server = new FakeServer();
    sync = new AnnotationSync(server, TEXT, []);
  });
  afterEach(() => vi.useRealTimers());

  it("shows a new highlight at once and reports saved once the server has it", async () => {
    const id = sync.create({ start: 4, end: 11, tag: "quote" });
    expect(sync.getSnapshot().annotations).toEqual([{ id, start: 4, end: 11, exact: "senator", tag: "quote", note: null }]);
    expect(sync.getSnapshot().status.state).toBe("saving");
    await settle();
    expect(server.stored.get(id)?.tag).toBe("quote");
    expect(sync.getSnapshot().status.state).toBe("saved");
  });

  it("retries a failed save with the same id after a growing delay, then reports saved", async () => {
    server.failNext = [
      { retryable: true, message: "offline" },
      { retryable: true, message: "offline" },
    ];
    const id = sync.create({ start: 0, end: 3, tag: "opinion" });
    await settle();
    expect(sync.getSnapshot().status).toMatchObject({ state: "retrying", message: "offline" });
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1999);
    expect(server.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls).toEqual(["create opinion", "create opinion", "create opinion"]);
    expect([...server.stored.keys()]).toEqual([id]);
    expect(sync.getSnapshot().status.state).toBe("saved");
  });

  it("folds changes made before the first send into that send", async () => {
    server.failNext = [{ retryable: true, message: "offline" }];
    sync.create({ start: 0, end: 3, tag: "quote" }); // sent at once, fails
    const second = sync.create({ start: 4, end: 11, tag: "quote" }); // waits behind the first
    sync.update(second, { tag: "opinion", note: "why" });
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.calls).toEqual(["create quote", "create quote", "create opinion why"]);
  });

  it("never changes a create that may already have reached the server", async () => {
    server.failNext = [{ retryable: true, message: "timeout" }];
    const id = sync.create({ start: 0, end: 3, tag: "quote" });
    await settle();
    sync.update(id, { tag: "opinion" });
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.calls).toEqual(["create quote", "create quote", 'update {"tag":"opinion"}']);
    expect(server.stored.get(id)?.tag).toBe("opinion");
  });

  it("sends nothing for a highlight deleted before it was ever sent", async () => {
    server.failNext = [{ retryable: true, message: "offline" }];
    sync.create({ start: 0, end: 3, tag: "quote" });
    const doomed = sync.create({ start: 4, end: 11, tag: "quote" });
    sync.remove(doomed);
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.calls).toEqual(["create quote", "create quote"]);
    expect(sync.getSnapshot().annotations.map((a) => a.id)).not.toContain(doomed);
  });

  it("deletes on the server a highlight that was saved", async () => {
    const id = sync.create({ start: 0, end: 3, tag: "quote" });
    await settle();
    sync.remove(id);
    await settle();
    expect(server.stored.size).toBe(0);
    expect(sync.getSnapshot()).toMatchObject({ annotations: [], pendingCount: 0, status: { state: "saved" } });
  });

  it("after a refused change, says why and shows what the server kept", async () => {
    const kept = sync.create({ start: 0, end: 3, tag: "quote" });
    await settle();
    server.failNext = [{ retryable: false, message: "Unknown tag" }];
    sync.update(kept, { tag: "nonsense" });
    expect(sync.getSnapshot().annotations[0]?.tag).toBe("nonsense");
    await settle();
    expect(sync.getSnapshot().status).toEqual({ state: "refused", message: "Unknown tag" });
    expect(sync.getSnapshot().annotations[0]?.tag).toBe("quote");
  });

  it("keeps annotations in reading order", () => {
    sync.create({ start: 20, end: 24, tag: "quote" });
    sync.create({ start: 4, end: 11, tag: "quote" });
    expect(sync.getSnapshot().annotations.map((a) => a.start)).toEqual([4, 20]);
  });
});
