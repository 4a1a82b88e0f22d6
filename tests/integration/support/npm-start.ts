import { execFileSync, spawn, type ChildProcess } from "node:child_process";

export interface StartedSlant {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * `npm start` as a person runs it in `projectDir`: its own process group (a terminal), no
 * DATABASE_URL, AUTH_SECRET or SLANT_STATE_DIR unless `env` sets them. `through: "npm"` runs
 * npm itself (which runs `sh -c "node scripts/start.mjs"`); by default, what that runs.
 */
export function npmStart(projectDir: string, env: Record<string, string>, through: "node" | "npm" = "node"): StartedSlant {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  delete childEnv.DATABASE_URL;
  delete childEnv.AUTH_SECRET;
  delete childEnv.SLANT_STATE_DIR;
  Object.assign(childEnv, env);
  const [command, args] = through === "npm" ? ["npm", ["start", "--silent"]] : [process.execPath, ["scripts/start.mjs"]];
  const child = spawn(command, args, { cwd: projectDir, env: childEnv, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

export async function waitForOutput(started: StartedSlant, text: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!started.output().includes(text)) {
    if (started.child.exitCode !== null) throw new Error(`npm start exited early:\n${started.output()}`);
    if (Date.now() > deadline) throw new Error(`npm start never printed "${text}":\n${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A signal to the whole process group: Ctrl-C in a terminal (SIGINT), or a service manager stopping it (SIGTERM). */
export function signalGroup(started: StartedSlant, signal: "SIGINT" | "SIGTERM"): Promise<number | null> {
  process.kill(-started.child.pid!, signal);
  return started.exited;
}

export const postgresRunningIn = (dir: string): boolean => {
  try {
    return execFileSync("pgrep", ["-f", dir], { encoding: "utf8" }).trim() !== "";
  } catch {
    return false; // pgrep exits 1 when nothing matches
  }
};
