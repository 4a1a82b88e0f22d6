import { readFile } from "node:fs/promises";

/** A process's peak resident memory so far (Linux VmHWM), in MiB; null where /proc cannot tell. */
export async function peakRssMiB(pid: number | undefined): Promise<number | null> {
  if (!pid) return null;
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kib = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Number.isNaN(kib) ? null : Math.round(kib / 1024);
}
