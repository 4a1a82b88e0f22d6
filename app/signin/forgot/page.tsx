import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/account/ForgotPasswordForm";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <div className="narrow-page">
      <h1>Forgot your password?</h1>
      <p>Give the email address you sign in with, and we will send it a link to choose a new password.</p>
      <ForgotPasswordForm />
      <p className="muted">
        Do you sign in with a username instead? Ask your teacher to reset your password. <Link href="/signin">Back to sign in</Link>
      </p>
    </div>
  );
}
