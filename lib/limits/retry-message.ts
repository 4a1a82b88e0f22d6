/** "Try again in 14 minutes." for a wait in seconds, rounded up so nobody comes back too soon. */
export function retryMessage(seconds: number): string {
  if (seconds < 60) return `Try again in ${plural(Math.max(1, Math.ceil(seconds)), "second")}.`;
  return `Try again in ${plural(Math.ceil(seconds / 60), "minute")}.`;
}

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? "" : "s"}`;
