// `npm run bench`: Slant's save path under load, beside two baselines measured in the same
// run against the same database: a bare node:http + pg server (this machine's HTTP save
// ceiling) and an empty Next.js route (the framework's own ceiling). Closed loop with
// autocannon, open loop at a class's arrival rate; prints a table and writes bench/results/.
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { startAppServer } from "./lib/app-server";
import { ensureBuild, root } from "./lib/bootstrap.mjs";
import { freePort } from "./lib/free-port";
import { openTestDatabaseServer } from "./lib/test-database";
import { setUpBenchClass } from "./bench/bench-class";
import { readerFirstLoadJavaScript } from "./bench/first-load-javascript";
import { measurePostgresCeiling } from "./bench/postgres-ceiling";
import { measureQueueDrain } from "./bench/queue-drain";
import { runLoad } from "./bench/run-load";
import { startBareSaveServer, startEmptyNextRoute } from "./bench/baselines";
import { cpuMilliseconds, peakRssMiB } from "./bench/process-memory";
import { printReport, type BenchReport } from "./bench/report";
import type { LoadPlan } from "./bench/workload";

const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 200);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const OPEN_RATE = Number(process.env.BENCH_OPEN_RATE ?? 200);
const PASSWORD = "bench-password";
// Profiling: BENCH_APP_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" BENCH_ONLY="Slant POST annotation, closed"
const APP_NODE_ARGS = process.env.BENCH_APP_NODE_ARGS?.split(" ").filter(Boolean);
const ONLY = process.env.BENCH_ONLY;

async function main(): Promise<void> {
  ensureBuild();
  const databases = await openTestDatabaseServer(root);
  const stops: (() => Promise<void>)[] = [];
  try {
    const url = await databases.createDatabase("bench");
    const db = createPrismaClient(url, 4);
    stops.push(() => db.$disconnect());
    const app = await startAppServer({
      root,
      port: await freePort(),
      env: {
        DATABASE_URL: url,
        AUTH_SECRET: randomBytes(32).toString("hex"),
        SLANT_LIMIT_SIGN_IN_ADDRESS: "100000/15m",
      },
      nodeArgs: APP_NODE_ARGS,
      output: "quiet",
    });
    stops.unshift(() => app.stop());
    console.log(`› Signing in ${STUDENTS} students`);
    const bench = await setUpBenchClass(db, app.url, STUDENTS, PASSWORD);
    const bare = await startBareSaveServer(url, bench);
    stops.unshift(bare.stop);
    const empty = await startEmptyNextRoute();
    stops.unshift(empty.stop);

    const base = { students: bench.students, textLength: bench.text.length };
    const closed = { kind: "closed" as const, connections: CONNECTIONS, seconds: SECONDS };
    const open = { kind: "open" as const, perSecond: OPEN_RATE, seconds: 10 };
    const plans: LoadPlan[] = [
      { ...base, label: "bare node:http + pg INSERT", baseUrl: bare.url, workload: "save", savePath: () => "/save", loop: closed },
      { ...base, label: "empty Next.js route (echo)", baseUrl: empty.url, workload: "save", savePath: () => "/api/echo", loop: closed },
      { ...base, label: "Slant POST annotation", baseUrl: app.url, workload: "save", loop: closed },
      { ...base, label: "Slant POST batch (10 saves each)", baseUrl: app.url, workload: "batch", loop: closed },
      { ...base, label: "Slant student mix (save, edit, list)", baseUrl: app.url, workload: "app", loop: closed },
      { ...base, label: "bare node:http + pg INSERT", baseUrl: bare.url, workload: "save", savePath: () => "/save", loop: open },
      { ...base, label: "Slant POST annotation", baseUrl: app.url, workload: "save", loop: open },
    ];
    console.log("› Draining queues of 50 waiting changes");
    // Students from the end of the class: the load runs below start from its front.
    const queueDrain = await measureQueueDrain(app.url, bench.students.slice(-5), bench.text.length);
    console.log("› Warming up");
    await runLoad({ ...base, label: "warm-up", baseUrl: app.url, workload: "app", loop: { kind: "closed", connections: 10, seconds: 3 } });
    const results = [];
    const serverPid = (plan: LoadPlan) => (plan.baseUrl === bare.url ? bare.process.pid : plan.baseUrl === empty.url ? empty.process.pid : app.process.pid);
    for (const plan of plans.filter((p) => !ONLY || `${p.label}, ${p.loop.kind}`.includes(ONLY))) {
      console.log(`› ${plan.label}, ${plan.loop.kind} loop`);
      // The server's own CPU time per request: unlike throughput, it hardly moves when other work shares the machine.
      const before = await cpuMilliseconds(serverPid(plan));
      const result = await runLoad(plan);
      const after = await cpuMilliseconds(serverPid(plan));
      results.push({ ...result, serverCpuMsPerRequest: before === null || after === null ? null : (after - before) / Math.max(1, result.requests) });
    }
    console.log("› PostgreSQL alone (no HTTP, no app)");
    const postgres = await measurePostgresCeiling(url, bench.students.map((s) => s.submissionId), CONNECTIONS, SECONDS);
    const report: BenchReport = {
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      date: new Date().toISOString(),
      students: STUDENTS,
      results,
      appPeakRssMiB: await peakRssMiB(app.process.pid),
      queueDrain,
      postgres,
      readerJavaScript: await readerFirstLoadJavaScript(app.url, bench.students[0]!.cookie, bench.assignmentId),
      database: await db.$queryRaw<{ count: bigint }[]>`SELECT count(*) FROM annotations`.then((rows) => `${rows[0]!.count} annotations written`),
    };
    printReport(report);
    const dir = path.join(root, "bench", "results");
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, `${report.date.replace(/[:.]/g, "-")}.json`);
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nWritten to ${path.relative(root, file)}`);
  } finally {
    for (const stop of stops) await stop().catch(() => undefined);
    await databases.dispose();
  }
}

await main();
process.exit(0);
