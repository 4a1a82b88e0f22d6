import "server-only";
import { COUNTED } from "@/lib/annotations/annotation-filters";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Verdict } from "@/lib/db/generated/enums";
import type { AssignmentForActor } from "./find-assignment-for-actor";

export interface ReaderSpanRow {
  id: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  tag: string;
  note: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** The teacher's verdict: the caller decides who may see it. */
  feedback: { verdict: Verdict; comment: string | null } | null;
}

export interface ReaderSubmission {
  submittedAt: Date | null;
  returnedAt: Date | null;
  score: number | null;
  /** The teacher's overall comment: the caller decides who may see it. */
  feedbackComment: string | null;
}

export interface AssignmentReader {
  user: { id: string; name: string };
  submitted: boolean;
  submission: ReaderSubmission;
  spans: ReaderSpanRow[];
}

export interface AssignmentReaders {
  readers: AssignmentReader[];
  /** Students whose work is a draft and was left out. */
  draftsLeftOut: number;
  /** The answer key's spans, or null without a key. */
  key: ReaderSpanRow[] | null;
}

const spanFields = {
  id: true,
  start: true,
  end: true,
  exact: true,
  prefix: true,
  suffix: true,
  tag: true,
  note: true,
  createdAt: true,
  updatedAt: true,
  feedback: { select: { verdict: true, comment: true } },
} satisfies Prisma.AnnotationSelect;
const readingOrder: Prisma.AnnotationOrderByWithRelationInput[] = [{ start: "asc" }, { end: "asc" }, { id: "asc" }];

/**
 * Every reader's counted highlights on an assignment (placed, not deleted), read once: the students of the class who
 * started it (submitted work, and drafts with a highlight when `includeDrafts`), in name order,
 * and the answer key.
 * The teacher's comparison, the students' pseudonymised one and the exports start from here.
 * Access, and who may see the teacher's feedback, are the caller's to check.
 */
export async function loadAssignmentReaders(
  assignment: AssignmentForActor,
  options: { includeDrafts: boolean; onlyStudent?: string },
): Promise<AssignmentReaders> {
  const db = getDb();
  const [submissions, key] = await Promise.all([
    db.submission.findMany({
      where: {
        assignmentId: assignment.id,
        ...(options.onlyStudent !== undefined && { userId: options.onlyStudent }),
        user: { enrollments: { some: { classId: assignment.access.classId, role: "STUDENT" } } },
      },
      select: {
        status: true,
        submittedAt: true,
        returnedAt: true,
        score: true,
        feedbackComment: true,
        user: { select: { id: true, name: true } },
        annotations: { where: COUNTED, select: spanFields, orderBy: readingOrder },
      },
      orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
    }),
    loadAnswerKey(assignment),
  ]);
  // A draft with no live highlight (made by a first highlight, then emptied) is "Not started" in
  // the progress table: it is no reader, nor a draft left out. Submitted work counts even when empty.
  const started = submissions.filter((s) => s.status === "SUBMITTED" || s.annotations.length > 0);
  const counted = started.filter((s) => options.includeDrafts || s.status === "SUBMITTED");
  return {
    readers: counted.map((s) => ({
      user: s.user,
      submitted: s.status === "SUBMITTED",
      submission: { submittedAt: s.submittedAt, returnedAt: s.returnedAt, score: s.score, feedbackComment: s.feedbackComment },
      spans: s.annotations,
    })),
    draftsLeftOut: started.length - counted.length,
    key,
  };
}

/** The answer key's counted spans in reading order, or null when the assignment has no key. */
export async function loadAnswerKey(assignment: AssignmentForActor): Promise<ReaderSpanRow[] | null> {
  if (assignment.answerKeySubmissionId === null) return null;
  return getDb().annotation.findMany({ where: { ...COUNTED, submissionId: assignment.answerKeySubmissionId }, select: spanFields, orderBy: readingOrder });
}
