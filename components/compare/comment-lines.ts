/** The longest overall comment or highlight comment the API keeps (submission-schemas' Comment). */
export const COMMENT_MAX_LENGTH = 4000;

/**
 * A passage as a comment quotes it: on one line, and cut at a word boundary after `max` characters
 * counted as code points, so an emoji is never split in half (the API refuses half an emoji).
 */
export function quoteForComment(exact: string, max = 160): string {
  const flat = exact.replace(/\s+/g, " ").trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  const cut = chars.slice(0, max).join("");
  const space = cut.lastIndexOf(" ");
  return `${space > cut.length / 2 ? cut.slice(0, space) : cut}…`;
}

/** The line "Add to overall comment" writes for a key span the student missed. */
export const missedLine = (exact: string, tagLabel: string): string => `Missed: “${quoteForComment(exact)}” (${tagLabel})`;

/**
 * `line` added to the end of a comment on a line of its own, keeping every word already there.
 * A comment that already holds the line (as a whole line) comes back unchanged, so a second
 * click, or a click in another tab, never writes it twice.
 */
export function appendCommentLine(existing: string | null, line: string): { comment: string; appended: boolean } {
  const current = existing ?? "";
  const wanted = line.trim();
  if (current.split(/\r?\n/).some((kept) => kept.trim() === wanted)) return { comment: current, appended: false };
  const kept = current.replace(/\s+$/u, "");
  return { comment: kept === "" ? wanted : `${kept}\n${wanted}`, appended: true };
}
