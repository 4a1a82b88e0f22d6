import "server-only";
import { getDb } from "./client";
import type { Prisma } from "./generated/client";

/** A Prisma client bound to one open transaction. */
export type Tx = Prisma.TransactionClient;

/**
 * Runs `work` in one transaction (rolled back if it throws). Prisma's defaults (2 s to get
 * a connection, 5 s in all) are too short once row locks make a busy class's saves queue
 * behind a submit, so these are longer; a request still never waits without end.
 */
export function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return getDb().$transaction(work, { maxWait: 10_000, timeout: 20_000 });
}
