"use client";

import { formatInstant } from "@/lib/time/format-instant";
import { useViewerClock } from "./ViewerClockProvider";

/** An instant on the viewer's clock with the zone named ("Thu 3 Dec, 17:00 GMT-5"), machine-readable in `dateTime`. */
export function LocalTime({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatInstant(iso, useViewerClock())}</time>;
}
