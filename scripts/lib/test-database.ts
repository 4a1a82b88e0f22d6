import { randomBytes } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { withDatabase } from "@/lib/db/database-url";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { dropDatabase, ensureDatabase } from "@/lib/db/manage-databases";
import { applyMigrations } from "@/lib/db/migrate";
import { freePort } from "./free-port";

export interface TestDatabaseServer {
  /** A connection to the server's `postgres` database, for creating and dropping others. */
  adminUrl: string;
  /** Creates a migrated throw-away database; returns its URL. */
  createDatabase(purpose: string): Promise<string>;
  /** Drops every database made here, and stops the server if we started it. */
  dispose(): Promise<void>;
}

/**
 * The PostgreSQL server tests run against: the one DATABASE_URL points at, or an
 * embedded one in a temporary directory. Tests only ever touch throw-away databases.
 */
export async function openTestDatabaseServer(root: string): Promise<TestDatabaseServer> {
  let adminUrl: string;
  let stopServer = async () => {};
  if (process.env.DATABASE_URL) {
    adminUrl = withDatabase(process.env.DATABASE_URL, "postgres");
    console.log("› Tests use the PostgreSQL server at DATABASE_URL (throw-away databases only)");
  } else {
    const dataDir = await mkdtemp(path.join(tmpdir(), "slant-test-pg-"));
    const port = await freePort();
    console.log(`› Starting an embedded PostgreSQL for the tests (port ${port})`);
    const server = await startEmbeddedPostgres({ dataDir, port, persistent: false });
    adminUrl = server.urlFor("postgres");
    stopServer = () => server.stop();
  }
  const made: string[] = [];
  const runId = `${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  return {
    adminUrl,
    async createDatabase(purpose) {
      const name = `slant_test_${runId}_${purpose}`;
      await ensureDatabase(adminUrl, name);
      made.push(name);
      const url = withDatabase(adminUrl, name);
      await applyMigrations(url, path.join(root, "prisma", "migrations"));
      return url;
    },
    async dispose() {
      for (const name of made) await dropDatabase(adminUrl, name).catch(() => undefined);
      await stopServer();
    },
  };
}
