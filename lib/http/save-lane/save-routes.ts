import "server-only";
import { applyAnnotationBatch } from "@/lib/annotations/apply-annotation-batch";
import { AnnotationBatchInput, BATCH_BODY_LIMIT_BYTES } from "@/lib/annotations/batch-schemas";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { ANNOTATION_BODY_LIMIT_BYTES, CreateAnnotationInput } from "@/lib/annotations/schemas";
import type { Caller } from "@/lib/auth/caller";
import { parseJsonBody } from "@/lib/http/read-json-body";

/** A save route's answer before it is written: its status and the JSON body. */
export interface SaveReply {
  status: number;
  body: unknown;
}

/**
 * The two routes every student's highlights go through, as both doors answer them: the
 * Next.js route handlers (app/api/assignments/[id]/annotations…) and the front door's save
 * lane, which answers them without Next.js (see answerInSaveLane). Same schema, limit and
 * service either way; only how the actor and the body are read differs.
 */
export interface SaveRoute {
  /** Matches the path; the first group is the assignment id, still %-encoded. */
  path: RegExp;
  limitBytes: number;
  answer(caller: Caller, assignmentId: string, body: Uint8Array): Promise<SaveReply>;
}

export const CREATE_ANNOTATION_ROUTE: SaveRoute = {
  path: /^\/api\/assignments\/([^/]+)\/annotations$/,
  limitBytes: ANNOTATION_BODY_LIMIT_BYTES,
  async answer(caller, assignmentId, body) {
    const { annotation, created } = await createAnnotation(caller, assignmentId, parseJsonBody(body, CreateAnnotationInput));
    return { status: created ? 201 : 200, body: annotation };
  },
};

export const ANNOTATION_BATCH_ROUTE: SaveRoute = {
  path: /^\/api\/assignments\/([^/]+)\/annotations\/batch$/,
  limitBytes: BATCH_BODY_LIMIT_BYTES,
  async answer(caller, assignmentId, body) {
    const { operations } = parseJsonBody(body, AnnotationBatchInput);
    return { status: 200, body: await applyAnnotationBatch(caller, assignmentId, operations) };
  },
};

export const SAVE_ROUTES: readonly SaveRoute[] = [CREATE_ANNOTATION_ROUTE, ANNOTATION_BATCH_ROUTE];
