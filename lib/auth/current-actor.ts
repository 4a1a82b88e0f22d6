import "server-only";
import { isUserRole } from "./user-role";
import type { Actor } from "./actor";
import { auth } from "./auth";

/** The signed-in user from the session cookie, or null. */
export async function getCurrentActor(): Promise<Actor | null> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !isUserRole(user.role)) return null;
  return { id: user.id, role: user.role, name: user.name ?? "" };
}
