import "server-only";
import { readEnv, requireEnv } from "@/lib/env";
import { createPrismaClient } from "./create-prisma-client";
import type { PrismaClient } from "./generated/client";

// Kept on globalThis so `next dev` reloads do not open a new pool each time.
const holder = globalThis as typeof globalThis & { slantPrisma?: PrismaClient };

/** The app's Prisma client, made on first use (a build has no database). */
export function getDb(): PrismaClient {
  holder.slantPrisma ??= createPrismaClient(requireEnv("DATABASE_URL"), readEnv().DATABASE_POOL_SIZE);
  return holder.slantPrisma;
}
