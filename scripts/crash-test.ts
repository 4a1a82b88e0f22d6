// `npm run crash-test`: 50 students save highlights into the production server; it is killed
// with SIGKILL mid-run and started again; the students retry what was not acknowledged. Then
// the database must hold every acknowledged save exactly once, and every intended one exactly
// once. Prints the counts (and one JSON line for tests); exits 1 when any is wrong.
// Runs on a throw-away database on DATABASE_URL's server, or on an embedded PostgreSQL.
import { randomBytes } from "node:crypto";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { signIn } from "@/tests/support/http-session";
import { startAppServer } from "./lib/app-server";
import { ensureBuild, root } from "./lib/bootstrap.mjs";
import { type CrashCounts, countCrashOutcome } from "./lib/crash-counts";
import { freePort } from "./lib/free-port";
import { createLargeClass } from "./lib/large-class";
import { SimulatedStudent, wordRanges } from "./lib/simulated-student";
import { openTestDatabaseServer } from "./lib/test-database";

const STUDENTS = Number(process.env.CRASH_STUDENTS ?? 50);
// The kill comes once this many saves were acknowledged (and a second has passed), so it
// always lands mid-run, with saves acknowledged before it and in flight at it, however
// fast the machine is; and the students go on until the restarted server has acknowledged
// as many more. Each phase is bounded in time too.
const ACKS_PER_PHASE = Number(process.env.CRASH_ACKS_PER_PHASE ?? STUDENTS);
const PHASE_MS = { least: 1_000, most: 15_000 };
// After the last new highlight, how long the students have to get every one acknowledged.
const DRAIN_MS = 30_000;
const PASSWORD = "crash-test-password";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function crashWhileSaving(db: PrismaClient, databaseUrl: string): Promise<CrashCounts> {
  const label = randomBytes(3).toString("hex");
  const { assignmentId, text, studentEmails } = await createLargeClass(db, STUDENTS, PASSWORD, label);
  const port = await freePort();
  const env = { DATABASE_URL: databaseUrl, AUTH_SECRET: randomBytes(32).toString("hex") };
  const start = () => startAppServer({ root, port, env, output: "capture" });
  let app = await start();
  try {
    const sessions = await Promise.all(studentEmails.map((email) => signIn(email, PASSWORD, app.url)));
    const ranges = wordRanges(text);
    const students = sessions.map((session) => new SimulatedStudent(session, assignmentId, ranges));
    // A class saves into a warm server: load the save route's code and open the pool first.
    const warmUpEnds = Date.now() + 30_000;
    await students[0]!.run({ stopMaking: () => students[0]!.acknowledged.size > 0, giveUp: () => Date.now() > warmUpEnds });
    const acknowledgedCount = () => students.reduce((sum, student) => sum + student.acknowledged.size, 0);
    const untilAcknowledged = async (count: number) => {
      const started = Date.now();
      while (Date.now() - started < PHASE_MS.most && (Date.now() - started < PHASE_MS.least || acknowledgedCount() < count)) await sleep(20);
    };
    let stopMaking = false;
    const loadStarted = Date.now();
    let gaveUp = false;
    const runs = Promise.all(students.map((student) => student.run({ stopMaking: () => stopMaking, giveUp: () => gaveUp })));

    await untilAcknowledged(acknowledgedCount() + ACKS_PER_PHASE);
    const killedAfterMs = Date.now() - loadStarted;
    const acknowledgedBeforeKill = students.flatMap((student) => [...student.acknowledged.keys()]);
    const inFlightAtKill = students.reduce((sum, student) => sum + student.inFlight, 0);
    const died = new Promise((resolve) => app.process.once("exit", resolve));
    app.process.kill("SIGKILL");
    await died;
    const killedAt = Date.now();
    console.log(`› Killed the server (SIGKILL) with ${inFlightAtKill} saves in flight; starting it again`);
    app = await start();
    const downMs = Date.now() - killedAt;

    await untilAcknowledged(acknowledgedCount() + ACKS_PER_PHASE);
    stopMaking = true;
    const drained = await Promise.race([runs.then(() => true), sleep(DRAIN_MS).then(() => false)]);
    gaveUp = true;
    await runs;
    if (!drained) console.error(`The students still had unacknowledged saves ${DRAIN_MS / 1000} s after the last new one.`);

    const stored = await db.annotation.findMany({
      where: { submission: { assignmentId } },
      select: { id: true, submissionId: true, start: true, end: true, tag: true },
    });
    return countCrashOutcome({ students, acknowledgedBeforeKill, inFlightAtKill, killedAfterMs, downMs, stored });
  } finally {
    await app.stop();
  }
}

async function main(): Promise<boolean> {
  ensureBuild();
  const databases = await openTestDatabaseServer(root);
  try {
    const url = await databases.createDatabase("crash");
    const db = createPrismaClient(url, 2);
    try {
      const counts = await crashWhileSaving(db, url);
      const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      console.log(`\nCrash test: ${STUDENTS} students; the server was killed ${seconds(counts.killedAfterMs)} into the run and was back ${seconds(counts.downMs)} later\n`);
      console.table({
        "highlights made (sent at least once)": counts.sent,
        "requests sent (retries included)": counts.requests,
        "in flight at the kill": counts.inFlightAtKill,
        "acknowledged before the kill": counts.acknowledgedBeforeKill,
        acknowledged: counts.acknowledged,
        "stored before the kill, acknowledged only by a retry": counts.storedButUnacknowledged,
        "found in the database": counts.found,
        "acknowledged but missing": counts.acknowledgedMissing,
        "made but missing": counts.missing,
        duplicates: counts.duplicates,
        "refused (4xx)": counts.refused,
      });
      console.log(`crash-test result ${JSON.stringify(counts)}`);
      return counts.ok;
    } finally {
      await db.$disconnect();
    }
  } finally {
    await databases.dispose();
  }
}

main().then(
  (ok) => {
    console.log(ok ? "\nNothing lost, nothing doubled." : "\nFAILED: see the counts above.");
    process.exit(ok ? 0 : 1);
  },
  (error: unknown) => {
    console.error(`\nThe crash test could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
