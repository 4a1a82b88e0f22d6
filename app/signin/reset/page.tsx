import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/account/ResetPasswordForm";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

/** Where the emailed link lands. The token is checked when the form is sent, not on opening (mail scanners open links). */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  return (
    <div className="narrow-page">
      <h1>Choose a new password</h1>
      {typeof token === "string" && token !== "" ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p role="alert">
          This page needs the link from the email. <Link href="/signin/forgot">Ask for a new link</Link>
        </p>
      )}
    </div>
  );
}
