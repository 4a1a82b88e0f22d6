// `npm run seed`: add the demo class to the database at DATABASE_URL (or the embedded one).
import path from "node:path";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { ensureDatabase } from "@/lib/db/manage-databases";
import { applyMigrations } from "@/lib/db/migrate";
import { demoPassword } from "@/lib/env";
import { seedDemoData } from "@/prisma/seed/seed-demo-data";
import { root } from "./lib/bootstrap.mjs";

const embedded = process.env.DATABASE_URL
  ? undefined
  : await startEmbeddedPostgres({ dataDir: path.join(process.env.SLANT_STATE_DIR ?? path.join(root, ".slant"), "postgres"), port: Number(process.env.SLANT_PG_PORT ?? 54329), persistent: true });
const url = process.env.DATABASE_URL ?? embedded!.urlFor("slant");
try {
  if (embedded) await ensureDatabase(embedded.urlFor("postgres"), "slant");
  await applyMigrations(url, path.join(root, "prisma", "migrations"));
  const db = createPrismaClient(url, 1);
  const outcome = await seedDemoData(db, demoPassword());
  await db.$disconnect();
  console.log(outcome === "seeded" ? "Added the demo class." : "The demo class is already there; nothing changed.");
} finally {
  await embedded?.stop();
}
