import pg from "pg";
import type { SchemaShape, TableShape } from "./schema-shape";

const ON_DELETE: Record<string, string> = { a: "NO ACTION", r: "RESTRICT", c: "CASCADE", n: "SET NULL", d: "SET DEFAULT" };

function typeOf(row: { data_type: string; udt_name: string; datetime_precision: number | null; character_maximum_length: number | null }): string {
  if (row.data_type === "USER-DEFINED") return `enum:${row.udt_name}`;
  if (row.data_type === "character varying" && row.character_maximum_length !== null) return `character varying(${row.character_maximum_length})`;
  if (row.data_type.startsWith("timestamp")) return row.data_type.replace("timestamp", `timestamp(${row.datetime_precision})`);
  return row.data_type;
}

/** What the database at `url` contains in its public schema (Prisma's own bookkeeping table aside). */
export async function describeActualSchema(url: string): Promise<SchemaShape> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables: Record<string, TableShape> = {};
    const table = (name: string) => (tables[name] ??= { columns: {}, primaryKey: [], uniques: [], indexes: [], foreignKeys: [] });

    const columns = await client.query(`
      SELECT table_name, column_name, data_type, udt_name, datetime_precision, character_maximum_length, is_nullable, column_default
      FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
      ORDER BY table_name, ordinal_position`);
    for (const row of columns.rows) {
      table(row.table_name).columns[row.column_name] = {
        type: typeOf(row),
        nullable: row.is_nullable === "YES",
        default: row.column_default,
      };
    }

    // Indexes with their columns in order; a unique index is how Prisma makes @unique.
    const indexes = await client.query(`
      SELECT t.relname AS table_name, i.indisprimary AS is_primary, i.indisunique AS is_unique,
             array_to_string(array(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
                                   JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.n), ',') AS columns
      FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace ns ON ns.oid = t.relnamespace
      WHERE ns.nspname = 'public' AND t.relname <> '_prisma_migrations'`);
    for (const row of indexes.rows) {
      const shape = table(row.table_name);
      if (row.is_primary) shape.primaryKey = row.columns.split(",");
      else if (row.is_unique) shape.uniques.push(row.columns);
      else shape.indexes.push(row.columns);
    }

    const foreignKeys = await client.query(`
      SELECT src.relname AS table_name, dst.relname AS target, c.confdeltype AS on_delete,
             array_to_string(array(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, n)
                                   JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.n), ',') AS columns,
             array_to_string(array(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, n)
                                   JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.n), ',') AS target_columns
      FROM pg_constraint c JOIN pg_class src ON src.oid = c.conrelid JOIN pg_class dst ON dst.oid = c.confrelid
      JOIN pg_namespace ns ON ns.oid = src.relnamespace
      WHERE c.contype = 'f' AND ns.nspname = 'public'`);
    for (const row of foreignKeys.rows) {
      table(row.table_name).foreignKeys.push(`${row.columns} -> ${row.target}(${row.target_columns}) on delete ${ON_DELETE[row.on_delete]}`);
    }

    const enumRows = await client.query(`
      SELECT t.typname AS name, e.enumlabel AS value
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace ns ON ns.oid = t.typnamespace
      WHERE ns.nspname = 'public' ORDER BY t.typname, e.enumsortorder`);
    const enums: Record<string, string[]> = {};
    for (const row of enumRows.rows) (enums[row.name] ??= []).push(row.value);

    return { tables, enums };
  } finally {
    await client.end();
  }
}
