import type { Actor } from "@/lib/auth/actor";
import { authorize, can, type AssignmentAccess } from "@/lib/auth/policy";
import { Conflict } from "@/lib/errors";

/**
 * Only the class's teacher changes an assignment (403 for anyone else), and not while the
 * class is archived: that is 409, since bringing the class back makes it possible again.
 */
export function authorizeAssignmentChange(actor: Actor, access: AssignmentAccess, forbidden: string): void {
  authorize(actor, "assignment:review", access, forbidden);
  if (!can(actor, "assignment:manage", access)) {
    throw new Conflict("This class is archived, so its assignments can no longer be changed. Bring the class back to change them.");
  }
}
