import type { Metadata } from "next";
import Link from "next/link";
import { JoinClassForm } from "@/components/classes/JoinClassForm";
import { StudentSignUpForm } from "@/components/account/StudentSignUpForm";
import { getCurrentActor } from "@/lib/auth/current-actor";

export const metadata: Metadata = { title: "Join a class" };

export default async function JoinPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { code } = await searchParams;
  const initialCode = typeof code === "string" ? code : "";
  const actor = await getCurrentActor();
  if (actor) {
    return (
      <div className="narrow-page">
        <h1>Join a class</h1>
        {actor.role === "STUDENT" ? (
          <JoinClassForm initialCode={initialCode} />
        ) : (
          <p>Class codes are for students. Your classes are on the <Link href="/classes">Classes</Link> page.</p>
        )}
      </div>
    );
  }
  return (
    <div className="narrow-page">
      <h1>Join a class</h1>
      <p className="muted">Your teacher gives you a class code. Make your account here; an email address is optional.</p>
      <StudentSignUpForm initialCode={initialCode} />
      <p>
        Already have an account? <Link href={`/signin?callbackUrl=${encodeURIComponent(`/join${initialCode ? `?code=${initialCode}` : ""}`)}`}>Sign in</Link>, then join.
      </p>
    </div>
  );
}
