// `npm run bench`: measures the annotation API and the reader page against a throw-away
// seeded database (DATABASE_URL's server, or an embedded PostgreSQL). Prints a table.
import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { seedDemoData } from "@/prisma/seed/seed-demo-data";
import { startAppServer } from "./lib/app-server";
import { ensureBuild, root } from "./lib/bootstrap.mjs";
import { freePort } from "./lib/free-port";
import { measure } from "./lib/measure";
import { signIn, type HttpSession } from "@/tests/support/http-session";
import { openTestDatabaseServer } from "./lib/test-database";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const PASSWORD = "bench-password";

async function readerJavaScript(client: HttpSession, baseUrl: string, assignmentId: string) {
  const html = (await client.get(`/assignments/${assignmentId}`, { headers: { accept: "text/html" } })).text;
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]!);
  let raw = 0;
  let gzipped = 0;
  for (const src of new Set(scripts)) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    raw += body.length;
    gzipped += gzipSync(body).length;
  }
  return { files: new Set(scripts).size, raw, gzipped, html: Buffer.byteLength(html) };
}

async function main() {
  ensureBuild();
  const databases = await openTestDatabaseServer(root);
  try {
    const url = await databases.createDatabase("bench");
    const db = createPrismaClient(url, 2);
    await seedDemoData(db, PASSWORD);
    const app = await startAppServer({ root, port: await freePort(), env: { DATABASE_URL: url, AUTH_SECRET: randomBytes(32).toString("hex") }, output: "quiet" });
    try {
      const student = await signIn("student1@example.org", PASSWORD, app.url);
      const [assignment] = (await student.get<{ id: string }[]>("/api/assignments")).body;
      const base = `/api/assignments/${assignment!.id}/annotations`;
      const text = (await student.get<{ article: { text: string } }>(`/api/assignments/${assignment!.id}`)).body.article.text;
      const span = (i: number) => {
        const start = (i * 37) % (text.length - 40);
        return { start, end: start + 20 + (i % 15) };
      };

      const results = [];
      results.push(await measure("POST annotation", ROUNDS, 1, (i) => student.post(base, { ...span(i), tag: "opinion" })));
      results.push(await measure(`POST annotation ×${CONCURRENCY}`, ROUNDS, CONCURRENCY, (i) => student.post(base, { ...span(i + 1), tag: "quote" })));
      const ids = (await student.get<{ id: string }[]>(base)).body.map((a) => a.id);
      results.push(await measure("PATCH note", ROUNDS, 1, (i) => student.patch(`/api/annotations/${ids[i % ids.length]}`, { note: `note ${i}` })));
      results.push(await measure(`GET own annotations (${ids.length})`, ROUNDS, 1, () => student.get(base)));
      results.push(await measure("GET reader page (SSR)", Math.min(ROUNDS, 100), 1, () => student.get(`/assignments/${assignment!.id}`, { headers: { accept: "text/html" } })));
      results.push(await measure("GET /api/health", ROUNDS, CONCURRENCY, () => fetch(`${app.url}/api/health`).then(async (r) => ({ status: r.status, body: await r.text() }))));

      console.log("\nSlant benchmark (latency in ms)\n");
      console.table(
        results.map((r) => ({
          operation: r.label,
          requests: r.rounds,
          p50: r.p50.toFixed(1),
          p95: r.p95.toFixed(1),
          max: r.max.toFixed(1),
          "req/s": r.perSecond.toFixed(0),
        })),
      );
      const js = await readerJavaScript(student, app.url, assignment!.id);
      console.log(
        `Reader page: ${js.files} script files, ${(js.raw / 1024).toFixed(0)} KiB of JavaScript (${(js.gzipped / 1024).toFixed(0)} KiB gzipped); HTML ${(js.html / 1024).toFixed(0)} KiB`,
      );
      console.log(`Server memory after the run: ${await serverRss(app.process.pid)} MiB RSS`);
    } finally {
      await app.stop();
      await db.$disconnect();
    }
  } finally {
    await databases.dispose();
  }
}

async function serverRss(pid: number | undefined): Promise<string> {
  if (!pid) return "?";
  const { readFile } = await import("node:fs/promises");
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Number.isNaN(kib) ? "?" : (kib / 1024).toFixed(0);
}

await main();
process.exit(0);
