import type { EnrollmentRole } from "@/lib/db/generated/enums";
import { Forbidden, NotFound } from "@/lib/errors";
import type { Actor } from "./actor";

/** An assignment as seen by one actor: their role in its class, if any. */
export interface AssignmentAccess {
  classId: string;
  membership: EnrollmentRole | null;
  /** An archived class's work stays readable but no longer changes. */
  archived: boolean;
}

/** A class as seen by one actor; an assignment is seen through its class. */
export type ClassAccess = AssignmentAccess;

export interface AnnotationAccess {
  authorId: string;
  assignment: AssignmentAccess;
}

/** A student's account as seen by someone who would reset its password. */
export interface StudentAccountAccess {
  /** The student can reset it themselves by an emailed link. */
  hasEmail: boolean;
  /** How many of the student's classes (archived ones too) the actor does not teach. */
  classesNotTaughtByActor: number;
}

/**
 * Every rule about who may do what, in one place, answered from data already loaded.
 * Admins see everything but annotate nothing (they are not in the class).
 */
const canReview = (actor: Actor, a: AssignmentAccess): boolean => a.membership === "TEACHER" || actor.role === "ADMIN";
// Teachers annotate too: their own highlights can become the assignment's answer key.
const canAnnotate = (_actor: Actor, a: AssignmentAccess): boolean => a.membership !== null && !a.archived;

const isStaff = (actor: Actor): boolean => actor.role === "TEACHER" || actor.role === "ADMIN";

/**
 * Why `actor` may not give this student a temporary password, in words for them; null when
 * they may. A reset lets whoever does it sign in as the student, so only accounts the class
 * owns can be reset: no email address (so no other way back in), and no class the actor
 * does not teach (so no other teacher's class becomes readable). Admins, who see every
 * class anyway, may reset any account without an email address. Nobody resets an account
 * with one: its owner uses the emailed link.
 */
export function passwordResetRefusal(actor: Actor, student: StudentAccountAccess): string | null {
  if (!isStaff(actor)) return "Only the class's teacher can reset a student's password.";
  if (student.hasEmail) return 'This student signed up with an email address: ask them to use "Forgot your password?" on the sign-in page.';
  if (student.classesNotTaughtByActor > 0 && actor.role !== "ADMIN") {
    return "This student is also in a class you do not teach, so you cannot reset their password. Ask an admin to reset it.";
  }
  return null;
}

const rules = {
  // A user whose password a teacher reset may do nothing but choose a new one.
  "app:use": (actor: Actor, _nothing: null) => !actor.mustChangePassword,
  "class:create": (actor: Actor, _nothing: null) => isStaff(actor),
  "class:join": (actor: Actor, _nothing: null) => actor.role === "STUDENT",
  "class:view": (actor: Actor, c: ClassAccess) => c.membership !== null || actor.role === "ADMIN",
  "class:manage": canReview,
  "article:create": (actor: Actor, _nothing: null) => isStaff(actor),
  "article:manage": (actor: Actor, article: { createdById: string | null }) =>
    article.createdById === actor.id || actor.role === "ADMIN",
  "assignment:view": (actor: Actor, a: AssignmentAccess) => a.membership !== null || actor.role === "ADMIN",
  "assignment:annotate": canAnnotate,
  // Handing work in (and taking it back) is a student's: a teacher's highlights are the key.
  "assignment:submit": (actor: Actor, a: AssignmentAccess) => canAnnotate(actor, a) && a.membership === "STUDENT",
  "assignment:review": canReview,
  // An archived class's assignments are kept as they were, settings and answer key included.
  "assignment:manage": (actor: Actor, a: AssignmentAccess) => canReview(actor, a) && !a.archived,
  // Moving an assignment to another version of its article re-anchors every student's work:
  // a teaching decision, so the class's teacher's alone (not an admin's, who is in no class).
  // Handed-in and returned work moves too: its highlights are kept, re-anchored or orphaned.
  "assignment:move-to-version": (_actor: Actor, a: AssignmentAccess) => a.membership === "TEACHER",
  "annotation:view": (actor: Actor, a: AnnotationAccess) => a.authorId === actor.id || canReview(actor, a.assignment),
  "annotation:change": (actor: Actor, a: AnnotationAccess) => a.authorId === actor.id && canAnnotate(actor, a.assignment),
  "student:reset-password": (actor: Actor, student: StudentAccountAccess) => passwordResetRefusal(actor, student) === null,
} satisfies Record<string, (actor: Actor, resource: never) => boolean>;

export type Action = keyof typeof rules;
type ResourceOf<A extends Action> = Parameters<(typeof rules)[A]>[1];

export function can<A extends Action>(actor: Actor, action: A, resource: ResourceOf<A>): boolean {
  const rule = rules[action] as (actor: Actor, resource: ResourceOf<A>) => boolean;
  return rule(actor, resource);
}

/** Why a student may not change work on this assignment, in words for them. */
export function annotateRefusal(access: AssignmentAccess, verb: string): string {
  return access.archived
    ? "This class is archived, so its work can no longer be changed."
    : `Only the student who made this annotation can ${verb} it.`;
}

/** What decides whether a student may take handed-in work back. */
export interface UnsubmitFacts {
  returned: boolean;
  locked: boolean;
  pastDue: boolean;
  /**
   * AFTER_SUBMIT: classmates' highlights were shown to this student while their work was in.
   * Taking it back then would let them rewrite it from their classmates', so it is final.
   */
  classmatesSeen: boolean;
}

/** Why a student may no longer take their submission back, in words for them; null while they may. */
export function unsubmitRefusal(facts: UnsubmitFacts): string | null {
  if (facts.returned) return "your teacher has already returned it";
  if (facts.locked) return "your teacher has locked it";
  if (facts.classmatesSeen) return "you have seen your classmates' highlights";
  if (facts.pastDue) return "the due date has passed";
  return null;
}

/**
 * Throws unless `actor` may do `action`. Callers first check that the actor may see the
 * thing at all and answer NotFound otherwise, so nobody learns what exists elsewhere.
 */
export function authorize<A extends Action>(actor: Actor, action: A, resource: ResourceOf<A>, message?: string): void {
  if (!can(actor, action, resource)) throw new Forbidden(message);
}

export function authorizeVisible<A extends Action>(actor: Actor, action: A, resource: ResourceOf<A>, what: string): void {
  if (!can(actor, action, resource)) throw new NotFound(what);
}
