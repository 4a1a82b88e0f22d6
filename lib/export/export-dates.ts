import { toWallTime } from "@/lib/time/format-instant";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The zone's short name at that instant, as US English spells it: "EST" and "EDT" in New York,
 * "GMT+5:30" in Kolkata, "UTC". One fixed language, so a file says the same on every server.
 */
function zoneName(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" }).formatToParts(instant).find((part) => part.type === "timeZoneName")!.value;
}

/**
 * "16 March 2031": the day an instant falls on in the viewer's zone (due at 22:00 UTC on the 3rd is
 * already the 4th in Kolkata), spelled out by hand so no server locale changes it. A date without
 * a time ("2031-03-16", a publication date) is that day in every zone.
 */
export function formatDate(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const [year, month, day] = (DATE_ONLY.test(iso) ? iso : toWallTime(date, timeZone)).slice(0, 10).split("-").map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "16 March 2031, 08:00 EDT": the viewer's clock, with the zone named so nobody wonders whose 08:00 it is. */
export function formatDateTime(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${formatDate(iso, timeZone)}, ${toWallTime(date, timeZone).slice(11, 16)} ${zoneName(date, timeZone)}`;
}

/** "2031-03-16 08:00" on the viewer's clock, which spreadsheets read as a date; the column's heading names the zone. */
export function spreadsheetDateTime(iso: string, timeZone: string): string {
  return toWallTime(iso, timeZone).replace("T", " ");
}
