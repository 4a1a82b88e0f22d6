import type { PrismaClient } from "./generated/client";

/**
 * Where the app's one Prisma client lives: on globalThis, so that `next dev` reloads do not
 * open a new pool each time, and so that the server's shutdown (scripts/front-door-server.ts,
 * outside Next's bundles) closes the very pool the app opened.
 */
export const appClientHolder = globalThis as typeof globalThis & { slantPrisma?: PrismaClient };

/** Closes the app's pool, if it opened one; the next getDb() would open a new one. */
export async function disconnectAppDatabase(): Promise<void> {
  const db = appClientHolder.slantPrisma;
  appClientHolder.slantPrisma = undefined;
  await db?.$disconnect();
}
