import { pseudonymFor } from "./pseudonym";

/**
 * Readers in an order that says nothing about them: sorted by their pseudonym within the
 * assignment, so that a list of "Classmate 3F2A" or "Reader 2" is not, as a name-sorted one
 * would be, the class list in alphabetical order.
 */
export function inPseudonymousOrder<T>(items: readonly T[], userIdOf: (item: T) => string, secret: string, assignmentId: string): T[] {
  const rank = new Map(items.map((item) => [item, pseudonymFor(secret, assignmentId, userIdOf(item)).id]));
  return [...items].sort((a, b) => rank.get(a)!.localeCompare(rank.get(b)!));
}
