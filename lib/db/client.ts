import "server-only";
import { readEnv, requireEnv } from "@/lib/env";
import { appClientHolder } from "./app-client-holder";
import { createPrismaClient } from "./create-prisma-client";
import type { PrismaClient } from "./generated/client";

/** The app's Prisma client, made on first use (a build has no database). */
export function getDb(): PrismaClient {
  appClientHolder.slantPrisma ??= createPrismaClient(requireEnv("DATABASE_URL"), readEnv().DATABASE_POOL_SIZE);
  return appClientHolder.slantPrisma;
}
