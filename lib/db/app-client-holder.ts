import type { PrismaClient } from "./generated/client";

type PrismaClientClass = abstract new (...args: never[]) => PrismaClient;

/**
 * The app's Prisma clients, one per copy of the generated client module. On globalThis, so
 * that `next dev` reloads do not open a new pool each time, and so that the server's shutdown
 * (scripts/front-door-server.ts, outside Next's bundles) closes every pool the app opened.
 * Keyed by the client's class because the production process holds two copies of our modules
 * (Next.js's bundles and the front door's save lane) that must not share one: a client made by
 * one copy does not know the other copy's Prisma.sql fragments (seen where node_modules was
 * reached by two paths: a nested fragment went out as a parameter, a syntax error).
 */
const holder = globalThis as typeof globalThis & { slantPrismaClients?: Map<PrismaClientClass, PrismaClient> };

export function heldClient(kind: PrismaClientClass, make: () => PrismaClient): PrismaClient {
  holder.slantPrismaClients ??= new Map();
  let client = holder.slantPrismaClients.get(kind);
  if (!client) {
    client = make();
    holder.slantPrismaClients.set(kind, client);
  }
  return client;
}

/** Closes every pool the app opened; the next getDb() would open a new one. */
export async function disconnectAppDatabase(): Promise<void> {
  const clients = [...(holder.slantPrismaClients?.values() ?? [])];
  holder.slantPrismaClients?.clear();
  await Promise.all(clients.map((client) => client.$disconnect()));
}
