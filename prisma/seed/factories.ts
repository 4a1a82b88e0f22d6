import { describeQuote } from "@/lib/annotations/anchoring/quote-selector";
import { checkTextRange } from "@/lib/annotations/anchoring/text-range";
import { DEFAULT_TAGS, type TagDefinition } from "@/lib/annotations/tags";
import { canonicalizePlainText } from "@/lib/articles/canonical-text";
import { hashPassword } from "@/lib/auth/password";
import { generateJoinCode } from "@/lib/classes/join-code";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { EnrollmentRole, RevealPolicy, UserRole } from "@/lib/db/generated/enums";

/**
 * Builders for realistic rows, shared by the demo seed, integration tests and e2e
 * set-up so that test data has the same shape as what the app makes.
 */

/** A user who signs in with an email address, a username (students may have no email), or both. */
export async function createUser(
  db: PrismaClient,
  input: { email?: string; username?: string; name: string; role: UserRole; password: string; mustChangePassword?: boolean },
) {
  if (!input.email && !input.username) throw new Error("A user needs an email address or a username");
  return db.user.create({
    data: {
      email: input.email?.toLowerCase() ?? null,
      username: input.username?.toLowerCase() ?? null,
      name: input.name,
      role: input.role,
      passwordHash: await hashPassword(input.password),
      mustChangePassword: input.mustChangePassword ?? false,
    },
  });
}

export async function createClass(db: PrismaClient, input: { name: string; teacherId: string; studentIds?: string[] }) {
  const enrollments: { userId: string; role: EnrollmentRole }[] = [
    { userId: input.teacherId, role: "TEACHER" },
    ...(input.studentIds ?? []).map((userId) => ({ userId, role: "STUDENT" as const })),
  ];
  return db.class.create({
    data: { name: input.name, joinCode: generateJoinCode(), enrollments: { create: enrollments } },
  });
}

export async function enroll(db: PrismaClient, classId: string, userId: string, role: EnrollmentRole) {
  return db.enrollment.create({ data: { classId, userId, role } });
}

/** An article from plain text, canonicalised exactly as an import would be, as version 1. */
export async function createArticle(
  db: PrismaClient,
  input: { title: string; text: string; author?: string; sourceUrl?: string; createdById?: string },
) {
  return db.article.create({
    data: {
      title: input.title,
      author: input.author ?? null,
      sourceUrl: input.sourceUrl ?? null,
      createdById: input.createdById ?? null,
      versions: { create: { number: 1, text: canonicalizePlainText(input.text) } },
    },
    include: { versions: true },
  });
}

/** A new version of an article (its text canonicalised), numbered after the latest, as an edit of its text makes. */
export async function createArticleVersion(db: PrismaClient, input: { articleId: string; text: string }) {
  const latest = await db.articleVersion.findFirstOrThrow({ where: { articleId: input.articleId }, orderBy: { number: "desc" }, select: { number: true } });
  return db.articleVersion.create({ data: { articleId: input.articleId, number: latest.number + 1, text: canonicalizePlainText(input.text) } });
}

export async function createAssignment(
  db: PrismaClient,
  input: {
    classId: string;
    articleVersionId: string;
    title: string;
    instructions?: string;
    dueAt?: Date;
    revealPolicy?: RevealPolicy;
    showClassmateNames?: boolean;
    tags?: TagDefinition[];
  },
) {
  return db.assignment.create({
    data: {
      classId: input.classId,
      articleVersionId: input.articleVersionId,
      title: input.title,
      instructions: input.instructions ?? null,
      dueAt: input.dueAt ?? null,
      revealPolicy: input.revealPolicy ?? "AFTER_SUBMIT",
      showClassmateNames: input.showClassmateNames ?? true,
      tags: input.tags ?? DEFAULT_TAGS,
    },
  });
}

/** Finds the `occurrence`-th appearance of `phrase` in the text: seeds name spans by their words. */
export function locatePhrase(text: string, phrase: string, occurrence = 1): { start: number; end: number } {
  let start = -1;
  for (let seen = 0; seen < occurrence; seen++) {
    start = text.indexOf(phrase, start + 1);
    if (start < 0) throw new Error(`"${phrase}" (occurrence ${occurrence}) is not in the article`);
  }
  return { start, end: start + phrase.length };
}

/** A student's annotation, stored through the same selector rules the API applies. */
export async function createAnnotationRecord(
  db: PrismaClient,
  input: { assignmentId: string; userId: string; text: string; start: number; end: number; tag: string; note?: string },
) {
  const problem = checkTextRange(input.text, input);
  if (problem) throw new Error(`Bad seed range ${input.start}-${input.end}: ${problem}`);
  const submission = await db.submission.upsert({
    where: { assignmentId_userId: { assignmentId: input.assignmentId, userId: input.userId } },
    create: { assignmentId: input.assignmentId, userId: input.userId },
    update: {},
  });
  return db.annotation.create({
    data: {
      id: crypto.randomUUID(),
      submissionId: submission.id,
      start: input.start,
      end: input.end,
      tag: input.tag,
      note: input.note ?? null,
      ...describeQuote(input.text, input.start, input.end),
    },
  });
}

/** Hands a student's work in, as the submit button would (for seeds and tests). */
export async function submitWork(db: PrismaClient, assignmentId: string, userId: string, submittedAt = new Date()) {
  return db.submission.update({
    where: { assignmentId_userId: { assignmentId, userId } },
    data: { status: "SUBMITTED", submittedAt },
  });
}
