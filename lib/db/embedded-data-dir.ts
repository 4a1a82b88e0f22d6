import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import path from "node:path";

/** The first folder on the way to `target` that other users cannot pass through, or null. */
export function findClosedAncestor(target: string): string | null {
  let current = path.dirname(path.resolve(target));
  const closed: string[] = [];
  for (;;) {
    try {
      const stats = statSync(current);
      // A file on the way is no folder to move away from: making the folder fails, and says so.
      if (stats.isDirectory() && (stats.mode & 0o001) === 0) closed.push(current);
    } catch {
      // not made yet: mkdir will create it readable
    }
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return closed.at(-1) ?? null;
}

/**
 * Where the embedded PostgreSQL keeps its data. Run as root, PostgreSQL runs as the
 * `postgres` user, which cannot reach a project inside, say, /root (mode 700); then the
 * data goes to <sharedDir>/<project> (/var/lib/slant/…) instead, and the caller says so.
 */
export function resolveEmbeddedDataDir(
  preferred: string,
  isRoot: boolean,
  sharedDir = "/var/lib/slant",
): { dataDir: string; movedBecause: string | null } {
  const closed = isRoot ? findClosedAncestor(preferred) : null;
  if (!closed) return { dataDir: preferred, movedBecause: null };
  const id = createHash("sha256").update(path.resolve(preferred)).digest("hex").slice(0, 10);
  return { dataDir: path.join(sharedDir, id, "postgres"), movedBecause: closed };
}

/** Throws, saying what to do, when the postgres user could not enter `sharedDir` (SLANT_SHARED_DIR) either. */
export function assertSharedDirEnterable(sharedDir: string): void {
  const closed = findClosedAncestor(path.join(sharedDir, "postgres"));
  if (closed) {
    throw new Error(`The postgres user cannot enter ${closed} either, on the way to ${sharedDir}. Set SLANT_SHARED_DIR to a folder every user may enter (the default is /var/lib/slant).`);
  }
}
