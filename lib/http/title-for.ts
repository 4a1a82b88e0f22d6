import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { passSignInGate } from "@/lib/auth/sign-in-gate";

/**
 * A page's title from the thing it shows (WCAG 2.4.2: each page says what it is), or the
 * fallback when the visitor may not see it (the page itself then says why or redirects).
 * Behind the same gate as the page: a user held on the password page learns no titles.
 */
export async function titleFor(load: (actor: Actor) => Promise<string>, fallback: string): Promise<{ title: string }> {
  const actor = await passSignInGate().catch(() => null);
  if (!actor) return { title: fallback };
  return { title: await load(actor).catch(() => fallback) };
}
