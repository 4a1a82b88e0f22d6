// Plain Node with no dependencies: this runs on a fresh clone before `npm ci`.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const at = (...parts) => path.join(root, ...parts);

export function run(command, args, { env = {}, label } = {}) {
  if (label) console.log(`› ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    throw new Error(`${label ?? [command, ...args].join(" ")} failed (exit ${result.status ?? result.signal})`);
  }
}

export function checkNodeVersion() {
  const [major, minor] = process.versions.node.split(".").map(Number);
  // 20.19: the first 20.x that can require() ES modules, which htmlparser2 12 needs.
  if (major < 20 || (major === 20 && minor < 19)) {
    console.error(`Slant needs Node.js 20.19 or newer; this is ${process.versions.node}.`);
    process.exit(1);
  }
}

/** `npm ci` when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
  const installed = at("node_modules", ".package-lock.json");
  const lock = at("package-lock.json");
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  run("npm", ["ci", "--no-audit", "--no-fund"], { label: "Installing dependencies (npm ci)" });
}

function hashFiles(paths) {
  const hash = createHash("sha256");
  const visit = (file) => {
    if (!existsSync(file)) return;
    if (statSync(file).isDirectory()) {
      for (const entry of readdirSync(file).sort()) {
        if (entry === "generated" || entry === "node_modules" || entry.endsWith(".test.ts")) continue;
        visit(path.join(file, entry));
      }
      return;
    }
    hash.update(path.relative(root, file));
    hash.update(readFileSync(file));
  };
  paths.forEach((p) => visit(at(p)));
  return hash.digest("hex");
}

function isStale(stampFile, inputs) {
  const hash = hashFiles(inputs);
  const stale = !existsSync(stampFile) || readFileSync(stampFile, "utf8") !== hash;
  return { stale, save: () => writeFileSync(stampFile, hash) };
}

/** Generates the Prisma client when schema.prisma changed. The schema engine is not needed (and cannot be downloaded here). */
export function ensurePrismaClient() {
  const check = isStale(at("lib", "db", "generated", ".schema-hash"), ["prisma/schema.prisma", "package-lock.json"]);
  if (!check.stale && existsSync(at("lib", "db", "generated", "client.ts"))) return;
  run(process.execPath, [at("node_modules", "prisma", "build", "index.js"), "generate"], {
    label: "Generating the Prisma client",
    env: { PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  check.save();
}

const BUILD_INPUTS = ["app", "components", "lib", "public", "prisma/schema.prisma", "next.config.ts", "proxy.ts", "tsconfig.json", "package-lock.json"];

/** `next build` when the sources changed since the last build (into SLANT_DIST_DIR when set). */
export function ensureBuild() {
  const distDir = process.env.SLANT_DIST_DIR ?? ".next";
  const check = isStale(at(distDir, "slant-build-stamp"), BUILD_INPUTS);
  if (!check.stale && existsSync(at(distDir, "BUILD_ID"))) return;
  run(process.execPath, [at("node_modules", "next", "dist", "bin", "next"), "build"], {
    label: "Building the app (next build)",
    env: { NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  mkdirSync(at(distDir), { recursive: true });
  check.save();
}

/** Loads TypeScript support so the rest of a script can import .ts files. */
export async function enableTypeScript() {
  const { register } = await import("tsx/esm/api");
  register();
}
