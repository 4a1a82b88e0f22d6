import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

/**
 * Connecting to a database host that does not answer fails after this long instead of
 * node-postgres's default of never, so requests and /api/health answer 503 while it is
 * away; a refused connection fails at once anyway.
 */
export const CONNECT_TIMEOUT_MS = 5_000;

/** A Prisma client over node-postgres; the app uses the singleton in ./client.ts. */
export function createPrismaClient(connectionString: string, poolSize = 10): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({
      connectionString,
      max: poolSize,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      // TCP keep-alive: a connection to a host that vanished (no RST) is noticed and dropped.
      keepAlive: true,
    }),
  });
}
