import "server-only";
import { readEnv, requireEnv } from "@/lib/env";
import { heldClient } from "./app-client-holder";
import { createPrismaClient } from "./create-prisma-client";
import { PrismaClient } from "./generated/client";

/** The app's Prisma client, made on first use (a build has no database). */
export function getDb(): PrismaClient {
  return heldClient(PrismaClient, () => createPrismaClient(requireEnv("DATABASE_URL"), readEnv().DATABASE_POOL_SIZE));
}
