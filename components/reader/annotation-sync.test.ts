import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AnnotationDto } from "@/lib/annotations/schemas";
import { AnnotationSync } from "./annotation-sync";
import { dto, FakeServer, settle, TEXT } from "./annotation-sync-harness";
import type { PendingChange } from "./pending-change";
import { memoryPendingChangesStore } from "./pending-changes-store";

describe("AnnotationSync", () => {
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

  it("says nothing needs saving on an untouched reader, and all saved only after a change", async () => {
    expect(sync.getSnapshot().status).toEqual({ state: "untouched" });
    sync.create({ start: 4, end: 11, tag: "quote" });
    await settle();
    expect(sync.getSnapshot().status).toEqual({ state: "saved" });
  });

  it("shows a new highlight at once, marked unsaved, and plain once the server has it", async () => {
    const id = sync.create({ start: 4, end: 11, tag: "quote" });
    expect(sync.getSnapshot().annotations).toEqual([{ id, start: 4, end: 11, exact: "senator", tag: "quote", note: null, save: { state: "unsaved" } }]);
    expect(sync.getSnapshot().status).toEqual({ state: "saving", count: 1 });
    await settle();
    expect(sync.getSnapshot().annotations).toEqual([{ id, start: 4, end: 11, exact: "senator", tag: "quote", note: null, revision: 1, author: undefined, feedback: undefined }]);
    expect(server.stored.get(id)?.tag).toBe("quote");
  });

  it("keeps a change on the device before it is sent, and forgets it once acknowledged", async () => {
    // A device that takes its time to write: the send must wait for it.
    const slowSave = store.save;
    store.save = (changes) => new Promise((resolve) => setTimeout(() => void slowSave(changes).then(resolve), 50));
    sync = open([]);
    await settle();
    let keptWhenSent: PendingChange[] = [];
    server.onBatch = () => (keptWhenSent = store.kept);
    const id = sync.create({ start: 4, end: 11, tag: "quote" });
    await vi.advanceTimersByTimeAsync(200);
    expect(keptWhenSent.map((c) => [c.kind, c.id])).toEqual([["create", id]]);
    expect(store.kept).toEqual([]);
  });

  it("sends 50 changes made offline in one request when the connection is back", async () => {
    online = false;
    server.failNext = [{ retryable: true, message: "You seem to be offline." }];
    sync.create({ start: 0, end: 3, tag: "quote" });
    await settle();
    for (let i = 1; i < 50; i++) sync.create({ start: i, end: i + 1, tag: "opinion" });
    expect(sync.getSnapshot().status).toMatchObject({ state: "offline", count: 50 });
    online = true;
    sync.retryNow();
    await settle();
    expect(server.batches.map((b) => b.length)).toEqual([1, 50]);
    expect(server.stored.size).toBe(50);
    expect(sync.getSnapshot()).toMatchObject({ pendingCount: 0, status: { state: "saved" } });
  });

  it("retries a failed batch with the same ids after a growing delay, and never saves one twice", async () => {
    server.failNext = [
      { retryable: true, message: "The server answered 503.", status: 503 },
      { retryable: true, message: "The server answered 503.", status: 503 },
    ];
    const id = sync.create({ start: 0, end: 3, tag: "opinion" });
    await settle();
    expect(sync.getSnapshot().status).toMatchObject({ state: "retrying", count: 1, message: "The server answered 503." });
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.batches).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1999);
    expect(server.batches).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.batches.map((b) => b.map((op) => op.id))).toEqual([[id], [id], [id]]);
    expect([...server.stored.keys()]).toEqual([id]);
  });

  it("folds edits made before a create is sent into that create, and sends later edits on the new revision", async () => {
    server.failNext = [{ retryable: true, message: "offline" }];
    const first = sync.create({ start: 0, end: 3, tag: "quote" }); // sent at once, fails
    await settle();
    sync.update(first, { note: "while it was away" }); // into the create: it is not being sent now
    const second = sync.create({ start: 4, end: 11, tag: "quote" });
    sync.update(second, { tag: "opinion", note: "why" });
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.batches[1]).toEqual([
      { op: "create", id: first, start: 0, end: 3, tag: "quote", note: "while it was away" },
      { op: "create", id: second, start: 4, end: 11, tag: "opinion", note: "why" },
    ]);
    sync.update(second, { note: "on revision 1" });
    await settle();
    expect(server.batches[2]).toEqual([{ op: "update", id: second, note: "on revision 1", baseRevision: 1 }]);
    expect(server.stored.get(second)).toMatchObject({ note: "on revision 1", revision: 2 });
  });

  it("sends nothing for a highlight deleted before it was ever sent", async () => {
    online = false;
    server.failNext = [{ retryable: true, message: "offline" }];
    const kept = sync.create({ start: 0, end: 3, tag: "quote" });
    await settle();
    const doomed = sync.create({ start: 4, end: 11, tag: "quote" });
    sync.remove(doomed);
    online = true;
    sync.retryNow();
    await settle();
    expect(server.batches.slice(1)).toEqual([[expect.objectContaining({ op: "create", id: kept })]]);
    expect(sync.getSnapshot().annotations.map((a) => a.id)).toEqual([kept]);
  });

  it("shows at once, and sends with the same ids, what an earlier page left unsaved on this device", async () => {
    server.failNext = [{ retryable: true, message: "offline" }];
    const id = sync.create({ start: 4, end: 11, tag: "quote" });
    await settle();
    sync.dispose(); // the tab is closed; its change stays on the device

    const reopened = open([]);
    expect(reopened.getSnapshot().annotations).toEqual([]);
    await reopened.whenRestored();
    expect(reopened.getSnapshot()).toMatchObject({ restoredCount: 1, annotations: [{ id, exact: "senator", save: { state: "unsaved" } }] });
    await settle();
    expect(server.stored.get(id)).toMatchObject({ tag: "quote" });
    expect(reopened.getSnapshot()).toMatchObject({ pendingCount: 0, status: { state: "saved" } });
  });

  it("on a page older than what the device last heard from the server (the offline copy), shows the newer", async () => {
    const pageRenderedAt = new Date(Date.now()).toISOString();
    await vi.advanceTimersByTimeAsync(60_000);
    const later = sync.create({ start: 4, end: 11, tag: "quote" }); // saved a minute after the page was rendered
    await settle();
    const reopened = new AnnotationSync(server, TEXT, [], { store, renderedAt: pageRenderedAt });
    await reopened.whenRestored();
    expect(reopened.getSnapshot().annotations.map((a) => [a.id, a.save])).toEqual([[later, undefined]]);
    // A page rendered after it is the newer: it wins.
    const fresh = new AnnotationSync(server, TEXT, [], { store, renderedAt: new Date(Date.now() + 1).toISOString() });
    await fresh.whenRestored();
    expect(fresh.getSnapshot().annotations).toEqual([]);
  });

  it("replays a kept create the server already has (its reply was lost) without a duplicate", async () => {
    server.stored.set("4b3c5d6e-0000-4000-8000-000000000001", dto("4b3c5d6e-0000-4000-8000-000000000001", 4, 11, "quote"));
    store.kept = [{ kind: "create", id: "4b3c5d6e-0000-4000-8000-000000000001", annotation: { id: "4b3c5d6e-0000-4000-8000-000000000001", start: 4, end: 11, exact: "senator", tag: "quote", note: null }, create: { id: "4b3c5d6e-0000-4000-8000-000000000001", start: 4, end: 11, tag: "quote", note: null }, state: "sending", madeAt: 1 }];
    const reopened = open();
    await reopened.whenRestored();
    await settle();
    expect(server.stored.size).toBe(1);
    expect(reopened.getSnapshot()).toMatchObject({ pendingCount: 0, annotations: [{ exact: "senator" }] });
  });

  it("sends new highlights with the article version they were made on, and moves a kept one whose passage still stands to this page's version", async () => {
    const page = new AnnotationSync(server, TEXT, [], { store, articleVersionId: "9a8b7c6d-0000-4000-8000-00000000000a" });
    await page.whenRestored();
    page.create({ start: 4, end: 11, tag: "quote" });
    await settle();
    expect(server.batches.at(-1)).toMatchObject([{ op: "create", articleVersionId: "9a8b7c6d-0000-4000-8000-00000000000a" }]);
    page.dispose();
    const kept = { id: "4b3c5d6e-0000-4000-8000-000000000003", start: 4, end: 11, tag: "quote", note: null };
    store.kept = [{ kind: "create", id: kept.id, annotation: { ...kept, exact: "senator" }, create: { ...kept, articleVersionId: "9a8b7c6d-0000-4000-8000-00000000000a" }, state: "waiting", madeAt: 1 }];
    const newer = new AnnotationSync(server, TEXT, [], { store, articleVersionId: "9a8b7c6d-0000-4000-8000-00000000000b" });
    await newer.whenRestored();
    await settle();
    expect(server.batches.at(-1)).toMatchObject([{ op: "create", id: kept.id, articleVersionId: "9a8b7c6d-0000-4000-8000-00000000000b" }]);
    newer.dispose();
  });

  it("holds a kept highlight whose text is no longer there, instead of placing it wrongly", async () => {
    store.kept = [{ kind: "create", id: "4b3c5d6e-0000-4000-8000-000000000002", annotation: { id: "4b3c5d6e-0000-4000-8000-000000000002", start: 4, end: 11, exact: "mayor's", tag: "quote", note: null }, create: { id: "4b3c5d6e-0000-4000-8000-000000000002", start: 4, end: 11, tag: "quote", note: null }, state: "waiting", madeAt: 1 }];
    const reopened = open([]);
    await reopened.whenRestored();
    await settle();
    expect(server.batches).toEqual([]);
    expect(reopened.getSnapshot().problems).toMatchObject([{ code: "text_changed", annotation: { exact: "mayor's" } }]);
  });

  it("keeps a refused change shown with the reason, saves the rest, and sends it again once the student took the work back", async () => {
    const saved = sync.create({ start: 0, end: 3, tag: "quote" });
    await settle();
    server.submitted = true; // handed in from another tab
    sync.update(saved, { note: "too late?" });
    const fresh = sync.create({ start: 4, end: 11, tag: "opinion" });
    await settle();
    const snapshot = sync.getSnapshot();
    expect(snapshot.problems.map((p) => [p.id, p.kind, p.code])).toEqual([[saved, "update", "work_submitted"], [fresh, "create", "work_submitted"]]);
    expect(snapshot.annotations.map((a) => [a.id, a.note, a.save?.state])).toEqual([[saved, "too late?", "refused"], [fresh, null, "refused"]]);
    expect(store.kept.map((c) => c.state)).toEqual(["refused", "refused"]);

    server.submitted = false; // the student took it back
    sync.retryRefused();
    await settle();
    expect(server.stored.get(saved)?.note).toBe("too late?");
    expect(server.stored.has(fresh)).toBe(true);
    expect(sync.getSnapshot()).toMatchObject({ problems: [], pendingCount: 0 });
  });

  it("discards refused changes only when asked, and then shows exactly what the server has", async () => {
    const saved = sync.create({ start: 0, end: 3, tag: "quote" });
    await settle();
    server.submitted = true;
    sync.update(saved, { tag: "opinion" });
    await settle();
    expect(sync.getSnapshot().annotations[0]).toMatchObject({ tag: "opinion", save: { state: "refused" } });
    await sync.discardRefused();
    expect(sync.getSnapshot()).toMatchObject({ problems: [], pendingCount: 0, annotations: [{ id: saved, tag: "quote" }] });
    expect(sync.getSnapshot().annotations[0]!.save).toBeUndefined();
  });

  it("refuses every change of a batch the server turned down whole, and keeps them", async () => {
    server.failNext = [{ retryable: false, message: "This class is archived, so its work can no longer be changed.", status: 403 }];
    sync.create({ start: 0, end: 3, tag: "quote" });
    await settle();
    expect(sync.getSnapshot().problems).toMatchObject([{ code: "http_403", message: "This class is archived, so its work can no longer be changed." }]);
  });

  describe("an edit made in another tab meanwhile", () => {
    let id: string;
    beforeEach(async () => {
      id = sync.create({ start: 4, end: 11, tag: "quote", note: "mine" });
      await settle();
      server.editElsewhere(id, "theirs");
      sync.update(id, { note: "mine, edited" });
      await settle();
    });

    it("is not overwritten: the change waits, showing both versions", () => {
      expect(server.stored.get(id)?.note).toBe("theirs");
      const [problem] = sync.getSnapshot().problems;
      expect(problem).toMatchObject({ id, code: "edit_conflict", annotation: { note: "mine, edited" }, theirs: { note: "theirs", revision: 2 } });
      expect(sync.getSnapshot().annotations[0]).toMatchObject({ note: "mine, edited", save: { state: "conflict" } });
    });

    it("keep mine: sent again on their revision, and saved", async () => {
      sync.keepMine(id);
      await settle();
      expect(server.batches.at(-1)).toEqual([{ op: "update", id, note: "mine, edited", baseRevision: 2 }]);
      expect(server.stored.get(id)).toMatchObject({ note: "mine, edited", revision: 3 });
      expect(sync.getSnapshot().problems).toEqual([]);
    });

    it("take theirs: this device's change is dropped and theirs is shown", async () => {
      const sent = server.batches.length;
      sync.takeTheirs(id);
      await settle();
      expect(server.batches).toHaveLength(sent);
      expect(sync.getSnapshot()).toMatchObject({ problems: [], pendingCount: 0, annotations: [{ id, note: "theirs", revision: 2 }] });
    });

    it("an edit while the choice is open joins this device's version", async () => {
      sync.update(id, { tag: "opinion" });
      sync.keepMine(id);
      await settle();
      expect(server.stored.get(id)).toMatchObject({ note: "mine, edited", tag: "opinion" });
    });
  });

  it("does not delete a highlight changed elsewhere since, until the student says so", async () => {
    const id = sync.create({ start: 4, end: 11, tag: "quote" });
    await settle();
    server.editElsewhere(id, "keep me");
    sync.remove(id);
    await settle();
    expect(server.stored.has(id)).toBe(true);
    expect(sync.getSnapshot().problems).toMatchObject([{ id, kind: "delete", theirs: { note: "keep me" } }]);
    sync.keepMine(id);
    await settle();
    expect(server.stored.has(id)).toBe(false);
  });

  it("keeps annotations in reading order", () => {
    sync.create({ start: 20, end: 24, tag: "quote" });
    sync.create({ start: 4, end: 11, tag: "quote" });
    expect(sync.getSnapshot().annotations.map((a) => a.start)).toEqual([4, 20]);
  });
});
