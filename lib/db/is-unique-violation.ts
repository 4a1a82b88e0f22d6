/** True for Prisma's "unique constraint failed" error (P2002), however it was wrapped. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
