import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { userInfo } from "node:os";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

function playwrightsOwn(): string | null {
  try {
    // Resolved lazily: @playwright/test knows where `npx playwright install` puts its browser.
    const path = execFileSync(process.execPath, ["-e", "process.stdout.write(require('playwright-core').chromium.executablePath())"], {
      encoding: "utf8",
    });
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/**
 * A Chromium for the end-to-end tests: Playwright's own if installed, else Debian's,
 * else Debian's installed with apt when we are root. Throws with what to do otherwise.
 */
export function findChromium(): string {
  if (process.env.SLANT_CHROMIUM && existsSync(process.env.SLANT_CHROMIUM)) return process.env.SLANT_CHROMIUM;
  const found = playwrightsOwn() ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : null);
  if (found) return found;
  if (userInfo().uid === 0 && existsSync("/usr/bin/apt-get")) {
    console.log("› No Chromium found; installing Debian's chromium with apt-get");
    execFileSync("apt-get", ["update"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  }
  throw new Error(
    "No Chromium for the end-to-end tests. Install one with `npx playwright install chromium` or `sudo apt-get install chromium`, or point SLANT_CHROMIUM at a Chromium binary.",
  );
}
