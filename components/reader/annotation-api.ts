import { callApi, type ApiOutcome } from "@/components/ui/api-client";
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
  create(annotation: NewAnnotation): Promise<ApiOutcome<AnnotationDto>>;
  update(id: string, patch: AnnotationPatch): Promise<ApiOutcome<AnnotationDto>>;
  remove(id: string): Promise<ApiOutcome<null>>;
  list(): Promise<ApiOutcome<AnnotationDto[]>>;
}

/** The reader's one door to the annotation API. */
export function createAnnotationApi(assignmentId: string): AnnotationApi {
  const collection = `/api/assignments/${encodeURIComponent(assignmentId)}/annotations`;
  const item = (id: string) => `/api/annotations/${encodeURIComponent(id)}`;
  return {
    create: ({ id, start, end, tag, note }) => callApi<AnnotationDto>("POST", collection, { id, start, end, tag, note }),
    update: (id, patch) => callApi<AnnotationDto>("PATCH", item(id), patch),
    remove: async (id) => {
      const outcome = await callApi<null>("DELETE", item(id));
      // Already gone (deleted in another tab) is what we wanted.
      return !outcome.ok && outcome.status === 404 ? { ok: true, value: null } : outcome;
    },
    list: () => callApi<AnnotationDto[]>("GET", collection),
  };
}
