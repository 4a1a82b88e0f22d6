import { CONNECT_TIMEOUT_MS } from "./connect-timeout";
import { databaseUnavailableReason } from "./database-unavailable-reason";

const UNSET_HINT = "Or unset DATABASE_URL to use the embedded database.";

/**
 * What went wrong using the database at DATABASE_URL when Slant starts, and how to fix it,
 * in plain sentences; null when `error` is about something else. `url` is printed, so pass
 * it with its password hidden.
 */
export function describeConnectFailure(error: unknown, url: string): string | null {
  const { code, message } = (typeof error === "object" && error !== null ? error : {}) as { code?: unknown; message?: unknown };
  const text = typeof message === "string" ? message : "";
  const { hostname, port, pathname } = new URL(url);
  const server = `${hostname}:${port || 5432}`;
  switch (code) {
    case "ECONNREFUSED":
      return `Nothing accepts connections at ${server}, where DATABASE_URL points. Start PostgreSQL there, or correct DATABASE_URL. ${UNSET_HINT}`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `The database host "${hostname}" in DATABASE_URL cannot be found. Correct the host name in DATABASE_URL. ${UNSET_HINT}`;
    case "28P01":
      return `The database at ${server} refused the password (${text}). Correct the user and password in DATABASE_URL.`;
    case "28000":
      return `The database at ${server} refused the user (${text}). Correct the user name in DATABASE_URL, or create that role.`;
    case "3D000":
      return `The database at ${server} has no database ${decodeURIComponent(pathname.slice(1)) || "(none named)"} (${text}). Create it (createdb), or correct its name in DATABASE_URL.`;
    case "42501":
      return `The user in DATABASE_URL may not change the database (${text}); Slant's migrations create and alter tables. Grant it those rights, or use a user who has them.`;
  }
  if (text === "timeout expired" || text === "Connection terminated due to connection timeout") {
    return `The database at ${server} did not answer within ${CONNECT_TIMEOUT_MS / 1000} s. Check that it runs and that this machine may reach it (firewall, network), and that DATABASE_URL is right.`;
  }
  const reason = databaseUnavailableReason(error);
  return reason ? `Slant cannot reach the database at ${server} (${reason}). Check that PostgreSQL runs there and that DATABASE_URL is right.` : null;
}
