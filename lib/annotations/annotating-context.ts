import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { admitActor } from "@/lib/auth/admit-actor";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { oldestLiveSession } from "@/lib/auth/session-records";
import type { SessionClaims } from "@/lib/auth/session-token";
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
  /** The session's user while it lives, when the caller came with a session key (see Caller). */
  sessionActor: Actor | null;
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
 * Given a session key, the same statement checks that the session lives (as loadSessionActor).
 */
async function readFacts(db: Pick<Tx, "$queryRaw">, actorId: string, assignmentId: string, lock: boolean, session: SessionClaims | null): Promise<FactsRow | null> {
  const forShare = lock ? Prisma.sql`FOR SHARE` : Prisma.empty;
  const sessionActor = session
    ? Prisma.sql`(SELECT json_build_object('id', u."id", 'role', u."role", 'name', u."name", 'mustChangePassword', u."must_change_password")
        FROM "user_sessions" us JOIN "users" u ON u."id" = us."user_id"
        WHERE us."id" = ${session.sessionId}::uuid AND us."user_id" = ${session.userId}::uuid AND us."created_at" >= ${oldestLiveSession()})`
    : Prisma.sql`NULL::json`;
  const rows = await db.$queryRaw<FactsRow[]>`
    WITH a AS MATERIALIZED (
      SELECT "id", "tags", "article_version_id", "class_id" FROM "assignments" WHERE "id" = ${assignmentId}::uuid ${forShare}
    )
    SELECT ${sessionActor} AS "sessionActor", a."tags", a."article_version_id"::text AS "articleVersionId", a."class_id"::text AS "classId",
           c."archived_at" IS NOT NULL AS "archived",
           (SELECT e."role"::text FROM "enrollments" e WHERE e."class_id" = a."class_id" AND e."user_id" = ${actorId}::uuid) AS "membership",
           s."id"::text AS "submissionId", s."status"::text AS "status",
           (SELECT count(*)::int FROM "annotations" x WHERE x."submission_id" = s."id" AND x."deleted_at" IS NULL) AS "count"
    FROM a JOIN "classes" c ON c."id" = a."class_id"
    LEFT JOIN LATERAL (
      SELECT "id", "status" FROM "submissions" WHERE "assignment_id" = a."id" AND "user_id" = ${actorId}::uuid ${forShare}
    ) s ON true`;
  return rows[0] ?? null;
}

function toFacts(row: FactsRow): AnnotatingFacts {
  return {
    access: { classId: row.classId, membership: row.membership, archived: row.archived },
    tags: parseTagSet(row.tags),
    articleVersionId: row.articleVersionId,
    submission: row.submissionId && row.status ? { id: row.submissionId, status: row.status, count: row.count ?? 0 } : null,
  };
}

/** The facts, if the actor may add highlights to the assignment at all: else 404 (not theirs to see) or 403. */
function authorizeAnnotating(actor: Actor, row: FactsRow | null): AnnotatingFacts {
  if (!row) throw new NotFound("The assignment");
  const facts = toFacts(row);
  const { access } = facts;
  authorizeVisible(actor, "assignment:view", access, "The assignment");
  authorize(actor, "assignment:annotate", access, access.archived ? annotateRefusal(access, "annotate") : "Only members of this class can annotate it.");
  return facts;
}

export interface AnnotatingContext extends AnnotatingFacts {
  assignmentId: string;
  text: string;
  /** Who is saving, through the sign-in gate. */
  actor: Actor;
  /** The assignment's tag set as stored (JSON), to tell later that it has not changed. */
  storedTags: unknown;
}

/** Read before a save, unlocked, to check the highlights against the text and tags. */
export async function loadAnnotatingContext(actor: Actor, assignmentId: string): Promise<AnnotatingContext> {
  return readContext(getDb(), { actor }, assignmentId, false);
}

/**
 * The same, unlocked, checking the caller's session in the same statement: a save that then
 * writes only if these facts still hold (see saveNewAnnotationsOptimistically).
 */
export async function peekAnnotatingContext(caller: Caller, assignmentId: string): Promise<AnnotatingContext> {
  return readContext(getDb(), caller, assignmentId, false);
}

/**
 * Read inside the save's transaction, locked, so that what the highlights are checked against
 * (the text, the tags, the work still a draft) still holds at commit. The text comes from the
 * locked version, so a move to a new version cannot slip in between.
 */
export async function lockAnnotatingContext(tx: Tx, caller: Caller, assignmentId: string): Promise<AnnotatingContext> {
  return readContext(tx, caller, assignmentId, true);
}

async function readContext(db: Tx, caller: Caller, assignmentId: string, lock: boolean): Promise<AnnotatingContext> {
  const session = "session" in caller ? caller.session : null;
  const userId = "actor" in caller ? caller.actor.id : caller.session.userId;
  const row = isUuid(assignmentId) ? await readFacts(db, userId, assignmentId, lock, session) : null;
  // No row (no such assignment) says nothing of the session: the gate asks on its own then.
  const actor = "actor" in caller ? caller.actor : row ? admitActor(row.sessionActor) : await callerActor(caller);
  const facts = authorizeAnnotating(actor, row);
  const { text } = await readArticleVersionText(facts.articleVersionId, db);
  return { ...facts, assignmentId, text, actor, storedTags: row!.tags };
}
