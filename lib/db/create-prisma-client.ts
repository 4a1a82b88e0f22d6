import { PrismaPg } from "@prisma/adapter-pg";
import { CONNECT_TIMEOUT_MS } from "./connect-timeout";
import { PrismaClient } from "./generated/client";

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
