import "server-only";
import { pseudonymFor } from "@/lib/annotations/pseudonym";
import { inPseudonymousOrder } from "@/lib/annotations/pseudonymous-order";
import type { Actor } from "@/lib/auth/actor";
import { authorize, can } from "@/lib/auth/policy";
import { findAssignmentForActor, type AssignmentForActor } from "@/lib/classes/find-assignment-for-actor";
import { loadAnswerKey, loadAssignmentReaders, type AssignmentReader, type ReaderSpanRow } from "@/lib/classes/load-assignment-readers";
import { openClassmatesWork } from "@/lib/classes/open-classmates-work";
import { compareReadings } from "@/lib/compare";
import { labelledSpanScores } from "@/lib/compare/span-scores";
import { getDb } from "@/lib/db/client";
import { requireEnv } from "@/lib/env";
import { Forbidden, NotFound } from "@/lib/errors";
import type { ExportAnnotation, ExportModel, ExportReader, ExportScope } from "./export-model";

export interface ExportRequest {
  scope: ExportScope;
  student?: string;
  pseudonymize?: boolean;
}

/** When the export is made, and the zone of the viewer who makes it (injected, as a writer's clock is). */
export interface ExportClock {
  now: Date;
  timeZone: string;
}

/** A reader as loaded, with what this viewer may see of the teacher's feedback. */
interface Visible {
  user: { id: string; name: string };
  role: ExportReader["role"];
  status: ExportReader["status"];
  submission: AssignmentReader["submission"] | null;
  spans: ReaderSpanRow[];
  showFeedback: boolean;
}

/**
 * The one way into an export: who may have which scope is decided here, through the same
 * policy and reveal door as the rest of the app, and the model holds only what the viewer may
 * see (pseudonymised if asked), so no writer can show more.
 */
export async function buildExportModel(actor: Actor, assignmentId: string, request: ExportRequest, { now, timeZone }: ExportClock): Promise<ExportModel> {
  const assignment = await findAssignmentForActor(actor, assignmentId);
  const teaching = can(actor, "assignment:review", assignment.access);
  const loaded = await visibleReaders(actor, assignment, request, teaching);
  // Pseudonyms in name order would be the class list in alphabetical order: shuffle them by pseudonym.
  const pseudonymous = request.pseudonymize === true || (!teaching && !assignment.showClassmateNames);
  const visible = pseudonymous ? inPseudonymousOrder(loaded, (v) => v.user.id, requireEnv("AUTH_SECRET"), assignment.id) : loaded;
  const names = readerNames(actor, assignment, visible, teaching, request.pseudonymize === true);
  const dueAt = assignment.dueAt;
  const readers: ExportReader[] = visible.map((v) => ({
    id: names.get(v)!.id,
    name: names.get(v)!.name,
    role: v.role,
    status: v.status,
    submittedAt: v.submission?.submittedAt?.toISOString() ?? null,
    late: Boolean(v.submission?.submittedAt && dueAt && v.submission.submittedAt > dueAt),
    returnedAt: v.submission?.returnedAt?.toISOString() ?? null,
    score: v.showFeedback ? (v.submission?.score ?? null) : null,
    overallComment: v.showFeedback ? (v.submission?.feedbackComment ?? null) : null,
  }));
  const annotations = visible
    .flatMap((v) => v.spans.map((span) => toExportAnnotation(span, names.get(v)!.id, v.showFeedback)))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.readerId.localeCompare(b.readerId));

  const tags = assignment.tags.map((tag) => tag.id);
  const students = visible.filter((v) => v.role === "student");
  const key = teaching && assignment.answerKeySubmissionId !== null ? await keySpans(assignment) : null;
  return {
    generatedAt: now.toISOString(),
    timeZone,
    scope: request.scope,
    pseudonymized: request.pseudonymize === true,
    assignment: { id: assignment.id, title: assignment.title, instructions: assignment.instructions, className: assignment.className, dueAt: dueAt?.toISOString() ?? null, scoreOutOf: assignment.scoreOutOf },
    article: await articleOf(assignment),
    tags: assignment.tags,
    readers,
    annotations,
    compare:
      request.scope === "class"
        ? compareReadings({ text: assignment.article.text, tags, readings: students.map((v) => ({ reader: names.get(v)!.id, spans: v.spans })), key, tag: null, consensusShare: 2 / 3 })
        : null,
    scores: key === null ? null : Object.fromEntries(students.map((v) => [names.get(v)!.id, labelledSpanScores(v.spans, key, tags)])),
  };
}

