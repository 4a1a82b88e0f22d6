import { randomBytes } from "node:crypto";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { DEMO_STUDENTS, DEMO_TEACHER, seedDemoData } from "@/prisma/seed/seed-demo-data";
import { signIn } from "@/tests/support/http-session";
import { startAppServer } from "../lib/app-server";
import { ensureBuild, root } from "../lib/bootstrap.mjs";
import { freePort } from "../lib/free-port";
import { measure } from "../lib/measure";
import { openTestDatabaseServer } from "../lib/test-database";

const PASSWORD = "bench-password";
const ROUNDS = 40;

/**
 * The demo class's Compare tab as a teacher opens it, served by the production build: the
 * page's server response and the compare API, with all three demo readings handed in so the
 * tab compares three readers.
 */
export async function measureDemoComparePage() {
  ensureBuild();
  const databases = await openTestDatabaseServer(root);
  try {
    const url = await databases.createDatabase("bench_compare");
    const db = createPrismaClient(url, 2);
    await seedDemoData(db, PASSWORD);
    const drafts = await db.submission.findMany({ where: { status: "DRAFT", user: { email: { in: DEMO_STUDENTS.map((s) => s.email) } } } });
    await db.submission.updateMany({ where: { id: { in: drafts.map((d) => d.id) } }, data: { status: "SUBMITTED", submittedAt: new Date() } });
    const app = await startAppServer({ root, port: await freePort(), env: { DATABASE_URL: url, AUTH_SECRET: randomBytes(32).toString("hex") }, output: "quiet" });
    try {
      const teacher = await signIn(DEMO_TEACHER.email, PASSWORD, app.url);
      const [assignment] = (await teacher.get<{ id: string }[]>("/api/assignments")).body;
      const page = `/assignments/${assignment!.id}?view=compare`;
      const html = await teacher.get(page, { headers: { accept: "text/html" } });
      // React marks where text pieces meet with empty comments: read the text without them.
      if (!html.text.replaceAll("<!-- -->", "").includes("Based on 3 readers")) throw new Error("The demo Compare tab does not show three readers");
      return [
        await measure("Compare tab, server response (SSR)", ROUNDS, 1, () => teacher.get(page, { headers: { accept: "text/html" } })),
        await measure("GET compare API", ROUNDS, 1, () => teacher.get(`/api/assignments/${assignment!.id}/compare`)),
      ];
    } finally {
      await app.stop();
      await db.$disconnect();
    }
  } finally {
    await databases.dispose();
  }
}
