// `npm run db:migrate`: apply prisma/migrations to DATABASE_URL, as `prisma migrate deploy` would.
import path from "node:path";
import { applyMigrations } from "@/lib/db/migrate";
import { requireEnv } from "@/lib/env";
import { root } from "./lib/bootstrap.mjs";

const { applied, alreadyApplied } = await applyMigrations(requireEnv("DATABASE_URL"), path.join(root, "prisma", "migrations"));
console.log(`Applied ${applied.length} migration(s)${applied.length ? `: ${applied.join(", ")}` : ""}; ${alreadyApplied.length} already applied.`);
