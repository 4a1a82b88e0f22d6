import "server-only";
import type { TagDefinition } from "@/lib/annotations/tags";
import type { Annotation, Submission } from "@/lib/db/generated/client";
import type { RevealPolicy } from "@/lib/db/generated/enums";
import { summarizeDraft } from "./draft-summary";
import { classmatesRevealed } from "./reveal";
import type { SubmissionDto } from "./submission-schemas";

interface DescribeOptions {
  tags: TagDefinition[];
  dueAt: Date | null;
  revealPolicy: RevealPolicy;
  revealedAt: Date | null;
  /** The teacher sees feedback before it is returned. */
  showFeedback: boolean;
  now?: Date;
}

/** A submission (or none yet) as the student and the teacher see it, with what blocks submitting. */
export function describeSubmission(
  submission: (Submission & { annotations: Pick<Annotation, "id" | "tag" | "note" | "exact">[] }) | null,
  options: DescribeOptions,
): SubmissionDto {
  const now = options.now ?? new Date();
  const { counts, missingNotes } = summarizeDraft(submission?.annotations ?? [], options.tags);
  const submitted = submission?.status === "SUBMITTED";
  const returned = Boolean(submission?.returnedAt);
  const beforeDue = !options.dueAt || now < options.dueAt;
  return {
    status: submission?.status ?? "DRAFT",
    submittedAt: submission?.submittedAt?.toISOString() ?? null,
    late: Boolean(submission?.submittedAt && options.dueAt && submission.submittedAt > options.dueAt),
    locked: submission?.locked ?? false,
    returnedAt: submission?.returnedAt?.toISOString() ?? null,
    canUnsubmit: submitted && !returned && !(submission?.locked ?? false) && beforeDue,
    counts,
    missingNotes,
    feedback: submission && (returned || options.showFeedback) ? { comment: submission.feedbackComment, score: submission.score } : null,
    classmatesVisible: classmatesRevealed({
      policy: options.revealPolicy,
      dueAt: options.dueAt,
      revealedAt: options.revealedAt,
      submitted,
      now,
    }),
  };
}
