import { callApi, type ApiOutcome } from "@/components/ui/api-client";
import { AnnotationBatchDto, type AnnotationOperation } from "@/lib/annotations/batch-schemas";
import type { AnnotationDto } from "@/lib/annotations/schemas";

export type { ApiOutcome };

/** What the reader sends to make an annotation; the server adds exact, prefix and suffix. */
export interface NewAnnotation {
  id: string;
  start: number;
  end: number;
  tag: string;
  note: string | null;
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
      const reply = AnnotationBatchDto.safeParse(outcome.value);
      // A reply that is not the batch's (a proxy's page, say) says nothing was saved for sure: send again.
      return reply.success ? { ok: true, value: reply.data } : { ok: false, retryable: true, message: "The server's answer could not be read." };
    },
    list: () => callApi<AnnotationDto[]>("GET", collection),
  };
}
