import type { Annotation } from "@/lib/db/generated/client";
import type { AnnotationDto } from "./schemas";

type Verdict = { verdict: "AGREE" | "PARTLY" | "DISAGREE"; comment: string | null };

interface DtoExtras {
  author?: { id: string; name: string };
  /** undefined: not shown to this reader; null: shown, but none given yet. */
  feedback?: Verdict | null;
  /** The student's own list before the work is returned: whether there is feedback (only true is sent). */
  feedbackGiven?: boolean;
  /** The teacher's review of one student. */
  editedAfterFeedback?: boolean;
  deletedAt?: Date | null;
}

/** The verdict and comment of a stored feedback row, and nothing else of it. */
export function verdictOf(feedback: Verdict | null): Verdict | null {
  return feedback && { verdict: feedback.verdict, comment: feedback.comment };
}

export function toAnnotationDto(annotation: Annotation, extras: DtoExtras = {}): AnnotationDto {
  return {
    id: annotation.id,
    start: annotation.start,
    end: annotation.end,
    exact: annotation.exact,
    prefix: annotation.prefix,
    suffix: annotation.suffix,
    tag: annotation.tag,
    note: annotation.note,
    revision: annotation.revision,
    createdAt: annotation.createdAt.toISOString(),
    updatedAt: annotation.updatedAt.toISOString(),
    ...(extras.author && { author: extras.author }),
    ...(extras.feedback !== undefined && { feedback: extras.feedback }),
    ...(extras.feedbackGiven && { feedbackGiven: true }),
    ...(extras.editedAfterFeedback !== undefined && { editedAfterFeedback: extras.editedAfterFeedback }),
    ...(extras.deletedAt !== undefined && { deletedAt: extras.deletedAt?.toISOString() ?? null }),
    ...(annotation.orphanedAt && { orphaned: true }),
  };
}
