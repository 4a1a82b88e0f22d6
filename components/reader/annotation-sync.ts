import type { AnnotationDto } from "@/lib/annotations/schemas";
import type { AnnotationApi, AnnotationPatch, ApiOutcome, NewAnnotation } from "./annotation-api";
import { newUuid } from "./new-uuid";

/** An annotation as the reader shows it: saved, or waiting in the queue. */
export interface ReaderAnnotation {
  id: string;
  start: number;
  end: number;
  exact: string;
  tag: string;
  note: string | null;
  author?: { id: string; name: string };
  /** The teacher's verdict: shown to the student once returned, to the teacher always. */
  feedback?: AnnotationVerdict | null;
  /** The student's own, before the work is returned: the teacher has given feedback (not shown yet). */
  feedbackGiven?: boolean;
  /** The teacher's review: the student changed the tag or note after the verdict. */
  editedAfterFeedback?: boolean;
}

export interface AnnotationVerdict {
  verdict: "AGREE" | "PARTLY" | "DISAGREE";
  comment: string | null;
}

export type SaveStatus =
  | { state: "saved" }
  | { state: "saving" }
  /** The last attempt failed in a way that may pass (offline, server error); we try again. */
  | { state: "retrying"; message: string; retryAt: number }
  /** The server refused a change; what the reader shows has been reset to what is saved. */
  | { state: "refused"; message: string };

export interface SyncSnapshot {
  annotations: ReaderAnnotation[];
  status: SaveStatus;
  pendingCount: number;
}

type Operation = (
  | { kind: "create"; annotation: NewAnnotation }
  | { kind: "update"; id: string; patch: AnnotationPatch }
  | { kind: "delete"; id: string }
) & { sent: boolean };

const MAX_RETRY_DELAY_MS = 30_000;
const operationId = (op: Operation) => (op.kind === "create" ? op.annotation.id : op.id);
const byPosition = (a: ReaderAnnotation, b: ReaderAnnotation) => a.start - b.start || a.end - b.end;

export function toReaderAnnotation(dto: AnnotationDto): ReaderAnnotation {
  return {
    id: dto.id,
    start: dto.start,
    end: dto.end,
    exact: dto.exact,
    tag: dto.tag,
    note: dto.note,
    author: dto.author,
    feedback: dto.feedback,
    ...(dto.feedbackGiven && { feedbackGiven: true }),
    ...(dto.editedAfterFeedback && { editedAfterFeedback: true }),
  };
}

/**
 * Keeps the reader's annotations and the server in step. Changes show at once and
 * are sent one at a time, in order; a failed send is retried with growing delays,
 * and a change that was never sent is merged with later ones to the same annotation.
 */
export class AnnotationSync {
  private annotations: ReaderAnnotation[];
  private readonly queue: Operation[] = [];
  private inFlight = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private needsReload = false;
  private status: SaveStatus = { state: "saved" };
  private snapshot: SyncSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly api: AnnotationApi,
    private readonly text: string,
    initial: AnnotationDto[],
  ) {
    this.annotations = initial.map(toReaderAnnotation).sort(byPosition);
    this.snapshot = this.makeSnapshot();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SyncSnapshot => this.snapshot;

  hasUnsavedChanges(): boolean {
    return this.queue.length > 0;
  }

  create(input: { start: number; end: number; tag: string; note?: string | null }): string {
    const annotation: NewAnnotation = { id: newUuid(), start: input.start, end: input.end, tag: input.tag, note: input.note ?? null };
    const exact = this.text.slice(annotation.start, annotation.end);
    this.annotations = [...this.annotations, { ...annotation, exact }].sort(byPosition);
    this.enqueue({ kind: "create", annotation, sent: false });
    return annotation.id;
  }

  update(id: string, patch: AnnotationPatch): void {
    this.annotations = this.annotations.map((a) => (a.id === id ? { ...a, ...patch } : a));
    const waiting = this.lastUnsent(id);
    if (waiting?.kind === "create") Object.assign(waiting.annotation, patch);
    else if (waiting?.kind === "update") Object.assign(waiting.patch, patch);
    else this.enqueue({ kind: "update", id, patch: { ...patch }, sent: false });
    this.changed();
  }

  remove(id: string): void {
    this.annotations = this.annotations.filter((a) => a.id !== id);
    const neverSaved = this.queue.some((op) => op.kind === "create" && op.annotation.id === id && !op.sent);
    // Drop what has not gone out yet; a create never sent needs no delete at all.
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const op = this.queue[i]!;
      if (!op.sent && operationId(op) === id) this.queue.splice(i, 1);
    }
    if (!neverSaved) this.enqueue({ kind: "delete", id, sent: false });
    else this.changed();
  }

  /** Skips the wait before the next attempt (the browser came back online, or the student asked). */
  retryNow(): void {
    if (this.retryTimer === undefined) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    void this.pump();
  }

  /** Stops a pending retry timer (the page is going away); queued changes stay queued. */
  dispose(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  private lastUnsent(id: string): Operation | undefined {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const op = this.queue[i]!;
      if (operationId(op) === id) return op.sent ? undefined : op;
    }
    return undefined;
  }

  private enqueue(op: Operation): void {
    this.queue.push(op);
    if (this.status.state === "refused") this.status = { state: "saving" };
    this.changed();
    void this.pump();
  }

  private perform(op: Operation): Promise<ApiOutcome<unknown>> {
    if (op.kind === "create") return this.api.create(op.annotation);
    if (op.kind === "update") return this.api.update(op.id, op.patch);
    return this.api.remove(op.id);
  }

  private async pump(): Promise<void> {
    if (this.inFlight || this.retryTimer !== undefined) return;
    const op = this.queue[0];
    if (!op) {
      if (this.needsReload) await this.reload();
      else if (this.status.state !== "refused") this.setStatus({ state: "saved" });
      return;
    }
    this.inFlight = true;
    op.sent = true;
    if (this.status.state !== "retrying") this.setStatus({ state: "saving" });
    const outcome = await this.perform(op);
    this.inFlight = false;

    if (outcome.ok || !outcome.retryable) {
      this.queue.shift();
      this.failures = 0;
      if (!outcome.ok) {
        this.needsReload = true;
        this.status = { state: "refused", message: outcome.message };
      } else if (this.status.state === "retrying") {
        this.status = { state: "saving" };
      }
      this.changed();
      return this.pump();
    }
    this.failures += 1;
    const delay = Math.min(MAX_RETRY_DELAY_MS, 1000 * 2 ** (this.failures - 1));
    this.setStatus({ state: "retrying", message: outcome.message, retryAt: Date.now() + delay });
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.pump();
    }, delay);
  }

  /** After a refused change, show exactly what the server kept. */
  private async reload(): Promise<void> {
    const outcome = await this.api.list();
    if (!outcome.ok) return; // keep the refusal message; the next change tries again
    if (this.queue.length > 0) return; // new changes arrived meanwhile; pump reloads after them
    this.needsReload = false;
    this.annotations = outcome.value.map(toReaderAnnotation).sort(byPosition);
    this.changed();
  }

  private setStatus(status: SaveStatus): void {
    this.status = status;
    this.changed();
  }

  private makeSnapshot(): SyncSnapshot {
    return { annotations: this.annotations, status: this.status, pendingCount: this.queue.length };
  }

  private changed(): void {
    this.snapshot = this.makeSnapshot();
    for (const listener of this.listeners) listener();
  }
}
