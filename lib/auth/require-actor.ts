import "server-only";
import { redirect } from "next/navigation";
import type { Actor } from "./actor";
import { getCurrentActor } from "./current-actor";

/** For pages: the signed-in actor, or a redirect to the sign-in page that comes back here. */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}
