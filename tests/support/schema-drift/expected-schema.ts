import { readFile } from "node:fs/promises";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import type { ColumnShape, SchemaShape, TableShape } from "./schema-shape";

// The parts of Prisma's DMMF this reads.
interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  type: string;
  isRequired: boolean;
  isList: boolean;
  isUpdatedAt: boolean;
  nativeType?: [string, string[]] | null;
  default?: unknown;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  fields: { name: string }[];
}
interface Dmmf {
  datamodel: { models: DmmfModel[]; enums: { name: string; dbName: string | null; values: { name: string; dbName: string | null }[] }[]; indexes: DmmfIndex[] };
}

const columnName = (field: DmmfField) => field.dbName ?? field.name;

function columnType(field: DmmfField): string {
  if (field.kind === "enum") return `enum:${field.type}`;
  const [native, args = []] = field.nativeType ?? [];
  switch (field.type) {
    case "String":
      if (native === "Uuid") return "uuid";
      if (native === "VarChar") return args[0] ? `character varying(${args[0]})` : "character varying";
      return "text";
    case "Int":
      return "integer";
    case "BigInt":
      return "bigint";
    case "Boolean":
      return "boolean";
    case "Float":
      return "double precision";
    case "Json":
      return "jsonb";
    case "DateTime":
      if (native === "Date") return "date";
      return `timestamp(${args[0] ?? 3}) ${native === "Timestamptz" ? "with" : "without"} time zone`;
    default:
      return `unsupported:${field.type}`;
  }
}

/** The default PostgreSQL stores for a field, as information_schema prints it; client-side defaults (uuid()) store none. */
function columnDefault(field: DmmfField): string | null {
  const value = field.default;
  if (value === undefined || value === null) return null;
  if (typeof value === "object" && "name" in value) {
    if (value.name === "now") return "CURRENT_TIMESTAMP";
    if (value.name === "dbgenerated" && "args" in value && Array.isArray(value.args)) return String(value.args[0]);
    return null;
  }
  if (field.kind === "enum") return `'${String(value)}'::"${field.type}"`;
  if (typeof value === "string") return `'${value}'::text`;
  return String(value);
}

const PRISMA_DEFAULT_ON_DELETE = { required: "RESTRICT", optional: "SET NULL" };
const onDeleteSql = (action: string) => action.replace(/([a-z])([A-Z])/g, "$1 $2").toUpperCase();

/** What schema.prisma says the database should contain. */
export async function describeExpectedSchema(schemaPath: string): Promise<SchemaShape> {
  const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: await readFile(schemaPath, "utf8") }))) as Dmmf;
  const { models, enums, indexes } = dmmf.datamodel;
  const tableOf = (modelName: string) => {
    const model = models.find((m) => m.name === modelName)!;
    return { model, table: model.dbName ?? model.name };
  };
  const columnsOf = (model: DmmfModel, fieldNames: string[]) =>
    fieldNames.map((name) => columnName(model.fields.find((f) => f.name === name)!));

  const tables: Record<string, TableShape> = {};
  for (const model of models) {
    const columns: Record<string, ColumnShape> = {};
    const foreignKeys: string[] = [];
    for (const field of model.fields) {
      if (field.kind === "object") {
        if (field.relationFromFields?.length) {
          const target = tableOf(field.type);
          const action = field.relationOnDelete
            ? onDeleteSql(field.relationOnDelete)
            : PRISMA_DEFAULT_ON_DELETE[field.isRequired ? "required" : "optional"];
          foreignKeys.push(
            `${columnsOf(model, field.relationFromFields)} -> ${target.table}(${columnsOf(target.model, field.relationToFields ?? [])}) on delete ${action}`,
          );
        }
        continue;
      }
      columns[columnName(field)] = { type: columnType(field), nullable: !field.isRequired, default: columnDefault(field) };
    }
    const own = indexes.filter((index) => index.model === model.name);
    const list = (type: DmmfIndex["type"]) =>
      own.filter((index) => index.type === type).map((index) => columnsOf(model, index.fields.map((f) => f.name)).join(","));
    tables[model.dbName ?? model.name] = {
      columns,
      primaryKey: list("id")[0]?.split(",") ?? [],
      uniques: list("unique"),
      indexes: list("normal"),
      foreignKeys,
    };
  }
  return {
    tables,
    enums: Object.fromEntries(enums.map((e) => [e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name)])),
  };
}
