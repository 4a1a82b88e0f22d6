import "server-only";
import pg from "pg";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { readEnv, requireEnv, type Env } from "@/lib/env";

/** Each limit keeps its rows in rate_limits under its own key prefix ("sign-in-account:<user id>"). */
export type LimitName = "sign-in-account" | "sign-in-address" | "sign-up-address" | "join-code-address" | "password-reset-address";

const SETTING_OF: Record<LimitName, keyof Env & `SLANT_LIMIT_${string}`> = {
  "sign-in-account": "SLANT_LIMIT_SIGN_IN_ACCOUNT",
  "sign-in-address": "SLANT_LIMIT_SIGN_IN_ADDRESS",
  "sign-up-address": "SLANT_LIMIT_SIGN_UP_ADDRESS",
  "join-code-address": "SLANT_LIMIT_JOIN_CODE_ADDRESS",
  "password-reset-address": "SLANT_LIMIT_PASSWORD_RESET_ADDRESS",
};

// On globalThis, as the Prisma client is, so `next dev` reloads do not open a pool each time.
const holder = globalThis as typeof globalThis & { slantLimitPool?: pg.Pool; slantLimiters?: Map<LimitName, RateLimiterPostgres> };

/**
 * The limiters' own small pool: every check is one short upsert, and they must not wait
 * behind Prisma's queries for a connection (Prisma's adapter does not lend its pool).
 */
function limitPool(): pg.Pool {
  if (!holder.slantLimitPool) {
    const pool = new pg.Pool({ connectionString: requireEnv("DATABASE_URL"), max: Math.min(readEnv().DATABASE_POOL_SIZE, 4) });
    // An idle connection dropped by the server must not crash the process; the next check reconnects.
    pool.on("error", (error) => console.warn("[limits] a rate-limit database connection failed:", error.message));
    holder.slantLimitPool = pool;
  }
  return holder.slantLimitPool;
}

/**
 * The limiter for `name`, made on first use, one per process. The counters live in
 * PostgreSQL so that every app instance shares them; the table comes from a migration
 * (tableCreated), so the library never runs DDL.
 */
export function rateLimiter(name: LimitName): RateLimiterPostgres {
  holder.slantLimiters ??= new Map();
  let limiter = holder.slantLimiters.get(name);
  if (!limiter) {
    const { points, seconds } = readEnv()[SETTING_OF[name]];
    limiter = new RateLimiterPostgres({
      storeClient: limitPool(),
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      keyPrefix: name,
      points,
      duration: seconds,
      // Past the limit, refused for one more window from the attempt that crossed it.
      blockDuration: seconds,
    });
    holder.slantLimiters.set(name, limiter);
  }
  return limiter;
}
