import type { AnnotationDto } from "@/lib/annotations/schemas";

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

export type ApiOutcome<T> =
  | { ok: true; value: T }
  /** `retryable`: the network or server failed, not the request; sending it again may work. */
  | { ok: false; retryable: boolean; message: string; status?: number };

export interface AnnotationApi {
  create(annotation: NewAnnotation): Promise<ApiOutcome<AnnotationDto>>;
  update(id: string, patch: AnnotationPatch): Promise<ApiOutcome<AnnotationDto>>;
  remove(id: string): Promise<ApiOutcome<null>>;
  list(): Promise<ApiOutcome<AnnotationDto[]>>;
}

async function send<T>(url: string, init: RequestInit, read: (response: Response) => Promise<T>): Promise<ApiOutcome<T>> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { "content-type": "application/json" }, credentials: "same-origin" });
  } catch {
    return { ok: false, retryable: true, message: "You seem to be offline." };
  }
  if (response.ok) return { ok: true, value: await read(response) };
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  const message = body?.error?.message ?? `The server answered ${response.status}.`;
  // 401 too: a lapsed session comes back after signing in again in another tab.
  const retryable = response.status >= 500 || [401, 408, 429].includes(response.status);
  return { ok: false, retryable, message, status: response.status };
}

/** The reader's one door to the annotation API. */
export function createAnnotationApi(assignmentId: string): AnnotationApi {
  const collection = `/api/assignments/${encodeURIComponent(assignmentId)}/annotations`;
  const item = (id: string) => `/api/annotations/${encodeURIComponent(id)}`;
  const json = <T>(response: Response) => response.json() as Promise<T>;
  return {
    create: ({ id, start, end, tag, note }) =>
      send(collection, { method: "POST", body: JSON.stringify({ id, start, end, tag, note }) }, json<AnnotationDto>),
    update: (id, patch) => send(item(id), { method: "PATCH", body: JSON.stringify(patch) }, json<AnnotationDto>),
    remove: async (id) => {
      const outcome = await send(item(id), { method: "DELETE" }, async () => null);
      // Already gone (deleted in another tab) is what we wanted.
      return !outcome.ok && outcome.status === 404 ? { ok: true, value: null } : outcome;
    },
    list: () => send(collection, { method: "GET" }, json<AnnotationDto[]>),
  };
}
