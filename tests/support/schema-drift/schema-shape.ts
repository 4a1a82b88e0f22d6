/**
 * A database schema reduced to what both schema.prisma and PostgreSQL can describe,
 * so the two can be compared line by line.
 */
export interface ColumnShape {
  type: string;
  nullable: boolean;
  default: string | null;
}

export interface TableShape {
  columns: Record<string, ColumnShape>;
  primaryKey: string[];
  /** Column lists, e.g. "class_id,user_id". */
  uniques: string[];
  indexes: string[];
  /** "user_id -> users(id) on delete CASCADE" */
  foreignKeys: string[];
}

export interface SchemaShape {
  tables: Record<string, TableShape>;
  enums: Record<string, string[]>;
}

/** Every way `actual` differs from `expected`, as sentences; empty when they agree. */
export function diffSchemas(expected: SchemaShape, actual: SchemaShape): string[] {
  const problems: string[] = [];
  const compareSets = (what: string, want: string[], have: string[]) => {
    for (const item of want) if (!have.includes(item)) problems.push(`${what}: missing in database: ${item}`);
    for (const item of have) if (!want.includes(item)) problems.push(`${what}: in database but not in schema.prisma: ${item}`);
  };

  compareSets("tables", Object.keys(expected.tables), Object.keys(actual.tables));
  compareSets("enums", Object.keys(expected.enums), Object.keys(actual.enums));
  for (const [name, values] of Object.entries(expected.enums)) {
    const have = actual.enums[name];
    if (have && have.join(",") !== values.join(",")) problems.push(`enum ${name}: schema has [${values}], database has [${have}]`);
  }
  for (const [table, want] of Object.entries(expected.tables)) {
    const have = actual.tables[table];
    if (!have) continue;
    compareSets(`${table} columns`, Object.keys(want.columns), Object.keys(have.columns));
    for (const [column, shape] of Object.entries(want.columns)) {
      const actualColumn = have.columns[column];
      if (!actualColumn) continue;
      for (const key of ["type", "nullable", "default"] as const) {
        if (actualColumn[key] !== shape[key]) {
          problems.push(`${table}.${column} ${key}: schema says ${shape[key]}, database has ${actualColumn[key]}`);
        }
      }
    }
    if (want.primaryKey.join(",") !== have.primaryKey.join(",")) {
      problems.push(`${table} primary key: schema says (${want.primaryKey}), database has (${have.primaryKey})`);
    }
    compareSets(`${table} unique constraints`, want.uniques, have.uniques);
    compareSets(`${table} indexes`, want.indexes, have.indexes);
    compareSets(`${table} foreign keys`, want.foreignKeys, have.foreignKeys);
  }
  return problems;
}
