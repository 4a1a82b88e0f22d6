import "server-only";
import { createHash } from "node:crypto";
import { RateLimiterRes } from "rate-limiter-flexible";
import { TooManyRequests } from "@/lib/errors";
import { rateLimiter, type LimitName } from "./rate-limiters";
import { retryMessage } from "./retry-message";

/** A key that fits the table (255 characters) and keeps what a client typed out of it. */
export function hashedKey(value: string): string {
  return createHash("sha256").update(value).digest("base64url");
}

/** A client address as a key; an over-long forwarded header is hashed rather than stored. */
export const addressKey = (address: string): string => (address.length <= 64 ? address : hashedKey(address));

/**
 * Counts one attempt against `key` before the work is done, so that attempts sent at once
 * cannot all slip through a check made before any of them is counted. Past the limit it
 * throws TooManyRequests with `refusal` ("Too many attempts.") and when to try again.
 */
export async function claimAttempt(limit: LimitName, key: string, refusal: string): Promise<void> {
  try {
    await rateLimiter(limit).consume(key);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw new TooManyRequests(`${refusal} ${retryMessage(seconds)}`, seconds);
  }
}

/** Gives back an attempt that turned out fine (a right join code), so only the bad ones count. */
export async function forgiveAttempt(limit: LimitName, key: string): Promise<void> {
  await rateLimiter(limit).reward(key);
}

/** Forgets every attempt counted against `key` (a right password clears an account's wrong ones). */
export async function clearAttempts(limit: LimitName, key: string): Promise<void> {
  await rateLimiter(limit).delete(key);
}
