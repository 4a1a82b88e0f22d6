import "server-only";
import { getDb } from "./client";

/** True when a trivial query answers within `timeoutMs`. */
export async function isDatabaseUp(timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    const query = getDb().$queryRaw`SELECT 1`.then(() => true, () => false);
    return await Promise.race([query, timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
