import type { PrismaClient } from "@/lib/db/generated/client";

/** Until some other session waits for a row lock (a request queued behind a row the test holds). */
export async function waitForLockWaiter(tx: Pick<PrismaClient, "$queryRaw">): Promise<void> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    // Inside a transaction PostgreSQL answers pg_stat_activity from the snapshot it took on the
    // first look: without clearing it, a request that starts waiting later is never seen.
    await tx.$queryRaw`SELECT pg_stat_clear_snapshot()::text`;
    const [row] = await tx.$queryRaw<{ waiting: bigint }[]>`SELECT count(*) AS "waiting" FROM pg_stat_activity WHERE "wait_event_type" = 'Lock' AND "datname" = current_database()`;
    if (row && row.waiting > 0n) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("No request ever waited for the row the test holds");
}
