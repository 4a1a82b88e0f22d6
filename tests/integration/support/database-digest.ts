import { expect } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";

/**
 * Bookkeeping rather than data: the rate limiters' counters (a refused join-code guess is
 * counted on purpose) and the migration runner's own table.
 */
const NOT_DATA = ["rate_limits", "_prisma_migrations"];

const tablesOf = new WeakMap<PrismaClient, Promise<string[]>>();

/** Every table of the app's schema, read from the database itself, so a table added later is covered too. */
function dataTables(db: PrismaClient): Promise<string[]> {
  let tables = tablesOf.get(db);
  if (!tables) {
    tables = db
      .$queryRaw<{ table_name: string }[]>`
        SELECT table_name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`
      .then((rows) => rows.map((row) => row.table_name).filter((name) => !NOT_DATA.includes(name)));
    tablesOf.set(db, tables);
  }
  return tables;
}

/**
 * Each table's row count and an MD5 of all its rows, computed by PostgreSQL (one query, however
 * many rows): a row added, removed or changed in any column, updated_at included, changes it.
 */
export async function digestDatabase(db: PrismaClient): Promise<Record<string, string>> {
  const tables = await dataTables(db);
  // Table names come from information_schema, never from a request, and are quoted as identifiers.
  const sql = tables
    .map((name) => {
      const table = `"${name.replaceAll('"', '""')}"`;
      return `SELECT '${name.replaceAll("'", "''")}' AS name, count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest FROM ${table} t`;
    })
    .join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ name: string; rows: number; digest: string }[]>(sql);
  return Object.fromEntries(rows.map((row) => [row.name, `${row.rows} rows, md5 ${row.digest}`]));
}

/** The tables whose rows differ between two digests. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((name) => before[name] !== after[name]).sort();
}

/**
 * Runs `action` (a request that must be refused) and checks that no row of any table
 * changed. Stricter than expectNoAccountChange, which does not look at assignments,
 * feedback, sessions or reset links; files run one after another, so whole tables compare.
 */
export async function expectNoDatabaseChange<T>(db: PrismaClient, action: () => Promise<T>, label = "a refused request"): Promise<T> {
  const before = await digestDatabase(db);
  const result = await action();
  expect(changedTables(before, await digestDatabase(db)), `tables ${label} changed`).toEqual([]);
  return result;
}
