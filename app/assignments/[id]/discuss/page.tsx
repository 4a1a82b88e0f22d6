import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DiscussionView } from "@/components/compare/DiscussionView";
import { requireActor } from "@/lib/auth/require-actor";
import { CompareQuery } from "@/lib/classes/comparison-schemas";
import { getAssignment } from "@/lib/classes/get-assignment";
import { getAssignmentComparison } from "@/lib/classes/get-assignment-comparison";
import { DomainError, NotFound } from "@/lib/errors";
import { titleFor } from "@/lib/http/title-for";

interface PageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return titleFor(async (actor) => `Discussion: ${(await getAssignment(actor, id)).title}`, "Discussion");
}

/** The class's disagreements one at a time, for the projector: no names, large type, keys to move on. */
export default async function DiscussionPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  const actor = await requireActor(`/assignments/${id}/discuss`);
  const assignment = await getAssignment(actor, id).catch((error: unknown) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
  const query = CompareQuery.safeParse(Object.fromEntries(Object.entries(await searchParams).filter((entry): entry is [string, string] => typeof entry[1] === "string" && ["tag", "includeDrafts"].includes(entry[0]))));
  const kept = new URLSearchParams({ view: "compare", ...(query.success && query.data.tag && { tag: query.data.tag }), ...(query.success && query.data.includeDrafts && { includeDrafts: "true" }) });
  // Back where the teacher came from: the Compare tab with the same tag and drafts choice.
  const back = assignment.viewerRole === "STUDENT" ? `/assignments/${id}` : `/assignments/${id}?${kept}`;
  const comparison = await getAssignmentComparison(actor, id, query.success ? query.data : {}).catch((error: unknown) => {
    if (error instanceof DomainError && error.status < 500) return error;
    throw error;
  });
  return (
    <div className="page page--wide discussion-page">
      <p className="muted">
        <Link href={back}>Back to {assignment.viewerRole === "STUDENT" ? "the assignment" : "Compare"}</Link>
      </p>
      <h1>Discussion: {assignment.title}</h1>
      {comparison instanceof DomainError ? (
        <p role="alert">{comparison.message}</p>
      ) : (
        <DiscussionView hotspots={comparison.hotspots} readers={comparison.readers} tags={assignment.tags} text={assignment.article.text} />
      )}
    </div>
  );
}
