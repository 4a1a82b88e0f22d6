import "server-only";
import type { TagDefinition } from "@/lib/annotations/tags";
import type { Annotation, Submission } from "@/lib/db/generated/client";
import type { RevealPolicy } from "@/lib/db/generated/enums";
import { unsubmitRefusal, type UnsubmitFacts } from "@/lib/auth/policy";
import { summarizeDraft } from "./draft-summary";
import { classmatesRevealed } from "./reveal";
import type { SubmissionDto } from "./submission-schemas";

interface DescribeOptions {
  tags: TagDefinition[];
  dueAt: Date | null;
  revealPolicy: RevealPolicy;
  revealedAt: Date | null;
  scoreOutOf: number | null;
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
  return {
    status: submission?.status ?? "DRAFT",
    submittedAt: submission?.submittedAt?.toISOString() ?? null,
    late: Boolean(submission?.submittedAt && options.dueAt && submission.submittedAt > options.dueAt),
    locked: submission?.locked ?? false,
    returnedAt: submission?.returnedAt?.toISOString() ?? null,
    canUnsubmit: submitted && unsubmitRefusal(unsubmitFactsOf(submission, options.dueAt, now)) === null,
    counts,
    missingNotes,
    feedback: submission && (returned || options.showFeedback) ? { comment: submission.feedbackComment, score: submission.score, scoreOutOf: options.scoreOutOf } : null,
    classmatesVisible: classmatesRevealed({
      policy: options.revealPolicy,
      dueAt: options.dueAt,
      revealedAt: options.revealedAt,
      submitted,
      now,
    }),
    classmatesSeenAt: submission?.classmatesSeenAt?.toISOString() ?? null,
  };
}

/** The facts the policy decides taking work back on, from a stored submission or its description. */
export function unsubmitFactsOf(
  submission: { returnedAt: Date | string | null; locked: boolean; classmatesSeenAt: Date | string | null } | null,
  dueAt: Date | null,
  now = new Date(),
): UnsubmitFacts {
  return {
    returned: Boolean(submission?.returnedAt),
    locked: submission?.locked ?? false,
    pastDue: dueAt !== null && now >= dueAt,
    classmatesSeen: Boolean(submission?.classmatesSeenAt),
  };
}
