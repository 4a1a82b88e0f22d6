/**
 * Whether every percent-escape in a request's path decodes to UTF-8. Next.js answers
 * a broken one ("/api/assignments/%E0%A4%A") with a bare 500 before any code of ours
 * runs, so the HTTP server refuses it first.
 */
export function isDecodablePath(url: string): boolean {
  const path = url.split("?")[0]!;
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}
