import { spawn } from "node:child_process";

/**
 * Runs a command with inherited output and waits without blocking the event loop
 * (an embedded PostgreSQL in this process must keep having its log pipe drained).
 */
export function runAsync(command: string, args: string[], options: { cwd: string; label: string; env?: Record<string, string> }): Promise<void> {
  console.log(`› ${options.label}`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, stdio: "inherit", env: { ...process.env, ...options.env } });
    child.once("error", reject);
    child.once("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${options.label} failed (exit ${code ?? signal})`)),
    );
  });
}
