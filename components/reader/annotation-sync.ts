import type { AnnotationOperationResult } from "@/lib/annotations/batch-schemas";
import { BATCH_MAX_OPERATIONS } from "@/lib/annotations/batch-limits";
import type { AnnotationDto } from "@/lib/annotations/schemas";
import type { AnnotationApi, AnnotationPatch } from "./annotation-api";
import { newUuid } from "./new-uuid";
import { isHeld, overlayChanges, reviveChange, toReaderAnnotation, withoutSaveState, type PendingChange, type ReaderAnnotation } from "./pending-change";
import { refusalOf, toOperation } from "./pending-change-wire";
import { memoryPendingChangesStore, type PendingChangesStore } from "./pending-changes-store";
import { toProblem, type SaveProblem } from "./save-problem";

export { toReaderAnnotation, type AnnotationVerdict, type ReaderAnnotation } from "./pending-change";
export type { SaveProblem } from "./save-problem";

export type SaveStatus =
  /** Nothing changed yet on this page. */
  | { state: "untouched" }
  | { state: "saved" }
  | { state: "saving"; count: number }
  /** The browser is offline (or the server unreachable): changes wait on this device. */
  | { state: "offline"; count: number }
  /** The server failed in a way that may pass (a restart, an outage); we try again. */
  | { state: "retrying"; count: number; message: string; retryAt: number };

export interface SyncSnapshot {
  annotations: ReaderAnnotation[];
  status: SaveStatus;
  /** Changes not on the server yet, the held ones included. */
  pendingCount: number;
  problems: SaveProblem[];
  /** Changes found on this device when the page opened, from an earlier visit. */
  restoredCount: number;
  /** False when this browser cannot keep changes past the page (no IndexedDB). */
  durable: boolean;
}

const MAX_RETRY_DELAY_MS = 30_000;

interface SyncOptions {
  store?: PendingChangesStore;
  isOnline?: () => boolean;
  /** When the server rendered `initial` (its clock, ISO): a saved state kept on the device that is newer wins. */
  renderedAt?: string;
  /** The article version whose text this page shows: new highlights say so, and the server refuses them once the assignment has moved on. */
  articleVersionId?: string;
}

/**
 * Keeps the reader's annotations and the server in step. Every change shows at once, is kept
 * on the device before it is sent, and goes out in order with the others waiting, in one
 * batch; a failed send is retried with growing delays, the same ids and the same revisions,
 * so a replay never duplicates or overwrites. What the server refuses, or what was changed
 * elsewhere meanwhile, stays shown and kept until the student chooses what to do with it.
 */
