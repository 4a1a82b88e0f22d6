import Link from "next/link";
import { signOutAction } from "@/app/sign-out-action";
import { SignOutButton } from "@/components/offline/SignOutButton";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { NavLink } from "./NavLink";

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
          <NavLink href="/assignments">Assignments</NavLink>
          <NavLink href="/classes">Classes</NavLink>
          {actor.role !== "STUDENT" && <NavLink href="/articles">Articles</NavLink>}
          <span className="site-header__who">
            {actor.name} <span className="muted">({ROLE_LABEL[actor.role]})</span>
          </span>
          <NavLink href="/account/password">Password</NavLink>
          <form action={signOutAction}>
            <SignOutButton />
          </form>
        </nav>
      ) : (
        <nav aria-label="Main" className="site-header__nav">
          <NavLink href="/signin">Sign in</NavLink>
          <NavLink href="/join">Join a class</NavLink>
          <NavLink href="/signup">Teacher sign-up</NavLink>
        </nav>
      )}
    </header>
  );
}
