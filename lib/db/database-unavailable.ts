import { ServiceUnavailable } from "@/lib/errors";
import { databaseUnavailableReason } from "./database-unavailable-reason";

/** What a client is told to wait before retrying while the database is away. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export const DATABASE_UNAVAILABLE_MESSAGE = "Slant cannot reach its database right now. Try again in a minute.";

const LOG_EVERY_MS = 10_000;
let lastLogged = 0;

/**
 * The 503 an outage becomes (see databaseUnavailableReason), or null when `error` is
 * something else. Says so in the server log once every ten seconds, in one line: an outage
 * is the operator's to fix, and a stack per failed request would bury the reason.
 */
export function asDatabaseUnavailable(error: unknown): ServiceUnavailable | null {
  const reason = databaseUnavailableReason(error);
  if (!reason) return null;
  const now = Date.now();
  if (now - lastLogged >= LOG_EVERY_MS) {
    lastLogged = now;
    console.error(`Slant cannot reach its database (${reason}); answering 503 until it is back.`);
  }
  return new ServiceUnavailable(DATABASE_UNAVAILABLE_MESSAGE, DATABASE_RETRY_AFTER_SECONDS);
}
