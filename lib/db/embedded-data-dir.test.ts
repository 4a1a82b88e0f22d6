import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { assertSharedDirEnterable, findClosedAncestor, resolveEmbeddedDataDir } from "./embedded-data-dir";

describe("the embedded database's data folder", () => {
  let base: string;
  beforeEach(async () => {
    base = await mkdtemp(path.join(tmpdir(), "slant-datadir-"));
    await chmod(base, 0o755);
  });
  afterEach(() => rm(base, { recursive: true, force: true }));

  it("stays where asked when every folder on the way is open to other users", async () => {
    await mkdir(path.join(base, "project", ".slant"), { recursive: true, mode: 0o755 });
    const preferred = path.join(base, "project", ".slant", "postgres");
    expect(findClosedAncestor(preferred)).toBeNull();
    expect(resolveEmbeddedDataDir(preferred, true)).toEqual({ dataDir: preferred, movedBecause: null });
  });

  it("moves to /var/lib/slant for root when a folder on the way is private, and names that folder", async () => {
    const home = path.join(base, "home");
    await mkdir(path.join(home, "project"), { recursive: true });
    await chmod(home, 0o700);
    const preferred = path.join(home, "project", ".slant", "postgres");
    const resolved = resolveEmbeddedDataDir(preferred, true);
    expect(resolved.movedBecause).toBe(home);
    expect(resolved.dataDir).toMatch(/^\/var\/lib\/slant\/[0-9a-f]{10}\/postgres$/);
    // The same project always maps to the same place, so data survives restarts.
    expect(resolveEmbeddedDataDir(preferred, true)).toEqual(resolved);
  });

  it("never moves for a normal user, who runs PostgreSQL as themselves", async () => {
    const home = path.join(base, "home");
    await mkdir(home, { recursive: true, mode: 0o700 });
    const preferred = path.join(home, "project", ".slant", "postgres");
    expect(resolveEmbeddedDataDir(preferred, false)).toEqual({ dataDir: preferred, movedBecause: null });
  });

  it("does not take a file on the way for a closed folder (making the folder fails, and says so)", async () => {
    await writeFile(path.join(base, "package.json"), "{}", { mode: 0o644 });
    expect(findClosedAncestor(path.join(base, "package.json", "state", "postgres"))).toBeNull();
  });

  it("SLANT_SHARED_DIR must be a folder the postgres user can enter too", async () => {
    const home = path.join(base, "home");
    await mkdir(path.join(home, "shared"), { recursive: true });
    await chmod(home, 0o700);
    expect(() => assertSharedDirEnterable(path.join(home, "shared"))).toThrow(`The postgres user cannot enter ${home} either, on the way to ${home}/shared. Set SLANT_SHARED_DIR`);
    expect(() => assertSharedDirEnterable(path.join(base, "open"))).not.toThrow();
  });
});
