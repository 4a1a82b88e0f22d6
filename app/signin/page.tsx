import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ForgetOfflinePages } from "@/components/offline/ForgetOfflinePages";
import { SignInForm } from "@/components/account/SignInForm";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { safeReturnPath } from "@/lib/http/safe-return-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { callbackUrl } = await searchParams;
  const returnTo = safeReturnPath(typeof callbackUrl === "string" ? callbackUrl : undefined);
  if (await getCurrentActor()) redirect(returnTo);
  return (
    <div className="narrow-page">
      <h1>Sign in to Slant</h1>
      <p className="muted">Read the news like a fact-checker: highlight quotes, opinions, loaded language and factual claims.</p>
      <ForgetOfflinePages />
      <SignInForm returnTo={returnTo} />
      <p>
        <Link href="/signin/forgot">Forgot your password?</Link>
      </p>
    </div>
  );
}
