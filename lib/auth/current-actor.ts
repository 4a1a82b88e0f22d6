import "server-only";
import { getDb } from "@/lib/db/client";
import type { Actor } from "./actor";
import { auth } from "./auth";

/**
 * The signed-in user, or null. The session cookie names the user; the users table,
 * read on every request, has the last word (a deleted account signs nobody in, and a
 * password reset takes effect at once).
 */
export async function getCurrentActor(): Promise<Actor | null> {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getDb().user.findUnique({
    where: { id },
    select: { id: true, role: true, name: true, mustChangePassword: true },
  });
  return user;
}
