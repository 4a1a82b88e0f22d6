import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardList } from "@/components/ui/Card";
import { CreateClassForm } from "@/components/classes/CreateClassForm";
import { requireActor } from "@/lib/auth/require-actor";
import { listClasses } from "@/lib/classes/list-classes";

export const metadata: Metadata = { title: "Classes" };

export default async function ClassesPage() {
  const actor = await requireActor("/classes");
  const classes = await listClasses(actor);
  const teaches = actor.role !== "STUDENT";
  return (
    <div className="page">
      <h1>Classes</h1>
      {!teaches && <p><Link href="/join">Join a class with a code</Link></p>}
      {classes.length === 0 ? (
        <p>{teaches ? "You have no classes yet. Create one below, then give students its join code." : "You are not in a class yet."}</p>
      ) : (
        <CardList>
          {classes.map((c) => (
            <Card as="li" key={c.id}>
              <h2>
                <Link href={`/classes/${c.id}`}>{c.name}</Link> {c.archived && <span className="badge">Archived</span>}
              </h2>
              <p className="muted">
                {c.studentCount} {c.studentCount === 1 ? "student" : "students"}
                {c.joinCode && (
                  <>
                    {" · join code "}
                    <code className="join-code">{c.joinCode}</code>
                  </>
                )}
              </p>
            </Card>
          ))}
        </CardList>
      )}
      {teaches && (
        <Card as="section" className="form-card">
          <CreateClassForm />
        </Card>
      )}
    </div>
  );
}
