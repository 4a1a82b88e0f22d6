import { TabLinks } from "@/components/ui/TabLinks";

export type TeacherView = "progress" | "review" | "compare" | "key" | "settings";

const LABELS: Record<TeacherView, string> = { progress: "Progress", review: "Review", compare: "Compare", key: "Answer key", settings: "Settings" };

/** The teacher's views of an assignment, as links (each view has its own address). */
export function AssignmentTabs({ assignmentId, current }: { assignmentId: string; current: TeacherView }) {
  const tabs = (Object.keys(LABELS) as TeacherView[]).map((view) => ({ href: `/assignments/${assignmentId}?view=${view}`, label: LABELS[view], current: view === current }));
  return <TabLinks label="Assignment views" tabs={tabs} />;
}
