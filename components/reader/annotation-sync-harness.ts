// The annotation sync tests' in-memory server and helpers (annotation-sync*.test.ts).
import { vi } from "vitest";
import type { AnnotationBatchDto, AnnotationOperation, AnnotationOperationResult } from "@/lib/annotations/batch-schemas";
import type { AnnotationDto } from "@/lib/annotations/schemas";
import type { AnnotationApi, ApiOutcome } from "./annotation-api";

export const TEXT = "The senator said the plan was a disaster for everyone.";
export type Failure = { retryable: boolean; message: string; status?: number };

/**
 * An in-memory server with the batch endpoint's rules: ids make creates idempotent, a change
 * already as asked is done, a stale revision is a conflict, handed-in work refuses everything.
 */
export class FakeServer implements AnnotationApi {
  stored = new Map<string, AnnotationDto>();
  batches: AnnotationOperation[][] = [];
  failNext: Failure[] = [];
  submitted = false;
  /** Called as a batch arrives, before it is applied: what the device had kept by then. */
  onBatch: () => void = () => {};

  batch(operations: AnnotationOperation[]): Promise<ApiOutcome<AnnotationBatchDto>> {
    this.onBatch();
    this.batches.push(structuredClone(operations));
    const failure = this.failNext.shift();
    if (failure) return Promise.resolve({ ok: false, ...failure });
    return Promise.resolve({ ok: true, value: { results: operations.map((op) => this.apply(op)), savedAt: new Date(Date.now()).toISOString() } });
  }

  list(): Promise<ApiOutcome<AnnotationDto[]>> {
    return Promise.resolve({ ok: true, value: [...this.stored.values()] });
  }

  /** Another tab saves a note: the revision moves on. */
  editElsewhere(id: string, note: string): void {
    const row = this.stored.get(id)!;
    this.stored.set(id, { ...row, note, revision: row.revision + 1 });
  }

  private apply(op: AnnotationOperation): AnnotationOperationResult {
    const refuse = (status: number, code: string, message: string, details?: unknown) => ({ id: op.id, op: op.op, status, error: { code, message, ...(details !== undefined && { details }) } });
    if (this.submitted) return refuse(409, "work_submitted", "This work has been submitted, so it can no longer be changed.");
    const row = this.stored.get(op.id);
    if (op.op === "create") {
      if (row) return { id: op.id, op: op.op, status: 200, annotation: row };
      const created: AnnotationDto = { id: op.id, start: op.start, end: op.end, tag: op.tag, note: op.note ?? null, exact: TEXT.slice(op.start, op.end), prefix: "", suffix: "", revision: 1, createdAt: "", updatedAt: "" };
      this.stored.set(op.id, created);
      return { id: op.id, op: op.op, status: 201, annotation: created };
    }
    if (op.op === "delete") {
      if (row && op.baseRevision !== undefined && op.baseRevision !== row.revision) return refuse(409, "edit_conflict", "Changed elsewhere.", { current: row });
      this.stored.delete(op.id);
      return { id: op.id, op: op.op, status: 204 };
    }
    if (!row) return refuse(404, "not_found", "This highlight was deleted elsewhere.");
    const next = { ...row, tag: op.tag ?? row.tag, note: op.note === undefined ? row.note : op.note };
    const changed = next.tag !== row.tag || next.note !== row.note;
    if (changed && op.baseRevision !== undefined && op.baseRevision !== row.revision) return refuse(409, "edit_conflict", "Changed elsewhere.", { current: row });
    if (changed) next.revision += 1;
    this.stored.set(op.id, next);
    return { id: op.id, op: op.op, status: 200, annotation: next };
  }
}

export const settle = () => vi.advanceTimersByTimeAsync(0);
export const dto = (id: string, start: number, end: number, tag: string, note: string | null = null, revision = 1): AnnotationDto => ({
  id, start, end, tag, note, revision, exact: TEXT.slice(start, end), prefix: "", suffix: "", createdAt: "", updatedAt: "",
});
