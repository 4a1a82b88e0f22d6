import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { userInfo } from "node:os";

const DEBIAN_NGINX = "/usr/sbin/nginx";

/** The end-to-end journey that runs two app instances behind nginx (it alone needs nginx). */
export const NGINX_JOURNEY = "e2e/teacher-watches-progress-live-across-two-instances.spec.ts";

export type NginxLookup = { path: string } | { problem: string };

/**
 * An nginx for the load-balancer journey: SLANT_NGINX, else Debian's, else Debian's installed
 * with apt when we are root (as the browser is). Not found, it says what to do instead of
 * throwing, so that only the journey that needs it fails, with that message.
 */
export function findNginx(): NginxLookup {
  if (process.env.SLANT_NGINX && existsSync(process.env.SLANT_NGINX)) return { path: process.env.SLANT_NGINX };
  if (existsSync(DEBIAN_NGINX)) return { path: DEBIAN_NGINX };
  if (userInfo().uid === 0 && existsSync("/usr/bin/apt-get")) {
    console.log("› No nginx found; installing Debian's nginx with apt-get (for the two-instance journey)");
    try {
      execFileSync("apt-get", ["update"], { stdio: "inherit" });
      // Installing does not start it here (the journey runs its own, in the foreground); on a
      // machine with an init system Debian's package also starts the system's nginx.
      execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "nginx"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    } catch (error) {
      return { problem: `Installing nginx with apt-get failed (${error instanceof Error ? error.message : String(error)}).` };
    }
    if (existsSync(DEBIAN_NGINX)) return { path: DEBIAN_NGINX };
  }
  return {
    problem:
      "No nginx for the two-instance journey. Install it with `sudo apt-get install nginx` (Debian, Ubuntu), or point SLANT_NGINX at an nginx binary.",
  };
}
