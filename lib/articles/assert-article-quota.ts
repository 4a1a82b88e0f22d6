import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { TooManyRequests } from "@/lib/errors";
import { ARTICLE_QUOTA_WINDOW_MS, MAX_ARTICLES_PER_DAY } from "@/lib/limits";

/**
 * Refuses a new article once the teacher has added MAX_ARTICLES_PER_DAY in the last day.
 * A 429 with Retry-After: waiting is what helps, and the header says until when (the
 * moment the oldest of those articles is a day old).
 */
export async function assertArticleQuota(actor: Actor, now = new Date()): Promise<void> {
  const recent = await getDb().article.findMany({
    where: { createdById: actor.id, createdAt: { gt: new Date(now.getTime() - ARTICLE_QUOTA_WINDOW_MS) } },
    orderBy: { createdAt: "desc" },
    take: MAX_ARTICLES_PER_DAY,
    select: { createdAt: true },
  });
  if (recent.length < MAX_ARTICLES_PER_DAY) return;
  const freedAt = recent[recent.length - 1]!.createdAt.getTime() + ARTICLE_QUOTA_WINDOW_MS;
  const retryAfterSeconds = Math.max(1, Math.ceil((freedAt - now.getTime()) / 1000));
  const hours = Math.max(1, Math.round(retryAfterSeconds / 3600));
  throw new TooManyRequests(
    `You have added ${MAX_ARTICLES_PER_DAY} articles in the last 24 hours, the most Slant allows. Try again in about ${hours} hour${hours === 1 ? "" : "s"}.`,
    retryAfterSeconds,
  );
}
