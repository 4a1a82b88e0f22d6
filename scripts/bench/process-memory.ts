import { readFile } from "node:fs/promises";

/** A process's peak resident memory so far (Linux VmHWM), in MiB; null where /proc cannot tell. */
export async function peakRssMiB(pid: number | undefined): Promise<number | null> {
  if (!pid) return null;
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kib = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Number.isNaN(kib) ? null : Math.round(kib / 1024);
}

/** CPU time a process has used so far (user + system), in milliseconds; null where /proc cannot tell. */
export async function cpuMilliseconds(pid: number | undefined): Promise<number | null> {
  if (!pid) return null;
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
  // Fields after the command name (which may hold spaces, so split after its closing parenthesis).
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  // Linux reports in clock ticks of 1/100 s on every architecture Node runs on here.
  return Number.isNaN(ticks) ? null : ticks * 10;
}
