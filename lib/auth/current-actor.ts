import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import type { Actor } from "./actor";
import { auth } from "./auth";

/**
 * The signed-in user, or null. The session cookie names the user; the users table,
 * read on every request, has the last word (a deleted account signs nobody in, and a
 * password reset takes effect at once).
 */
async function loadCurrentActor(): Promise<Actor | null> {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getDb().user.findUnique({
    where: { id },
    select: { id: true, role: true, name: true, mustChangePassword: true },
  });
  return user;
}

/**
 * Once per request: the header, the page, its title and its data all ask, but the
 * session cookie is decoded and the users table read only once. (Outside a React
 * render, e.g. in route handlers, cache() simply calls through.)
 */
export const getCurrentActor = cache(loadCurrentActor);
