import "server-only";
import { addressKey, claimAttempt, clearAttempts, forgiveAttempt, hashedKey } from "./attempts";

/**
 * Whose sign-ins are counted: the account's id when the identifier names one (its email
 * and its username are one account), else the identifier looked up, so that an unknown
 * one is limited exactly as a real one and cannot be told apart by it.
 */
export type SignInAccount = { userId: string } | { unknown: { email: string } | { username: string } };

// What a client typed is hashed, not stored.
const accountKey = (account: SignInAccount) => ("userId" in account ? account.userId : `unknown:${hashedKey(JSON.stringify(account.unknown))}`);

const REFUSAL = "Too many attempts.";

/**
 * Counts a sign-in as failed until it succeeds (recordSuccessfulSignIn), per account and
 * per client address, and throws TooManyRequests past either limit, before any password
 * is checked.
 */
export async function beginSignInAttempt(account: SignInAccount, address: string): Promise<void> {
  // The address first: a client already refused there cannot use up someone's account.
  await claimAttempt("sign-in-address", addressKey(address), REFUSAL);
  await claimAttempt("sign-in-account", accountKey(account), REFUSAL);
}

/** The password was right: the account's failures are forgotten and the address gets its attempt back. */
export async function recordSuccessfulSignIn(account: SignInAccount, address: string): Promise<void> {
  await Promise.all([clearAttempts("sign-in-account", accountKey(account)), forgiveAttempt("sign-in-address", addressKey(address))]);
}
