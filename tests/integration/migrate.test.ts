import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { withDatabase } from "@/lib/db/database-url";
import { dropDatabase, ensureDatabase } from "@/lib/db/manage-databases";
import { applyMigrations, MigrationError } from "@/lib/db/migrate";
import { checksumOf } from "@/lib/db/migration-files";

const root = path.resolve(import.meta.dirname, "../..");
const realMigrations = path.join(root, "prisma", "migrations");
const ALL = (await readdir(realMigrations, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const adminUrl = process.env.SLANT_TEST_ADMIN_URL!;
let counter = 0;
let database: string;
let url: string;

async function query<T extends pg.QueryResultRow>(text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

/** A copy of the real migrations we can change, optionally with an extra migration. */
async function migrationsCopy(extra?: { name: string; sql: string }): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "slant-migrations-"));
  await cp(realMigrations, dir, { recursive: true });
  if (extra) {
    await mkdir(path.join(dir, extra.name));
    await writeFile(path.join(dir, extra.name, "migration.sql"), extra.sql);
  }
  return dir;
}

const tables = async () =>
  (await query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`)).map(
    (r) => r.table_name,
  );

describe("applyMigrations", () => {
  beforeEach(async () => {
    database = `slant_migrate_${process.pid}_${counter++}`;
    url = withDatabase(adminUrl, database);
    await ensureDatabase(adminUrl, database);
  });
  afterEach(() => dropDatabase(adminUrl, database));

  it("applies every migration to an empty database and records each as Prisma does", async () => {
    const result = await applyMigrations(url, realMigrations);
    expect(ALL[0]).toBe("20261125120000_init");
    expect(result.applied).toEqual(ALL);
    expect(await tables()).toEqual(expect.arrayContaining(["_prisma_migrations", "annotations", "users"]));
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number; rolled_back_at: Date | null }>(
      `SELECT * FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(ALL);
    const row = rows[0];
    const sql = await readFile(path.join(realMigrations, "20261125120000_init", "migration.sql"), "utf8");
    expect(row).toMatchObject({ migration_name: "20261125120000_init", checksum: checksumOf(sql), applied_steps_count: 1, rolled_back_at: null });
    expect(row!.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.finished_at).toBeInstanceOf(Date);
  });

  it("applies nothing the second time", async () => {
    await applyMigrations(url, realMigrations);
    const again = await applyMigrations(url, realMigrations);
    expect(again).toEqual({ applied: [], alreadyApplied: ALL });
    expect(await query(`SELECT * FROM "_prisma_migrations"`)).toHaveLength(ALL.length);
  });

  it("refuses to run when an applied migration's file was changed, and changes nothing", async () => {
    const dir = await migrationsCopy({ name: "20300101000000_add_colour", sql: `ALTER TABLE "annotations" ADD COLUMN "colour" TEXT;` });
    await applyMigrations(url, realMigrations);
    const init = path.join(dir, "20261125120000_init", "migration.sql");
    await writeFile(init, `${await readFile(init, "utf8")}\n-- edited later\n`);
    await expect(applyMigrations(url, dir)).rejects.toThrow(/20261125120000_init was changed after it was applied/);
    const columns = await query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'annotations' AND column_name = 'colour'`);
    expect(columns).toHaveLength(0);
  });

  it("accepts a file whose line endings a checkout turned into CRLF", async () => {
    await applyMigrations(url, realMigrations);
    const dir = await migrationsCopy();
    const init = path.join(dir, "20261125120000_init", "migration.sql");
    await writeFile(init, (await readFile(init, "utf8")).replace(/\n/g, "\r\n"));
    await expect(applyMigrations(url, dir)).resolves.toMatchObject({ applied: [] });
  });

  it("rolls a failing migration back completely and says which one failed", async () => {
    const dir = await migrationsCopy({
      name: "20300101000000_broken",
      sql: `CREATE TABLE "half_done" (id INT);\nALTER TABLE "no_such_table" ADD COLUMN x INT;`,
    });
    const error = await applyMigrations(url, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toMatch(/20300101000000_broken failed and was rolled back: .*no_such_table/);
    expect(await tables()).not.toContain("half_done");
    const names = (await query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations"`)).map((r) => r.migration_name);
    expect(names.sort()).toEqual(ALL);
  });

  it("refuses to go on after an attempt Prisma recorded as unfinished", async () => {
    await applyMigrations(url, realMigrations);
    await query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ('00000000-0000-0000-0000-000000000001', 'x', '20300101000000_crashed')`);
    await expect(applyMigrations(url, realMigrations)).rejects.toThrow(/20300101000000_crashed failed earlier/);
  });

  it("lets two runners start at once: one applies, the other waits and finds nothing to do", async () => {
    const [first, second] = await Promise.all([applyMigrations(url, realMigrations), applyMigrations(url, realMigrations)]);
    expect([...first.applied, ...second.applied]).toEqual(ALL);
    expect(await query(`SELECT * FROM "_prisma_migrations"`)).toHaveLength(ALL.length);
  });
});
