import Link from "next/link";

export type TeacherView = "progress" | "review" | "compare" | "key" | "settings";

const LABELS: Record<TeacherView, string> = { progress: "Progress", review: "Review", compare: "Compare", key: "Answer key", settings: "Settings" };

/** The teacher's views of an assignment, as links (each view has its own address). */
export function AssignmentTabs({ assignmentId, current }: { assignmentId: string; current: TeacherView }) {
  return (
    <nav aria-label="Assignment views" className="view-tabs">
      {(Object.keys(LABELS) as TeacherView[]).map((view) => (
        <Link key={view} href={`/assignments/${assignmentId}?view=${view}`} aria-current={view === current ? "page" : undefined}>
          {LABELS[view]}
        </Link>
      ))}
    </nav>
  );
}