async function visibleReaders(actor: Actor, assignment: AssignmentForActor, request: ExportRequest, teaching: boolean): Promise<Visible[]> {
  switch (request.scope) {
    case "mine": {
      if (assignment.access.membership !== "STUDENT") throw new Forbidden("Teachers export the answer key or their students' work (scope=key, student or class).");
      const { readers } = await loadAssignmentReaders(assignment, { includeDrafts: true, onlyStudent: actor.id });
      const own = readers[0];
      // A student sees the teacher's feedback once the work is returned, as in the reader.
      return own ? [{ ...fromReader(own), showFeedback: own.submission.returnedAt !== null }] : [];
    }
    case "student": {
      authorize(actor, "assignment:review", assignment.access, "Only the class's teacher can export a student's work.");
      const student = request.student ?? "";
      const enrolled = await getDb().enrollment.findFirst({ where: { classId: assignment.access.classId, role: "STUDENT", userId: student } });
      if (!enrolled) throw new NotFound("That student");
      const { readers } = await loadAssignmentReaders(assignment, { includeDrafts: true, onlyStudent: student });
      return readers.map((r) => ({ ...fromReader(r), showFeedback: true }));
    }
    case "key": {
      authorize(actor, "assignment:review", assignment.access, "Only the class's teacher can export the answer key.");
      if (assignment.answerKeySubmissionId === null) throw new NotFound("The answer key");
      return [{ user: { id: "answer-key", name: "Answer key" }, role: "key", status: "submitted", submission: null, spans: await keySpans(assignment), showFeedback: false }];
    }
    case "class": {
      if (!teaching) {
        await openClassmatesWork(actor, assignment);
        const { readers } = await loadAssignmentReaders(assignment, { includeDrafts: false });
        return readers.map((r) => ({ ...fromReader(r), showFeedback: false }));
      }
      return classForTeacher(assignment);
    }
  }
}

/** Every student of the class, those who have not started too (the gradebook lists them all). */
async function classForTeacher(assignment: AssignmentForActor): Promise<Visible[]> {
  const [{ readers }, enrolled] = await Promise.all([
    loadAssignmentReaders(assignment, { includeDrafts: true }),
    getDb().enrollment.findMany({
      where: { classId: assignment.access.classId, role: "STUDENT" },
      select: { user: { select: { id: true, name: true } } },
      orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
    }),
  ]);
  const started = new Map(readers.map((r) => [r.user.id, r]));
  return enrolled.map(({ user }) => {
    const reader = started.get(user.id);
    return reader
      ? { ...fromReader(reader), showFeedback: true }
      : { user, role: "student" as const, status: "not started" as const, submission: null, spans: [], showFeedback: true };
  });
}

function fromReader(reader: AssignmentReader): Omit<Visible, "showFeedback"> {
  const status = reader.submission.returnedAt ? "returned" : reader.submitted ? "submitted" : "draft";
  return { user: reader.user, role: "student", status, submission: reader.submission, spans: reader.spans };
}

/**
 * Ids and names as this export prints them: "Reader 1"… in order when pseudonymised (no user's
 * name or id anywhere); for a student's class export, classmates as the teacher chose.
 */
function readerNames(actor: Actor, assignment: AssignmentForActor, visible: Visible[], teaching: boolean, pseudonymize: boolean) {
  const names = new Map<Visible, { id: string; name: string }>();
  const secret = requireEnv("AUTH_SECRET");
  visible.forEach((v, index) => {
    if (v.role === "key") names.set(v, { id: "answer-key", name: "Answer key" });
    else if (pseudonymize) names.set(v, { id: `reader-${index + 1}`, name: `Reader ${index + 1}` });
    else if (teaching || v.user.id === actor.id || assignment.showClassmateNames) names.set(v, v.user);
    else names.set(v, pseudonymFor(secret, assignment.id, v.user.id));
  });
  return names;
}

function toExportAnnotation(span: ReaderSpanRow, readerId: string, showFeedback: boolean): ExportAnnotation {
  return {
    id: span.id,
    readerId,
    start: span.start,
    end: span.end,
    exact: span.exact,
    prefix: span.prefix,
    suffix: span.suffix,
    tag: span.tag,
    note: span.note,
    verdict: showFeedback ? (span.feedback?.verdict ?? null) : null,
    teacherComment: showFeedback ? (span.feedback?.comment ?? null) : null,
    createdAt: span.createdAt.toISOString(),
    updatedAt: span.updatedAt.toISOString(),
  };
}

async function keySpans(assignment: AssignmentForActor): Promise<ReaderSpanRow[]> {
  return (await loadAnswerKey(assignment)) ?? [];
}

/** The article as the assignment was read: the version id of the very text written, even if the assignment has moved since. */
async function articleOf(assignment: AssignmentForActor): Promise<ExportModel["article"]> {
  const { author, sourceUrl, publishedAt } = await getDb().article.findUniqueOrThrow({
    where: { id: assignment.article.id },
    select: { author: true, sourceUrl: true, publishedAt: true },
  });
  return {
    id: assignment.article.id,
    versionId: assignment.article.versionId,
    version: assignment.article.version,
    title: assignment.article.title,
    author,
    sourceUrl,
    publishedAt: publishedAt?.toISOString().slice(0, 10) ?? null,
    text: assignment.article.text,
    blocks: assignment.article.blocks,
  };
}
