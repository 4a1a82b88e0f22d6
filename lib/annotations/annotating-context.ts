import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { annotateRefusal, authorize, authorizeVisible, type AssignmentAccess } from "@/lib/auth/policy";
import { readArticleVersionText } from "@/lib/articles/article-version-text";
import { getDb } from "@/lib/db/client";
import type { EnrollmentRole, SubmissionStatus } from "@/lib/db/generated/enums";
import { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/transaction";
import { NotFound } from "@/lib/errors";
import { isUuid } from "@/lib/text/is-uuid";
import { parseTagSet } from "./tag-schemas";
import type { TagDefinition } from "./tags";

/** What saving a highlight needs to know, read in one statement. */
export interface AnnotatingFacts {
  access: AssignmentAccess;
  tags: TagDefinition[];
  articleVersionId: string;
  /** The student's submission and how many highlights it holds, if they have started. */
  submission: { id: string; status: SubmissionStatus; count: number } | null;
}

interface FactsRow {
  tags: unknown;
  articleVersionId: string;
  classId: string;
  archived: boolean;
  membership: EnrollmentRole | null;
  submissionId: string | null;
  status: SubmissionStatus | null;
  count: number | null;
}

/**
 * The assignment, the actor's place in its class and their submission, in one statement:
 * the hot path of every save (a findUnique with nested includes was several statements and
 * the largest part of a save's time). Locked, the assignment row is taken FOR SHARE before
 * the submission row (the materialized CTE is read first), the order every writer keeps.
 */
async function readFacts(db: Pick<Tx, "$queryRaw">, actorId: string, assignmentId: string, lock: boolean): Promise<AnnotatingFacts | null> {
  const forShare = lock ? Prisma.sql`FOR SHARE` : Prisma.empty;
  const rows = await db.$queryRaw<FactsRow[]>`
    WITH a AS MATERIALIZED (
      SELECT "id", "tags", "article_version_id", "class_id" FROM "assignments" WHERE "id" = ${assignmentId}::uuid ${forShare}
    )
    SELECT a."tags", a."article_version_id"::text AS "articleVersionId", a."class_id"::text AS "classId",
           c."archived_at" IS NOT NULL AS "archived",
           (SELECT e."role"::text FROM "enrollments" e WHERE e."class_id" = a."class_id" AND e."user_id" = ${actorId}::uuid) AS "membership",
           s."id"::text AS "submissionId", s."status"::text AS "status",
           (SELECT count(*)::int FROM "annotations" x WHERE x."submission_id" = s."id" AND x."deleted_at" IS NULL) AS "count"
    FROM a JOIN "classes" c ON c."id" = a."class_id"
    LEFT JOIN LATERAL (
      SELECT "id", "status" FROM "submissions" WHERE "assignment_id" = a."id" AND "user_id" = ${actorId}::uuid ${forShare}
    ) s ON true`;
  const row = rows[0];
  if (!row) return null;
  return {
    access: { classId: row.classId, membership: row.membership, archived: row.archived },
    tags: parseTagSet(row.tags),
    articleVersionId: row.articleVersionId,
    submission: row.submissionId && row.status ? { id: row.submissionId, status: row.status, count: row.count ?? 0 } : null,
  };
}

/** The facts, if the actor may add highlights to the assignment at all: else 404 (not theirs to see) or 403. */
function authorizeAnnotating(actor: Actor, facts: AnnotatingFacts | null): AnnotatingFacts {
  if (!facts) throw new NotFound("The assignment");
  const { access } = facts;
  authorizeVisible(actor, "assignment:view", access, "The assignment");
  authorize(actor, "assignment:annotate", access, access.archived ? annotateRefusal(access, "annotate") : "Only members of this class can annotate it.");
  return facts;
}

export interface AnnotatingContext extends AnnotatingFacts {
  assignmentId: string;
  text: string;
}

/** Read before a save, unlocked, to check the highlights against the text and tags. */
export async function loadAnnotatingContext(actor: Actor, assignmentId: string): Promise<AnnotatingContext> {
  if (!isUuid(assignmentId)) throw new NotFound("The assignment");
  const facts = authorizeAnnotating(actor, await readFacts(getDb(), actor.id, assignmentId, false));
  const { text } = await readArticleVersionText(facts.articleVersionId);
  return { ...facts, assignmentId, text };
}

/**
 * Read inside the save's transaction, locked, so that what the highlights are checked against
 * (the text, the tags, the work still a draft) still holds at commit. The text comes from the
 * locked version, so a move to a new version cannot slip in between.
 */
export async function lockAnnotatingContext(tx: Tx, actor: Actor, assignmentId: string): Promise<AnnotatingContext> {
  if (!isUuid(assignmentId)) throw new NotFound("The assignment");
  const facts = authorizeAnnotating(actor, await readFacts(tx, actor.id, assignmentId, true));
  const { text } = await readArticleVersionText(facts.articleVersionId, tx);
  return { ...facts, assignmentId, text };
}
