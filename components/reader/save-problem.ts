import { toReaderAnnotation, type PendingChange, type ReaderAnnotation } from "./pending-change";

/** A change the server refused or that clashes with one made elsewhere: it waits for the student's choice. */
export interface SaveProblem {
  id: string;
  kind: PendingChange["kind"];
  /** The highlight as this change left it (as it was, for a delete). */
  annotation: ReaderAnnotation;
  code: string;
  message: string;
  /** A conflict: the version saved elsewhere. */
  theirs?: ReaderAnnotation;
}

/** A held change as the reader lists it under "could not be saved". */
export function toProblem(change: PendingChange): SaveProblem {
  const theirs = change.problem?.theirs;
  return {
    id: change.id,
    kind: change.kind,
    annotation: change.annotation,
    code: change.problem?.code ?? "refused",
    message: change.problem?.message ?? "",
    ...(theirs && { theirs: toReaderAnnotation(theirs) }),
  };
}
