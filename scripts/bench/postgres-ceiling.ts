import { randomUUID } from "node:crypto";
import pg from "pg";

export interface PostgresCeiling {
  connections: number;
  /** One-row INSERTs a second, each its own commit: what one PostgreSQL takes of single saves. */
  singleRowInsertsPerSecond: number;
  /** Rows a second in INSERTs of 100 rows: what it takes when saves come in batches. */
  batchedRowsPerSecond: number;
}

const BATCH_ROWS = 100;

/**
 * How far the database itself goes, with no HTTP and no app: `connections` clients inserting
 * the rows a save inserts, as fast as they can for `seconds`, first one row per statement
 * (and per commit), then a hundred. Run from this process (a pg client costs a few
 * microseconds a statement, far below what the server spends committing it).
 */
export async function measurePostgresCeiling(url: string, submissionIds: string[], connections: number, seconds: number): Promise<PostgresCeiling> {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  try {
    const single = await insertFor(pool, submissionIds, connections, seconds, 1);
    const batched = await insertFor(pool, submissionIds, connections, seconds, BATCH_ROWS);
    return { connections, singleRowInsertsPerSecond: Math.round(single), batchedRowsPerSecond: Math.round(batched) };
  } finally {
    await pool.end();
  }
}

async function insertFor(pool: pg.Pool, submissionIds: string[], connections: number, seconds: number, rows: number): Promise<number> {
  const deadline = Date.now() + seconds * 1000;
  let inserted = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async (_, worker) => {
      const submissionId = submissionIds[worker % submissionIds.length]!;
      while (Date.now() < deadline) {
        const ids = Array.from({ length: rows }, () => randomUUID());
        await pool.query(
          `INSERT INTO annotations (id, submission_id, start, "end", exact, prefix, suffix, tag, note, updated_at)
           SELECT id, $2, 4, 11, 'senator', 'The ', ' said the plan', 'quote', NULL, now() FROM unnest($1::uuid[]) AS id`,
          [ids, submissionId],
        );
        inserted += rows;
      }
    }),
  );
  return inserted / ((performance.now() - started) / 1000);
}
