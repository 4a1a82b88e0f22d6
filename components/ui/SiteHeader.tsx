import Link from "next/link";
import { signOutAction } from "@/app/sign-out-action";
import { SignOutButton } from "@/components/offline/SignOutButton";
import { getCurrentActor } from "@/lib/auth/current-actor";

const ROLE_LABEL = { TEACHER: "teacher", STUDENT: "student", ADMIN: "admin" } as const;

export async function SiteHeader() {
  const actor = await getCurrentActor();
  return (
    <header className="site-header">
      <Link href={actor ? "/assignments" : "/"} className="brand">
        Slant
      </Link>
      {actor ? (
        <nav aria-label="Main" className="site-header__nav">
          <Link href="/assignments">Assignments</Link>
          <Link href="/classes">Classes</Link>
          {actor.role !== "STUDENT" && <Link href="/articles">Articles</Link>}
          <span className="muted">
            {actor.name} ({ROLE_LABEL[actor.role]})
          </span>
          <Link href="/account/password">Password</Link>
          <form action={signOutAction}>
            <SignOutButton />
          </form>
        </nav>
      ) : (
        <nav aria-label="Main" className="site-header__nav">
          <Link href="/signin">Sign in</Link>
          <Link href="/join">Join a class</Link>
          <Link href="/signup">Teacher sign-up</Link>
        </nav>
      )}
    </header>
  );
}
