/** The zone times are shown in when the viewer's is not known (yet, or not one Intl knows). */
export const FALLBACK_TIME_ZONE = "UTC";

/**
 * The canonical name of an IANA time zone Intl knows ("america/new_york" → "America/New_York"),
 * or null. Asking Intl, not a list of our own, keeps the answer as current as the runtime's
 * zone data, and the canonical spelling keeps a cookie from varying a cached page.
 */
export function canonicalTimeZone(name: string | null | undefined): string | null {
  if (!name || name.length > 64) return null;
  try {
    return new Intl.DateTimeFormat("en", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    // RangeError: not a zone.
    return null;
  }
}

/** The zone to show times in for a viewer who says `name`: that zone if Intl knows it, else UTC. */
export function timeZoneOrFallback(name: string | null | undefined): string {
  return canonicalTimeZone(name) ?? FALLBACK_TIME_ZONE;
}
