import { fileURLToPath } from "node:url";
import { startAppServer, type AppServer } from "@/scripts/lib/app-server";
import { freePort } from "@/scripts/lib/free-port";
import { testEnv } from "./test-env";

const root = fileURLToPath(new URL("../../../", import.meta.url));

/**
 * A second app server of the same build, with its own DATABASE_URL (and any other
 * variables: small rate limits, say), for tests that must not disturb the shared app
 * server or must read its log. Resolves once /api/health answers at all (any status).
 */
export async function startAppInstance(databaseUrl: string, env: Record<string, string> = {}): Promise<AppServer> {
  return startAppServer({
    root,
    port: await freePort(),
    env: { AUTH_SECRET: testEnv("AUTH_SECRET"), DATABASE_URL: databaseUrl, ...env },
    output: "capture",
    waitFor: "listening",
  });
}
