import "server-only";
import { getCurrentActor } from "@/lib/auth/current-actor";
import type { Actor } from "@/lib/auth/actor";

/**
 * A page's title from the thing it shows (WCAG 2.4.2: each page says what it is),
 * or the fallback when the visitor may not see it (the page itself then says why).
 */
export async function titleFor(load: (actor: Actor) => Promise<string>, fallback: string): Promise<{ title: string }> {
  const actor = await getCurrentActor();
  if (!actor) return { title: fallback };
  return { title: await load(actor).catch(() => fallback) };
}
