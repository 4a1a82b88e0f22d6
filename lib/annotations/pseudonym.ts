import { createHash } from "node:crypto";

/**
 * A stand-in for a classmate whose name the teacher chose to hide: stable within one
 * assignment (so one person's highlights stay together) and different across assignments.
 */
export function pseudonymFor(assignmentId: string, userId: string): { id: string; name: string } {
  const hex = createHash("sha256").update(`${assignmentId}:${userId}`).digest("hex");
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  return { id, name: `Classmate ${hex.slice(0, 4).toUpperCase()}` };
}
