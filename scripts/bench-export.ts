// `npm run bench:export`: the demo class's exports from the production server, every format at
// class scope as its teacher downloads them: size and time (p50 / p95 of a few rounds each).
import { randomBytes } from "node:crypto";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { EXPORT_FORMATS } from "@/lib/export/export-formats";
import { DEMO_TEACHER, seedDemoData } from "@/prisma/seed/seed-demo-data";
import { signIn } from "@/tests/support/http-session";
import { startAppServer } from "./lib/app-server";
import { ensureBuild, root } from "./lib/bootstrap.mjs";
import { freePort } from "./lib/free-port";
import { measure } from "./lib/measure";
import { openTestDatabaseServer } from "./lib/test-database";

const PASSWORD = "bench-password";
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);

async function main() {
  ensureBuild();
  const databases = await openTestDatabaseServer(root);
  try {
    const url = await databases.createDatabase("bench_export");
    const db = createPrismaClient(url, 2);
    await seedDemoData(db, PASSWORD);
    const app = await startAppServer({ root, port: await freePort(), env: { DATABASE_URL: url, AUTH_SECRET: randomBytes(32).toString("hex") }, output: "quiet" });
    try {
      const teacher = await signIn(DEMO_TEACHER.email, PASSWORD, app.url);
      const [assignment] = (await teacher.get<{ id: string }[]>("/api/assignments")).body;
      const rows = [];
      for (const format of EXPORT_FORMATS) {
        const path = `/api/assignments/${assignment!.id}/export?format=${format}&scope=class`;
        const first = await teacher.download(path);
        if (first.status !== 200) throw new Error(`${format}: ${first.status}`);
        const timing = await measure(format, ROUNDS, 1, () => teacher.download(path));
        rows.push({ format, bytes: first.bytes.length, "KiB": (first.bytes.length / 1024).toFixed(1), "p50 ms": timing.p50.toFixed(0), "p95 ms": timing.p95.toFixed(0) });
      }
      console.log(`\nThe demo class's exports (class scope, ${ROUNDS} downloads each, production server):`);
      console.table(rows);
    } finally {
      await app.stop();
      await db.$disconnect();
    }
  } finally {
    await databases.dispose();
  }
}

await main();
process.exit(0);
