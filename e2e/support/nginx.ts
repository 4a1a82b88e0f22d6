import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

export interface NginxUpstreams {
  /** Instance name (a cookie value) → its port on 127.0.0.1. */
  [name: string]: number;
}

/**
 * nginx in front of Slant instances as an operator would put it, with the settings server-sent
 * events need: HTTP/1.1 to the upstream with the Connection header cleared, no response
 * buffering, a read timeout far past the heartbeat, X-Forwarded-* set, and a dead upstream
 * skipped (proxy_next_upstream). Round robin for everyone; a `slant_pin` cookie naming an
 * instance sends that browser there first, the others as backups (sticky sessions with
 * failover). X-Slant-Upstream says which instance (or instances, after a failover) answered.
 */
export function nginxConfig(options: { port: number; upstreams: NginxUpstreams; dir: string }): string {
  const servers = Object.values(options.upstreams);
  const server = (port: number, backup = false) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=10s${backup ? " backup" : ""};`;
  const pinned = Object.entries(options.upstreams).map(
    ([name, port]) => `  upstream slant_${name} {\n${server(port)}\n${servers.filter((p) => p !== port).map((p) => server(p, true)).join("\n")}\n  }`,
  );
  const temp = (kind: string) => `  ${kind}_temp_path ${path.join(options.dir, kind)};`;
  return `daemon off;
master_process off;
pid ${path.join(options.dir, "nginx.pid")};
error_log stderr warn;
events { worker_connections 512; }
http {
  access_log off;
${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n")}
  upstream slant {
${servers.map((port) => server(port)).join("\n")}
  }
${pinned.join("\n")}
  map $cookie_slant_pin $slant_upstream {
${Object.keys(options.upstreams).map((name) => `    ${name} slant_${name};`).join("\n")}
    default slant;
  }
  server {
    listen 127.0.0.1:${options.port};
    location / {
      proxy_pass http://$slant_upstream;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-Host $http_host;
      proxy_buffering off;
      proxy_cache off;
      proxy_read_timeout 1h;
      proxy_connect_timeout 2s;
      proxy_next_upstream error timeout;
      add_header X-Slant-Upstream $upstream_addr always;
    }
  }
}
`;
}

export interface RunningNginx {
  url: string;
  process: ChildProcess;
  log(): string;
  stop(): Promise<void>;
}

/** Runs nginx in the foreground on a config of its own in a temp folder; resolves once it proxies /api/health. */
export async function startNginx(binary: string, options: { port: number; upstreams: NginxUpstreams }): Promise<RunningNginx> {
  const dir = await mkdtemp(path.join(tmpdir(), "slant-nginx-"));
  await chmod(dir, 0o755);
  const configFile = path.join(dir, "nginx.conf");
  await writeFile(configFile, nginxConfig({ ...options, dir }));
  const child: ChildProcess = spawn(binary, ["-c", configFile, "-p", dir, "-e", "stderr"], { stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString("utf8")));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 3_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const healthy = await fetch(`${url}/api/health`).then((response) => response.ok, () => false);
    if (healthy) return { url, process: child, log: () => log, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`nginx did not proxy ${url}/api/health within 10 s.\n${log}`);
}
