import { defineConfig } from "prisma/config";

// Only the Prisma CLI reads this file. `prisma generate` needs no database, so the
// URL is optional here; commands that need one fail with Prisma's own message.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
