import "server-only";
import { addressKey, claimAttempt, forgiveAttempt } from "./attempts";

/**
 * Looks a join code up on behalf of `address`, counting wrong codes only: the attempt is
 * counted first (so guesses sent at once are all counted), and given back when `lookup`
 * finds the class. Past the limit even the right code is refused until the block ends.
 */
export async function guessJoinCode<T>(address: string, lookup: () => Promise<T>): Promise<T> {
  const key = addressKey(address);
  await claimAttempt("join-code-address", key, "Too many wrong class codes from this network.");
  const found = await lookup();
  await forgiveAttempt("join-code-address", key);
  return found;
}
