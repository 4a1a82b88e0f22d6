import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withDatabase } from "@/lib/db/database-url";
import { dropDatabase, ensureDatabase } from "@/lib/db/manage-databases";
import { applyMigrations } from "@/lib/db/migrate";
import { describeActualSchema } from "../support/schema-drift/actual-schema";
import { describeExpectedSchema } from "../support/schema-drift/expected-schema";
import { diffSchemas } from "../support/schema-drift/schema-shape";

const root = path.resolve(import.meta.dirname, "../..");
const adminUrl = process.env.SLANT_TEST_ADMIN_URL!;
const scratch = `slant_drift_${process.pid}`;
const scratchUrl = withDatabase(adminUrl, scratch);

async function sql(statement: string) {
  const client = new pg.Client({ connectionString: scratchUrl });
  await client.connect();
  await client.query(statement).finally(() => client.end());
}

describe("schema.prisma and the migrations", () => {
  beforeAll(async () => {
    await dropDatabase(adminUrl, scratch);
    await ensureDatabase(adminUrl, scratch);
    await applyMigrations(scratchUrl, path.join(root, "prisma", "migrations"));
  });
  afterAll(() => dropDatabase(adminUrl, scratch));

  it("describe the same database: tables, columns, types, nullability, defaults, keys, indexes and enums", async () => {
    const expected = await describeExpectedSchema(path.join(root, "prisma", "schema.prisma"));
    expect(Object.keys(expected.tables)).toContain("annotations");
    expect(diffSchemas(expected, await describeActualSchema(scratchUrl)).sort()).toEqual([]);
  });

  it("the comparison notices a column, an index, a foreign-key rule, an enum value and a column's length that differ", async () => {
    const expected = await describeExpectedSchema(path.join(root, "prisma", "schema.prisma"));
    await sql(`ALTER TABLE "annotations" ALTER COLUMN "note" SET NOT NULL`);
    await sql(`ALTER TABLE "annotations" ADD COLUMN "colour" TEXT`);
    await sql(`DROP INDEX "enrollments_user_id_idx"`);
    await sql(`ALTER TABLE "submissions" DROP CONSTRAINT "submissions_user_id_fkey", ADD CONSTRAINT "submissions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT`);
    await sql(`ALTER TYPE "SubmissionStatus" ADD VALUE 'RETURNED'`);
    await sql(`ALTER TABLE "rate_limits" ALTER COLUMN "key" TYPE VARCHAR(100)`);
    expect(diffSchemas(expected, await describeActualSchema(scratchUrl)).sort()).toEqual([
      "enum SubmissionStatus: schema has [DRAFT,SUBMITTED], database has [DRAFT,SUBMITTED,RETURNED]",
      "annotations columns: in database but not in schema.prisma: colour",
      "annotations.note nullable: schema says true, database has false",
      "enrollments indexes: missing in database: user_id",
      "rate_limits.key type: schema says character varying(255), database has character varying(100)",
      "submissions foreign keys: missing in database: user_id -> users(id) on delete CASCADE",
      "submissions foreign keys: in database but not in schema.prisma: user_id -> users(id) on delete RESTRICT",
    ].sort());
  });
});
