import { Conflict } from "@/lib/errors";

/**
 * Offsets made on one article version's text mean nothing in another's: after a move to a new
 * version (lib/classes/move-assignment-to-version.ts, which locks the assignment FOR UPDATE),
 * a change made on the old text is refused. Called once the assignment row is locked; the
 * reader must reload the new text first.
 */
export function assertArticleVersion(locked: { articleVersionId: string }, readVersionId: string): void {
  if (locked.articleVersionId !== readVersionId) {
    throw new Conflict("The article of this assignment has just been changed to a new version, so this was not saved. Reload the page to see the new text.");
  }
}
