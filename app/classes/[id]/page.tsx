import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClassSettings } from "@/components/classes/ClassSettings";
import { Roster } from "@/components/classes/Roster";
import { requireActor } from "@/lib/auth/require-actor";
import { getClass } from "@/lib/classes/get-class";
import { listAssignments } from "@/lib/classes/list-assignments";
import { NotFound } from "@/lib/errors";
import { LocalTime } from "@/components/time/LocalTime";
import { titleFor } from "@/lib/http/title-for";
import { ButtonLink } from "@/components/ui/Button";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return titleFor(async (actor) => (await getClass(actor, id)).name, "Class");
}

export default async function ClassPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/classes/${id}`);
  const found = await getClass(actor, id).catch((error: unknown) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
  const assignments = (await listAssignments(actor, { includeArchived: true })).filter((a) => a.classId === id);
  return (
    <div className="page">
      <p className="muted">
        <Link href="/classes">Classes</Link>
      </p>
      <h1>
        {found.name} {found.archived && <span className="badge">Archived</span>}
      </h1>
      {found.students && found.joinCode && (
        <ClassSettings classId={found.id} name={found.name} joinCode={found.joinCode} archived={found.archived} />
      )}
      <section aria-labelledby="assignments-heading">
        <h2 id="assignments-heading">Assignments</h2>
        {found.students && !found.archived && (
          <p>
            <ButtonLink variant="primary" href={`/assignments/new?classId=${found.id}`}>
              New assignment
            </ButtonLink>
          </p>
        )}
        {assignments.length === 0 ? (
          <p className="muted">No assignments yet.</p>
        ) : (
          <ul>
            {assignments.map((a) => (
              <li key={a.id}>
                <Link href={`/assignments/${a.id}`}>{a.title}</Link>
                {a.dueAt && <span className="muted"> · due <LocalTime iso={a.dueAt} /></span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      {found.students && <Roster classId={found.id} students={found.students} />}
    </div>
  );
}
