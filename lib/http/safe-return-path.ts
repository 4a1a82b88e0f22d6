/** A same-site path to go to after signing in; anything else (another site, "//evil") goes to the list. */
export function safeReturnPath(candidate: string | undefined): string {
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.includes("\\")) {
    return "/assignments";
  }
  return candidate;
}
