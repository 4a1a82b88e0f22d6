import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext } from "@playwright/test";
import { startAppServer } from "@/scripts/lib/app-server";
import { freePort } from "@/scripts/lib/free-port";
import { TcpProxy } from "@/tests/integration/support/tcp-proxy";
import { testEnv } from "@/tests/integration/support/test-env";
import type { Account } from "./classroom";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** An instance of the app on the e2e database that a browser reaches only through a relay the test can unplug. */
export interface NetworkCable {
  /** The relay's address: the only origin the instance accepts forms and API writes from. */
  url: string;
  /** Whatever the browser (its pages, its service worker) sends from now on reaches nothing; open connections drop. */
  unplug(): void;
  plugIn(): void;
  /** A browser context signed in as `account`, on this instance. */
  contextAs(browser: Browser, account: Account): Promise<BrowserContext>;
  stop(): Promise<void>;
}

/**
 * Offline for certain: Chromium's offline emulation and request routing act per page and per
 * worker, and a request made for a page through its service worker (or its network fallback)
 * can get past both. A relay the test cuts leaves nothing a way to the server, however it is sent.
 */
export async function startAppBehindACable(): Promise<NetworkCable> {
  const appPort = await freePort();
  const relay = await TcpProxy.start({ host: "127.0.0.1", port: appPort });
  const url = `http://127.0.0.1:${relay.port}`;
  const app = await startAppServer({ root, port: appPort, env: { DATABASE_URL: testEnv("DATABASE_URL"), AUTH_SECRET: testEnv("AUTH_SECRET"), SLANT_ORIGIN: url }, output: "capture" }).catch(async (error: unknown) => {
    await relay.close();
    throw error;
  });
  return {
    url,
    unplug: () => relay.cut(),
    plugIn: () => relay.restore(),
    async contextAs(browser, account) {
      // The session cookie, for the relay's host (a cookie is for a host, whatever the port).
      const state = await account.api.storageState();
      const cookies = state.cookies.map((cookie) => ({ ...cookie, domain: "127.0.0.1" }));
      return browser.newContext({ baseURL: url, storageState: { ...state, cookies } });
    },
    async stop() {
      await relay.close();
      await app.stop();
    },
  };
}
