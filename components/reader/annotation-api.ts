import { callApi, type ApiOutcome } from "@/components/api-client";
import type { AnnotationBatchDto, AnnotationOperation } from "@/lib/annotations/batch-schemas";
import type { AnnotationDto } from "@/lib/annotations/schemas";

export type { ApiOutcome };

/** What the reader sends to make an annotation; the server adds exact, prefix and suffix. */
export interface NewAnnotation {
  id: string;
  start: number;
  end: number;
  tag: string;
  note: string | null;
  /** The version whose text the offsets point into. */
  articleVersionId?: string;
  /** Made again by undoing its delete: the server gives back the teacher's feedback it had. */
  undoesDelete?: true;
}

export interface AnnotationPatch {
  tag?: string;
  note?: string | null;
}

export interface AnnotationApi {
  /** Waiting changes in the order they were made, answered one by one. */
  batch(operations: AnnotationOperation[]): Promise<ApiOutcome<AnnotationBatchDto>>;
  list(): Promise<ApiOutcome<AnnotationDto[]>>;
}

/** The reader's one door to the annotation API. */
export function createAnnotationApi(assignmentId: string): AnnotationApi {
  const collection = `/api/assignments/${encodeURIComponent(assignmentId)}/annotations`;
  return {
    batch: async (operations) => {
      const outcome = await callApi<unknown>("POST", `${collection}/batch`, { operations });
      if (!outcome.ok) return outcome;
      // A reply that is not the batch's (a proxy's page, say) says nothing was saved for sure: send again.
      // (Its shape is checked with AnnotationBatchDto in the tests; zod stays out of the reader's JavaScript.)
      return isBatchReply(outcome.value, operations.length)
        ? { ok: true, value: outcome.value }
        : { ok: false, retryable: true, message: "The server's answer could not be read." };
    },
    list: () => callApi<AnnotationDto[]>("GET", collection),
  };
}

/** One answer per change sent, in order, each naming its change. */
function isBatchReply(value: unknown, sent: number): value is AnnotationBatchDto {
  if (typeof value !== "object" || value === null) return false;
  const { results, savedAt } = value as Partial<AnnotationBatchDto>;
  return typeof savedAt === "string" && Array.isArray(results) && results.length === sent && results.every((r) => typeof r?.id === "string" && typeof r.status === "number");
}
