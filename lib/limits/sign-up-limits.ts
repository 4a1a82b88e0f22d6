import "server-only";
import { addressKey, claimAttempt } from "./attempts";

/**
 * Counts a sign-up (teacher or student, made or refused as taken) from this address and
 * throws TooManyRequests past the limit, before a password is hashed. Refusals count: an
 * "already exists" answer is what an address probing for accounts is after.
 */
export async function claimSignUp(address: string): Promise<void> {
  await claimAttempt("sign-up-address", addressKey(address), "Too many sign-ups from this network.");
}