export class AnnotationSync {
  private readonly saved = new Map<string, ReaderAnnotation>();
  private queue: PendingChange[] = [];
  private annotations: ReaderAnnotation[];
  private inFlight = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retry: { message: string; retryAt: number; offline: boolean } | null = null;
  private failures = 0;
  private touched = false;
  private disposed = false;
  private restoredCount = 0;
  private ready: Promise<void>;
  private persisting: Promise<void> = Promise.resolve();
  private snapshot: SyncSnapshot;
  private readonly store: PendingChangesStore;
  private readonly isOnline: () => boolean;
  private readonly renderedAt: string;
  private readonly articleVersion: { articleVersionId: string } | Record<string, never>;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly api: AnnotationApi,
    private readonly text: string,
    initial: AnnotationDto[],
    options: SyncOptions = {},
  ) {
    this.store = options.store ?? memoryPendingChangesStore();
    this.isOnline = options.isOnline ?? (() => true);
    this.renderedAt = options.renderedAt ?? "";
    this.articleVersion = options.articleVersionId ? { articleVersionId: options.articleVersionId } : {};
    for (const dto of initial) this.saved.set(dto.id, toReaderAnnotation(dto));
    this.annotations = overlayChanges(this.saved, this.queue);
    this.snapshot = this.makeSnapshot();
    this.ready = this.restore();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SyncSnapshot => this.snapshot;

  /** Resolves once the changes kept from an earlier visit are shown (and on their way). */
  whenRestored(): Promise<void> {
    return this.ready;
  }

  hasUnsavedChanges(): boolean {
    return this.queue.length > 0;
  }

  create(input: { start: number; end: number; tag: string; note?: string | null }): string {
    const create = { id: newUuid(), start: input.start, end: input.end, tag: input.tag, note: input.note ?? null, ...this.articleVersion };
    const annotation: ReaderAnnotation = { id: create.id, start: create.start, end: create.end, tag: create.tag, note: create.note, exact: this.text.slice(create.start, create.end) };
    this.enqueue({ kind: "create", id: create.id, annotation, create, state: "waiting", madeAt: Date.now() });
    return create.id;
  }

  update(id: string, patch: AnnotationPatch): void {
    const current = this.annotations.find((a) => a.id === id);
    if (!current) return;
    const annotation = { ...withoutSaveState(current), ...patch };
    const open = this.lastOpen(id);
    if (open?.kind === "create") {
      Object.assign(open.create!, patch);
      open.annotation = annotation;
    } else if (open?.kind === "update") {
      open.patch = { ...open.patch, ...patch };
      open.annotation = annotation;
    } else {
      this.enqueue({ kind: "update", id, annotation, patch: { ...patch }, baseRevision: this.revisionOf(id), state: "waiting", madeAt: Date.now() });
      return;
    }
    this.touched = true;
    this.changedQueue();
  }

  remove(id: string): void {
    const current = this.annotations.find((a) => a.id === id);
    if (!current) return;
    const conflict = this.queue.find((c) => c.id === id && c.state === "conflict");
    const neverSent = this.queue.some((c) => c.id === id && c.kind === "create" && c.state !== "sending" && !this.saved.has(id));
    // What has not gone out yet is dropped; a create never sent needs no delete at all.
    this.queue = this.queue.filter((c) => c.id !== id || c.state === "sending");
    if (neverSent && !this.queue.some((c) => c.id === id)) {
      this.touched = true;
      this.changedQueue();
      return;
    }
    // Deleting while shown the other version: the student has seen it, so that is what is deleted.
    const baseRevision = conflict?.problem?.theirs?.revision ?? this.revisionOf(id);
    this.enqueue({ kind: "delete", id, annotation: withoutSaveState(current), baseRevision, state: "waiting", madeAt: Date.now() });
  }

  /**
   * Undoes a delete: `deleted` is the highlight as it was shown just before. A delete still
   * waiting on the device is dropped (and the edits that delete had dropped are made again); one
   * already sent, or on its way, is followed by a create under the same id with the same fields,
   * marked as undoing the delete (the server frees a deleted highlight's id and keeps a teacher's
   * feedback with a deleted copy; told it is an undo, it moves that feedback back). Either way
   * through the queue, so it is kept on the device and works offline.
   */
  undoRemove(deleted: ReaderAnnotation): void {
    const { id } = deleted;
    const unsent = this.queue.find((c) => c.id === id && c.kind === "delete" && c.state !== "sending");
    if (unsent) {
      this.queue = this.queue.filter((c) => c !== unsent);
      this.annotations = overlayChanges(this.saved, this.queue);
    }
    const shown = this.annotations.find((a) => a.id === id);
    if (shown) {
      const patch: AnnotationPatch = {
        ...(shown.tag !== deleted.tag && { tag: deleted.tag }),
        ...(shown.note !== deleted.note && { note: deleted.note }),
      };
      if (Object.keys(patch).length > 0) return this.update(id, patch);
      this.touched = true;
      return this.changedQueue();
    }
    const create = { id, start: deleted.start, end: deleted.end, tag: deleted.tag, note: deleted.note, ...this.articleVersion, undoesDelete: true as const };
    this.enqueue({ kind: "create", id, annotation: { id, start: deleted.start, end: deleted.end, exact: deleted.exact, tag: deleted.tag, note: deleted.note }, create, state: "waiting", madeAt: Date.now() });
  }

  /** A conflict: send this device's version anyway, over the one saved elsewhere. */
  keepMine(id: string): void {
    this.resolveConflict(id, (change) => {
      change.baseRevision = change.problem?.theirs?.revision;
      change.state = "waiting";
      delete change.problem;
    });
  }

  /** A conflict: drop this device's change and show the version saved elsewhere. */
  takeTheirs(id: string): void {
    this.resolveConflict(id, (change) => {
      const theirs = change.problem?.theirs;
      if (theirs) this.saved.set(id, toReaderAnnotation(theirs));
      this.queue = this.queue.filter((c) => c !== change);
    });
  }

  /** Sends the refused changes again (after the student took their submission back, say). */
  retryRefused(): void {
    for (const change of this.queue) {
      if (change.state === "refused") {
        change.state = "waiting";
        delete change.problem;
      }
    }
    this.failures = 0;
    this.changedQueue();
    this.skipWait();
    void this.pump();
  }

  /** Forgets the refused changes, then shows exactly what the server has. */
  async discardRefused(): Promise<void> {
    this.queue = this.queue.filter((c) => c.state !== "refused");
    this.changedQueue();
    const outcome = await this.api.list();
    if (!outcome.ok) return;
    this.saved.clear();
    for (const dto of outcome.value) this.saved.set(dto.id, toReaderAnnotation(dto));
    this.changed();
  }

  /** Skips the wait before the next attempt (the browser came back online, or the student asked). */
  retryNow(): void {
    if (this.retryTimer === undefined) return;
    this.skipWait();
    void this.pump();
  }

  /** Starts again after dispose (React mounts an effect twice in development). */
  resume(): void {
    if (!this.disposed) return;
    this.disposed = false;
    void this.pump();
  }

  /** Stops this reader (the page is going away, or a new one takes over): the changes stay kept on the device. */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  private async restore(): Promise<void> {
    let kept: PendingChange[] = [];
    try {
      kept = await this.store.takeOver();
      // A page from the offline copy is older than what the device last heard from the server.
      const saved = await this.store.loadSaved();
      if (saved && saved.knownAt > this.renderedAt) {
        this.saved.clear();
        for (const annotation of saved.annotations) this.saved.set(annotation.id, annotation);
      }
    } catch {
      // A browser that refuses IndexedDB still saves; it just cannot keep changes past the page.
    }
    const restored = kept.map((change) => reviveChange(change, this.text, this.articleVersion));
    this.restoredCount = restored.length;
    this.queue = [...restored, ...this.queue];
    this.changedQueue();
    // Not awaited: pump waits for this very restore to finish.
    void this.pump();
  }

  private resolveConflict(id: string, resolve: (change: PendingChange) => void): void {
    const change = this.queue.find((c) => c.id === id && c.state === "conflict");
    if (!change) return;
    resolve(change);
    this.changedQueue();
    void this.pump();
  }

  /** The change to this annotation that new edits can still be merged into: not sent, or held for a choice. */
  private lastOpen(id: string): PendingChange | undefined {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const change = this.queue[i]!;
      if (change.id === id) return change.state === "sending" || change.kind === "delete" ? undefined : change;
    }
    return undefined;
  }

  private revisionOf(id: string): number | undefined {
    return this.saved.get(id)?.revision;
  }

  private enqueue(change: PendingChange): void {
    this.touched = true;
    this.queue.push(change);
    this.changedQueue();
    void this.pump();
  }

  private skipWait(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  private async pump(): Promise<void> {
    await this.ready;
    if (this.disposed || this.inFlight || this.retryTimer !== undefined) return;
    const batch = this.queue.filter((c) => c.state === "waiting").slice(0, BATCH_MAX_OPERATIONS);
    if (batch.length === 0) {
      this.retry = null;
      return this.changed();
    }
    this.inFlight = true;
    for (const change of batch) change.state = "sending";
    this.changed();
    // Kept on the device before it goes: a crash from here on loses nothing.
    await this.persisting;
    const outcome = await this.api.batch(batch.map(toOperation));
    this.inFlight = false;

    if (outcome.ok) {
      this.failures = 0;
      this.retry = null;
      outcome.value.results.forEach((result, i) => this.settle(batch[i]!, result));
      const knownAt = outcome.value.savedAt;
      this.persisting = this.persisting.then(() => this.store.keepSaved({ annotations: [...this.saved.values()], knownAt })).catch(() => {});
    } else if (outcome.retryable) {
      for (const change of batch) change.state = "waiting";
      this.failures += 1;
      const delay = Math.min(MAX_RETRY_DELAY_MS, 1000 * 2 ** (this.failures - 1));
      this.retry = { message: outcome.message, retryAt: Date.now() + delay, offline: !this.isOnline() || outcome.status === undefined };
      this.retryTimer = setTimeout(() => {
        this.retryTimer = undefined;
        void this.pump();
      }, delay);
    } else {
      for (const change of batch) Object.assign(change, { state: "refused", problem: { code: `http_${outcome.status ?? 0}`, message: outcome.message } });
    }
    this.changedQueue();
    if (outcome.ok) return this.pump();
  }

  /** One change's answer: saved (and later changes to it now build on the new revision), refused, or a conflict. */
  private settle(change: PendingChange, result: AnnotationOperationResult): void {
    if (result.status >= 200 && result.status < 300) {
      this.queue = this.queue.filter((c) => c !== change);
      if (change.kind === "delete") this.saved.delete(change.id);
      else if (result.annotation) this.saved.set(change.id, toReaderAnnotation(result.annotation));
      const revision = result.annotation?.revision;
      for (const later of this.queue) if (later.id === change.id && revision !== undefined) later.baseRevision = revision;
      return;
    }
    Object.assign(change, refusalOf(result));
  }

  private makeSnapshot(): SyncSnapshot {
    return {
      annotations: this.annotations,
      status: this.statusNow(),
      pendingCount: this.queue.length,
      problems: this.queue.filter(isHeld).map(toProblem),
      restoredCount: this.restoredCount,
      durable: this.store.durable,
    };
  }

  private statusNow(): SaveStatus {
    const count = this.queue.filter((c) => !isHeld(c)).length;
    if (count === 0) return this.touched || this.restoredCount > 0 ? { state: "saved" } : { state: "untouched" };
    if (this.retry?.offline) return { state: "offline", count };
    if (this.retry) return { state: "retrying", count, message: this.retry.message, retryAt: this.retry.retryAt };
    return { state: "saving", count };
  }

  /** The queue changed: keep it on the device (in order, one write after another), then show it. */
  private changedQueue(): void {
    // A disposed reader's successor owns the kept entry now.
    if (this.disposed) return this.changed();
    const changes = this.queue.map((c) => ({ ...c }));
    this.persisting = this.persisting.then(() => this.store.save(changes)).catch(() => {});
    this.changed();
  }

  private changed(): void {
    this.annotations = overlayChanges(this.saved, this.queue);
    this.snapshot = this.makeSnapshot();
    for (const listener of this.listeners) listener();
  }
}
