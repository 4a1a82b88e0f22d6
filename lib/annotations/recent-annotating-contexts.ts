import type { AnnotatingContext } from "./annotating-context";

/**
 * What this instance last saved a student's highlights on, per assignment: the next save of
 * theirs goes straight to insertIfFactsHold, one statement, which checks every fact in it (the
 * session, the role, the membership, the version, the tags, the draft and its room) as it
 * writes. So nothing here is trusted: a context is kept only after a write on it held, and
 * dropped as soon as one did not, or as soon as it refuses anything (the careful save then
 * answers from what the database says). Bounded: a school's students, a few hundred bytes
 * each (the text is the version cache's own string).
 */
const recent = new Map<string, AnnotatingContext>();
const MAX_KEPT = 20_000;

const keyOf = (userId: string, assignmentId: string) => `${userId}:${assignmentId}`;

export function recentContext(userId: string, assignmentId: string): AnnotatingContext | undefined {
  return recent.get(keyOf(userId, assignmentId));
}

export function rememberContext(context: AnnotatingContext): void {
  const key = keyOf(context.actor.id, context.assignmentId);
  recent.delete(key);
  if (recent.size >= MAX_KEPT) recent.delete(recent.keys().next().value!);
  recent.set(key, context);
}

export function forgetContext(userId: string, assignmentId: string): void {
  recent.delete(keyOf(userId, assignmentId));
}
