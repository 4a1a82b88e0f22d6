import { Conflict } from "@/lib/errors";

/**
 * Offsets are checked against the text read before the assignment row was locked; a move to
 * another article version in between (lib/classes/move-assignment-to-version.ts, which locks
 * the row FOR UPDATE) would leave them pointing into the old text. Called once the row is
 * locked: the reader must reload the new text first.
 */
export function assertArticleVersion(locked: { articleVersionId: string }, readVersionId: string): void {
  if (locked.articleVersionId !== readVersionId) {
    throw new Conflict("The article of this assignment has just been changed to a new version, so this was not saved. Reload the page to see the new text.");
  }
}
