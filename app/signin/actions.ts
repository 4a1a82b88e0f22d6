"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { signInRefusal } from "@/lib/auth/sign-in-refusal";
import { TEMPORARY_PASSWORD_EXPIRED } from "@/lib/auth/temporary-password";
import { TemporaryPasswordExpired } from "@/lib/auth/verify-credentials";
import { safeReturnPath } from "@/lib/http/safe-return-path";

export interface SignInState {
  error: string | null;
  identifier: string;
}

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const identifier = String(form.get("identifier") ?? "");
  const password = String(form.get("password") ?? "");
  if (!identifier.trim() || !password) return { error: "Enter your email or username, and your password.", identifier };
  try {
    await signIn("credentials", {
      identifier,
      password,
      redirectTo: safeReturnPath(String(form.get("returnTo") ?? "")),
    });
  } catch (error) {
    // signIn redirects by throwing; only Auth.js's own errors mean the sign-in failed.
    const refusal = signInRefusal(error);
    if (refusal) return { error: refusal.message, identifier };
    if (error instanceof TemporaryPasswordExpired) return { error: TEMPORARY_PASSWORD_EXPIRED, identifier };
    if (error instanceof AuthError) return { error: "That email or username and password do not match an account.", identifier };
    throw error;
  }
  return { error: null, identifier };
}
