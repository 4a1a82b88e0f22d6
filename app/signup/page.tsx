import type { Metadata } from "next";
import Link from "next/link";
import { TeacherSignUpForm } from "@/components/account/TeacherSignUpForm";

export const metadata: Metadata = { title: "Sign up as a teacher" };

export default function SignUpPage() {
  return (
    <div className="narrow-page">
      <h1>Sign up as a teacher</h1>
      <p className="muted">
        Create classes, add articles and run bias-spotting exercises. Students join with a class code:{" "}
        <Link href="/join">join a class</Link>.
      </p>
      <TeacherSignUpForm />
      <p>
        Already have an account? <Link href="/signin">Sign in</Link>
      </p>
    </div>
  );
}
