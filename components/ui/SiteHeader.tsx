import Link from "next/link";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { signOutAction } from "@/app/sign-out-action";

export async function SiteHeader() {
  const actor = await getCurrentActor();
  return (
    <header className="site-header">
      <Link href={actor ? "/assignments" : "/"} className="brand">
        Slant
      </Link>
      {actor && (
        <nav aria-label="Account" className="site-header__account">
          <Link href="/assignments">Assignments</Link>
          <span className="muted">
            {actor.name} ({actor.role === "TEACHER" ? "teacher" : actor.role === "ADMIN" ? "admin" : "student"})
          </span>
          <form action={signOutAction}>
            <button type="submit" className="link-button">
              Sign out
            </button>
          </form>
        </nav>
      )}
    </header>
  );
}
