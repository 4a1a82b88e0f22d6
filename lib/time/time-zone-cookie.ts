/**
 * The cookie the browser keeps its time zone in ("America/New_York"), so pages rendered on
 * the server show times on the viewer's clock from the first paint of every page after the first.
 */
export const TIME_ZONE_COOKIE = "tz";

/** A year: a zone changes when a laptop travels, and the browser then sets it again. */
export const TIME_ZONE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/**
 * Sets the cookie to the browser's zone as the first page is parsed, before any form on it can be
 * sent (even before the page's JavaScript starts), so the first page after signing in, signing up
 * or joining is already rendered on the viewer's clock. Inline, and written out by hand: it must
 * run before the bundles arrive.
 */
export const REMEMBER_TIME_ZONE_SCRIPT = `(function () {
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    var pair = "${TIME_ZONE_COOKIE}=" + encodeURIComponent(zone);
    if (zone && document.cookie.split("; ").indexOf(pair) === -1) document.cookie = pair + "; Path=/; Max-Age=${TIME_ZONE_COOKIE_MAX_AGE_SECONDS}; SameSite=Lax";
  } catch (e) {}
})();`;
