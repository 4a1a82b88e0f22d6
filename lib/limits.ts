/**
 * How much one person may make, generous enough that no real class meets them and small
 * enough that one account cannot fill the database. Request sizes are in lib/http/limits.ts.
 */

/** Highlights one submission may hold; a whole article tagged phrase by phrase is a few hundred. */
export const MAX_ANNOTATIONS_PER_SUBMISSION = 1_000;

/** Articles one teacher may add in ARTICLE_QUOTA_WINDOW_MS (a rolling day; the sample article counts). */
export const MAX_ARTICLES_PER_DAY = 50;
export const ARTICLE_QUOTA_WINDOW_MS = 24 * 60 * 60 * 1000;
