// Runs every test stage in order; `npm test -- unit e2e` runs only the stages named, and
// `npm test -- integration tests/integration/api-classes.test.ts` only the files named, and
// options (`npm test -- e2e e2e/x.spec.ts --repeat-each=5`) go to Playwright.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { DEMO_PASSWORD_FOR_TESTS } from "@/tests/demo-credentials";
import { seedDemoData } from "@/prisma/seed/seed-demo-data";
import { startAppServer } from "./lib/app-server";
import { ensureBuild, root } from "./lib/bootstrap.mjs";
import { findChromium } from "./lib/find-chromium";
import { findNginx, NGINX_JOURNEY } from "./lib/find-nginx";
import { freePort } from "./lib/free-port";
import { runAsync } from "./lib/run-async";
import { openTestDatabaseServer, type TestDatabaseServer } from "./lib/test-database";

const STAGES = ["typecheck", "lint", "unit", "integration", "e2e"] as const;
type Stage = (typeof STAGES)[number];

const isStage = (arg: string): arg is Stage => (STAGES as readonly string[]).includes(arg);
const words = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
const requested = words.filter(isStage);
// Anything else names test files (or parts of their paths), handed to vitest and Playwright as filters.
const files = words.filter((arg) => !isStage(arg));
const looksLikeTest = (arg: string) => /[./]/.test(arg);
const unknown = files.filter((arg) => !looksLikeTest(arg));
if (unknown.length) {
  console.error(`Unknown test stage(s): ${unknown.join(", ")}. Stages: ${STAGES.join(", ")}; or name test files.`);
  process.exit(2);
}
const playwrightOptions = process.argv.slice(2).filter((arg) => arg.startsWith("--"));
const filesFor = (dir: string) => files.filter((file) => file.includes(dir));
const stages = new Set<Stage>(requested.length ? (requested as Stage[]) : STAGES);
const bin = (...parts: string[]) => path.join(root, "node_modules", ...parts);
const authSecret = randomBytes(32).toString("base64url");
const timings: string[] = [];

async function timed(label: string, body: () => Promise<void> | void): Promise<void> {
  const started = Date.now();
  await body();
  timings.push(`${label.padEnd(12)} ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * The shared app serves every test file from one address (127.0.0.1), so the per-address
 * limits, which stand for a whole school behind one address, would be reached by the suite
 * itself: they are raised here. The per-account limit keeps its production value (each
 * file makes its own accounts), and tests/integration/api-rate-limits.test.ts checks every
 * limit on app instances of its own. The tests get them too, so that a second instance a
 * test starts on the shared database (whose counts it shares) inherits them.
 */
const SUITE_LIMITS = {
  SLANT_LIMIT_SIGN_IN_ADDRESS: "100000/15m",
  SLANT_LIMIT_SIGN_UP_ADDRESS: "100000/1h",
  SLANT_LIMIT_JOIN_CODE_ADDRESS: "100000/15m",
  SLANT_LIMIT_PASSWORD_RESET_ADDRESS: "100000/1h",
};

/** Starts the app on its own migrated database, runs `body` against it, always cleans up. */
async function withApp(databases: TestDatabaseServer, purpose: string, seed: boolean, body: (env: Record<string, string>) => Promise<void>) {
  const databaseUrl = await databases.createDatabase(purpose);
  if (seed) {
    const db = createPrismaClient(databaseUrl, 1);
    await seedDemoData(db, DEMO_PASSWORD_FOR_TESTS);
    await db.$disconnect();
  }
  const app = await startAppServer({ root, port: await freePort(), env: { DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret, ...SUITE_LIMITS }, output: "quiet" });
  try {
    await body({ DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret, SLANT_BASE_URL: app.url, SLANT_TEST_ADMIN_URL: databases.adminUrl, ...SUITE_LIMITS });
  } finally {
    await app.stop();
  }
}

const node = (label: string, script: string, args: string[], env?: Record<string, string>) =>
  runAsync(process.execPath, [script, ...args], { cwd: root, label, env });

async function main(): Promise<void> {
  if (stages.has("typecheck")) await timed("typecheck", () => node("Type check (tsc)", bin("typescript", "bin", "tsc"), ["--noEmit"]));
  if (stages.has("lint")) await timed("lint", () => node("Lint (eslint)", bin("eslint", "bin", "eslint.js"), [".", "--max-warnings=0"]));
  if (stages.has("unit")) await timed("unit", () => node("Unit tests (vitest)", bin("vitest", "vitest.mjs"), ["run", "--project", "unit", ...files.filter((file) => !file.includes("tests/integration") && !file.includes("e2e/"))]));
  if (!stages.has("integration") && !stages.has("e2e")) return;

  const chromium = stages.has("e2e") ? findChromium() : "";
  // Only the two-instance journey needs nginx; it fails with `problem` when there is none.
  const e2eFiles = filesFor("e2e/");
  const nginx = stages.has("e2e") && (e2eFiles.length === 0 || e2eFiles.some((file) => NGINX_JOURNEY.includes(file))) ? findNginx() : null;
  const nginxEnv: Record<string, string> = !nginx ? {} : "path" in nginx ? { SLANT_NGINX: nginx.path } : { SLANT_NGINX_PROBLEM: nginx.problem };
  await timed("build", () => ensureBuild());
  const databases = await openTestDatabaseServer(root);
  try {
    if (stages.has("integration")) {
      await timed("integration", () =>
        withApp(databases, "it", false, (env) =>
          node("Integration tests (vitest, real PostgreSQL)", bin("vitest", "vitest.mjs"), ["run", "--project", "integration", ...filesFor("tests/integration")], env),
        ),
      );
    }
    if (stages.has("e2e")) {
      await timed("e2e", () =>
        withApp(databases, "e2e", true, (env) =>
          node(`End-to-end tests (Playwright, ${chromium})`, bin("@playwright", "test", "cli.js"), ["test", ...filesFor("e2e/"), ...playwrightOptions], { ...env, SLANT_CHROMIUM: chromium, ...nginxEnv }),
        ),
      );
    }
  } finally {
    await databases.dispose();
  }
}

main()
  .then(() => {
    console.log(`\nAll test stages passed:\n  ${timings.join("\n  ")}`);
    process.exit(0);
  })
  .catch((error: unknown) => {
    console.error(`\n${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
