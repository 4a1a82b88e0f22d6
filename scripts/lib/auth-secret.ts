import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * The AUTH_SECRET for local runs: made once, kept in a git-ignored file readable
 * only by its owner, so sessions survive restarts and no secret is ever committed.
 */
export async function loadOrCreateAuthSecret(file: string): Promise<string> {
  if (existsSync(file)) {
    const secret = (await readFile(file, "utf8")).trim();
    if (secret.length >= 32) return secret;
  }
  await mkdir(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
