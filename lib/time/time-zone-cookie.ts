/**
 * The cookie the browser keeps its time zone in ("America/New_York"), so pages rendered on
 * the server show times on the viewer's clock from the first paint of every page after the first.
 */
export const TIME_ZONE_COOKIE = "tz";

/** A year: a zone changes when a laptop travels, and the browser then sets it again. */
export const TIME_ZONE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;
