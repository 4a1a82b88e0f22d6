const DEFAULT_RETURN_PATH = "/assignments";
// Any origin of our own would do: only whether parsing keeps it matters.
const OWN_ORIGIN = "http://slant.invalid";

/**
 * A same-site path to go to after signing in; anything else goes to the list. Parsed the
 * way a browser parses a Location header (tabs and newlines dropped, "\" read as "/"), so
 * "/\t/evil.example" or "/\\evil.example" are seen for what they are: another site.
 * The path comes back re-serialised, percent-encoded and safe to put in a header.
 */
export function safeReturnPath(candidate: string | undefined): string {
  if (!candidate?.startsWith("/")) return DEFAULT_RETURN_PATH;
  let url: URL;
  try {
    url = new URL(candidate, OWN_ORIGIN);
  } catch {
    return DEFAULT_RETURN_PATH;
  }
  if (url.origin !== OWN_ORIGIN) return DEFAULT_RETURN_PATH;
  return `${url.pathname}${url.search}${url.hash}`;
}
