import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadSessionActor, type SessionKey } from "@/lib/auth/current-actor";
import { can, type AssignmentAccess } from "@/lib/auth/policy";
import { findAssignmentForActor } from "@/lib/classes/find-assignment-for-actor";
import { openClassmatesWork } from "@/lib/classes/open-classmates-work";
import { classmatesRevealed } from "@/lib/classes/reveal";
import { getDb } from "@/lib/db/client";
import type { WatchTopic } from "./change-hub";
import type { WatchScope } from "./visible-change";

/** A viewer allowed to watch an assignment's changes, and how to ask again whether they still are. */
export interface AssignmentWatch {
  topic: WatchTopic;
  scope: WatchScope;
  /** Whether the session still lives and the viewer may still see what the stream is about. */
  stillAllowed(): Promise<boolean>;
}

/**
 * The door to an assignment's change stream, the same as to what it is about: the class's
 * teacher or an admin watch its progress and comparison (as GET /progress and /compare let
 * them); a student, the comparison once the reveal lets them see classmates' work (as GET
 * /compare does, which records the first look). Anyone else is refused as those routes refuse.
 */
export async function openAssignmentWatch(actor: Actor, session: SessionKey, assignmentId: string): Promise<AssignmentWatch> {
  const assignment = await findAssignmentForActor(actor, assignmentId);
  const scope: WatchScope = can(actor, "assignment:review", assignment.access) ? "class" : "classmates";
  if (scope === "classmates") await openClassmatesWork(actor, assignment);
  return {
    topic: { assignmentId, classId: assignment.access.classId },
    scope,
    stillAllowed: () => stillAllowed(session, assignmentId, scope),
  };
}

/** Two small indexed reads: the session, and the viewer's place in the class (no article text). */
async function stillAllowed(session: SessionKey, assignmentId: string, scope: WatchScope): Promise<boolean> {
  const actor = await loadSessionActor(session);
  if (!actor || !can(actor, "app:use", null)) return false;
  const assignment = await getDb().assignment.findUnique({
    where: { id: assignmentId },
    select: {
      classId: true,
      revealPolicy: true,
      dueAt: true,
      revealedAt: true,
      class: { select: { archivedAt: true, enrollments: { where: { userId: actor.id }, select: { role: true } } } },
      submissions: { where: { userId: actor.id }, select: { status: true } },
    },
  });
  if (!assignment) return false;
  const access: AssignmentAccess = {
    classId: assignment.classId,
    membership: assignment.class.enrollments[0]?.role ?? null,
    archived: assignment.class.archivedAt !== null,
  };
  if (!can(actor, "assignment:view", access)) return false;
  if (scope === "class") return can(actor, "assignment:review", access);
  // The first look was recorded when the stream opened; what is asked now is whether the reveal still holds.
  return classmatesRevealed({
    policy: assignment.revealPolicy,
    dueAt: assignment.dueAt,
    revealedAt: assignment.revealedAt,
    submitted: assignment.submissions[0]?.status === "SUBMITTED",
    now: new Date(),
  });
}
