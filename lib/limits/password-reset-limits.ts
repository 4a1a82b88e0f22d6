import "server-only";
import { addressKey, claimAttempt } from "./attempts";

/**
 * Counts a "Forgot your password?" request from this address and throws TooManyRequests
 * past the limit. Every request counts, whether or not an account has the address: the
 * answer is the same either way, and an address asking for many is sending emails to strangers.
 */
export async function claimPasswordResetRequest(address: string): Promise<void> {
  await claimAttempt("password-reset-address", addressKey(address), "Too many password-reset requests from this network.");
}
