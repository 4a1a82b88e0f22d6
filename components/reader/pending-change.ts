import type { AnnotationDto } from "@/lib/annotations/schemas";
import type { AnnotationPatch, NewAnnotation } from "./annotation-api";

/** An annotation as the reader shows it: saved, or with changes not yet on the server. */
export interface ReaderAnnotation {
  id: string;
  start: number;
  end: number;
  exact: string;
  tag: string;
  note: string | null;
  /** The server's revision this reader last saw; unknown until the first save is acknowledged. */
  revision?: number;
  author?: { id: string; name: string };
  /** The teacher's verdict: shown to the student once returned, to the teacher always. */
  feedback?: AnnotationVerdict | null;
  /** The student's own, before the work is returned: the teacher has given feedback (not shown yet). */
  feedbackGiven?: boolean;
  /** The teacher's review: the student changed the tag or note after the verdict. */
  editedAfterFeedback?: boolean;
  /** Absent once saved; otherwise where its latest change stands. */
  save?: AnnotationSaveState;
}

export interface AnnotationVerdict {
  verdict: "AGREE" | "PARTLY" | "DISAGREE";
  comment: string | null;
}

export type AnnotationSaveState =
  | { state: "unsaved" }
  | { state: "refused"; message: string }
  | { state: "conflict"; message: string };

/**
 * One change the server has not acknowledged. It is kept on the device (IndexedDB) until it
 * is, so it outlives a reload, a closed tab and a lost connection; `annotation` is the
 * highlight as the change left it (as it was, for a delete), so it can always be shown.
 */
export interface PendingChange {
  kind: "create" | "update" | "delete";
  id: string;
  annotation: ReaderAnnotation;
  /** create: what is sent; update: the fields changed. */
  create?: NewAnnotation;
  patch?: AnnotationPatch;
  /** update and delete: the revision they were made on, so a change made elsewhere since is not overwritten. */
  baseRevision?: number;
  state: "waiting" | "sending" | "refused" | "conflict";
  problem?: { code: string; message: string; theirs?: AnnotationDto };
  /** When the change was made (ms since the epoch): restored changes of several tabs are replayed in this order. */
  madeAt: number;
}

/** Refused and conflicting changes wait for the student's choice; the others for the network. */
export const isHeld = (change: PendingChange) => change.state === "refused" || change.state === "conflict";

export function toReaderAnnotation(dto: AnnotationDto): ReaderAnnotation {
  return {
    id: dto.id,
    start: dto.start,
    end: dto.end,
    exact: dto.exact,
    tag: dto.tag,
    note: dto.note,
    revision: dto.revision,
    author: dto.author,
    feedback: dto.feedback,
    ...(dto.feedbackGiven && { feedbackGiven: true }),
    ...(dto.editedAfterFeedback && { editedAfterFeedback: true }),
  };
}

const byPosition = (a: ReaderAnnotation, b: ReaderAnnotation) => a.start - b.start || a.end - b.end;

function saveStateOf(change: PendingChange): AnnotationSaveState {
  if (change.state === "refused") return { state: "refused", message: change.problem?.message ?? "" };
  if (change.state === "conflict") return { state: "conflict", message: change.problem?.message ?? "" };
  return { state: "unsaved" };
}

/** What the reader shows: what the server has, with every change not yet acknowledged laid on top, in order. */
export function overlayChanges(saved: ReadonlyMap<string, ReaderAnnotation>, changes: readonly PendingChange[]): ReaderAnnotation[] {
  const shown = new Map(saved);
  for (const change of changes) {
    if (change.kind === "delete") shown.delete(change.id);
    else if (change.kind === "create") shown.set(change.id, { ...change.annotation, save: saveStateOf(change) });
    // Over the saved copy, which may carry feedback the local one has not seen; the local one if it was deleted elsewhere.
    else shown.set(change.id, { ...(shown.get(change.id) ?? change.annotation), ...change.patch, save: saveStateOf(change) });
  }
  return [...shown.values()].sort(byPosition);
}

/** The annotation as a change records it: its own, without the reader's save mark. */
export function withoutSaveState(annotation: ReaderAnnotation): ReaderAnnotation {
  const { save: _save, ...rest } = annotation;
  return rest;
}

/**
 * A change from an earlier page: sent again as it was, unless the text it points into is not
 * this one. A new highlight whose passage stands at the same place in this page's text is
 * made on this page's version now (it was checked against this very text).
 */
export function reviveChange(change: PendingChange, text: string, version: { articleVersionId?: string } = {}): PendingChange {
  const revived: PendingChange = { ...change, state: change.state === "sending" ? "waiting" : change.state };
  const { start, end, exact } = change.annotation;
  if (change.kind !== "create") return revived;
  if (text.slice(start, end) !== exact) {
    revived.state = "refused";
    revived.problem = { code: "text_changed", message: "The article's text has changed since this highlight was made, so it cannot be placed." };
  } else if (version.articleVersionId && revived.create) {
    revived.create = { ...revived.create, articleVersionId: version.articleVersionId };
  }
  return revived;
}
