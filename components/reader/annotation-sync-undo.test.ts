import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AnnotationDto } from "@/lib/annotations/schemas";
import { AnnotationSync } from "./annotation-sync";
import { FakeServer, settle, TEXT } from "./annotation-sync-harness";
import { memoryPendingChangesStore } from "./pending-changes-store";

describe("AnnotationSync: undoing a delete", () => {
  let server: FakeServer;
  let store: ReturnType<typeof memoryPendingChangesStore>;
  let online: boolean;
  const open = (initial: AnnotationDto[] = [...server.stored.values()]) => new AnnotationSync(server, TEXT, initial, { store, isOnline: () => online });
  let sync: AnnotationSync;

  beforeEach(async () => {
    vi.useFakeTimers();
    server = new FakeServer();
    store = memoryPendingChangesStore();
    online = true;
    sync = open([]);
    await settle();
  });
  afterEach(() => vi.useRealTimers());

    it("before the delete was sent: nothing goes out but the edits, and the highlight is back as it was", async () => {
      const id = sync.create({ start: 4, end: 11, tag: "quote" });
      await settle();
      online = false;
      server.failNext = [{ retryable: true, message: "offline" }];
      sync.update(id, { note: "said, not shown" }); // sent at once, fails
      await settle();
      const shown = sync.getSnapshot().annotations.find((a) => a.id === id)!;
      sync.remove(id);
      expect(sync.getSnapshot().annotations).toEqual([]);
      sync.undoRemove(shown);
      expect(sync.getSnapshot().annotations).toMatchObject([{ id, tag: "quote", note: "said, not shown" }]);
      online = true;
      sync.retryNow();
      await settle();
      expect(server.batches.slice(1).flat().map((op) => op.op)).toEqual(["update", "update"]);
      expect(server.stored.get(id)).toMatchObject({ tag: "quote", note: "said, not shown" });
      expect(sync.getSnapshot()).toMatchObject({ pendingCount: 0, annotations: [{ id, note: "said, not shown" }] });
    });

    it("of a highlight never sent: it is created under the same id", async () => {
      online = false;
      server.failNext = [{ retryable: true, message: "offline" }];
      const id = sync.create({ start: 4, end: 11, tag: "opinion", note: "why" });
      await settle();
      const shown = sync.getSnapshot().annotations[0]!;
      sync.remove(id);
      sync.undoRemove(shown);
      online = true;
      sync.retryNow();
      await settle();
      expect(server.batches.at(-1)).toEqual([{ op: "create", id, start: 4, end: 11, tag: "opinion", note: "why", undoesDelete: true }]);
      expect(server.stored.get(id)).toMatchObject({ tag: "opinion", note: "why" });
    });

    it("after the delete was saved: re-created with the same id and fields, kept on the device until then", async () => {
      const id = sync.create({ start: 4, end: 11, tag: "opinion", note: "why" });
      await settle();
      const shown = sync.getSnapshot().annotations[0]!;
      sync.remove(id);
      await settle();
      expect(server.stored.has(id)).toBe(false);
      online = false;
      server.failNext = [{ retryable: true, message: "offline" }];
      sync.undoRemove(shown);
      expect(sync.getSnapshot().annotations).toMatchObject([{ id, tag: "opinion", note: "why", save: { state: "unsaved" } }]);
      await settle();
      expect(store.kept.map((c) => [c.kind, c.id])).toEqual([["create", id]]);
      online = true;
      sync.retryNow();
      await settle();
      expect(server.stored.get(id)).toMatchObject({ start: 4, end: 11, tag: "opinion", note: "why" });
      // Said to be an undo, so the server gives back a teacher's feedback kept with the deleted copy.
      expect(server.batches.at(-1)).toEqual([{ op: "create", id, start: 4, end: 11, tag: "opinion", note: "why", undoesDelete: true }]);
      expect(sync.getSnapshot()).toMatchObject({ pendingCount: 0, annotations: [{ id, note: "why" }] });
    });

    it("while the delete is on its way: the create follows it, so the highlight ends up saved", async () => {
      const id = sync.create({ start: 4, end: 11, tag: "quote" });
      await settle();
      const shown = sync.getSnapshot().annotations[0]!;
      server.onBatch = () => {
        server.onBatch = () => {};
        sync.undoRemove(shown); // the delete is being sent right now
      };
      sync.remove(id);
      await settle();
      expect(server.batches.slice(1).map((b) => b.map((op) => op.op))).toEqual([["delete"], ["create"]]);
      expect(server.stored.get(id)).toMatchObject({ tag: "quote" });
      expect(sync.getSnapshot().annotations.map((a) => a.id)).toEqual([id]);
    });
  });
