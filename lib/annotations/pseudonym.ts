import { createHmac } from "node:crypto";

/**
 * A stand-in for a classmate whose name the teacher chose to hide: stable within one
 * assignment (so one person's highlights stay together), different across assignments,
 * and keyed with a server secret so that knowing a classmate's id does not reveal theirs.
 */
export function pseudonymFor(secret: string, assignmentId: string, userId: string): { id: string; name: string } {
  const hex = createHmac("sha256", secret).update(`${assignmentId}:${userId}`).digest("hex");
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  return { id, name: `Classmate ${hex.slice(0, 4).toUpperCase()}` };
}
