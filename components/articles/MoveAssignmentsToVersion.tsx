"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ArticleAssignmentDto, VersionMoveDto } from "@/lib/classes/article-version-schemas";
import { callApi } from "@/components/api-client";
import { Button } from "@/components/ui/Button";

interface MoveAssignmentsToVersionProps {
  /** The article's latest version, which the chosen assignments move to. */
  latestVersion: number;
  /** Every assignment on an older version of the article. */
  assignments: ArticleAssignmentDto[];
}

type Outcome = { title: string } & ({ ok: true; moved: VersionMoveDto } | { ok: false; message: string });

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a move did, in a teacher's words. */
function describeMove(moved: VersionMoveDto): string {
  const placed = moved.exact + moved.quote + moved.fuzzy;
  if (placed + moved.orphaned === 0) return `Moved to version ${moved.version}; it had no highlights.`;
  const parts = [
    moved.exact > 0 && `${moved.exact} where ${moved.exact === 1 ? "it was" : "they were"}`,
    moved.quote > 0 && `${moved.quote} found by ${moved.quote === 1 ? "its" : "their"} words`,
    moved.fuzzy > 0 && `${moved.fuzzy} found with small changes to ${moved.fuzzy === 1 ? "its" : "their"} words`,
  ].filter(Boolean);
  const orphans = moved.orphaned > 0 ? ` ${plural(moved.orphaned, "highlight", "highlights")} could not be placed in the new text: kept, shown beside the reader to ${moved.orphaned === 1 ? "its" : "their"} owner, and counted nowhere until placed again.` : "";
  return `Moved to version ${moved.version}: ${plural(placed, "highlight", "highlights")} placed (${parts.join(", ")}).${orphans}`;
}

/**
 * After the teacher edits an article's text: the assignments still on an older version, to
 * tick and move to the new one (each re-anchors its highlights), then what became of them.
 */
export function MoveAssignmentsToVersion({ latestVersion, assignments }: MoveAssignmentsToVersionProps) {
  const router = useRouter();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set());
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [pending, setPending] = useState(false);
  const movable = assignments.filter((a) => a.movable);

  const move = async () => {
    setPending(true);
    const results: Outcome[] = [];
    for (const assignment of movable.filter((a) => chosen.has(a.id))) {
      const outcome = await callApi<VersionMoveDto>("POST", `/api/assignments/${assignment.id}/article-version`, { version: latestVersion });
      results.push(outcome.ok ? { title: assignment.title, ok: true, moved: outcome.value } : { title: assignment.title, ok: false, message: outcome.message });
    }
    setOutcomes(results);
    setChosen(new Set());
    setPending(false);
    router.refresh();
  };

  if (assignments.length === 0 && outcomes.length === 0) return null;
  return (
    <section aria-labelledby="move-heading" className="stack-form">
      <h2 id="move-heading">Assignments on an older version</h2>
      {assignments.length > 0 && (
        <>
          <p>
            These assignments still use an older text, and their highlights point into it. Move the ones you want to version {latestVersion}: each highlight is
            found again in the new text, and those that cannot be are kept for their owner to place again.
          </p>
          <fieldset>
            <legend>Move to version {latestVersion}</legend>
            {assignments.map((assignment) => (
              <label key={assignment.id} className="tag-editor__check">
                <input
                  type="checkbox"
                  disabled={!assignment.movable || pending}
                  checked={chosen.has(assignment.id)}
                  onChange={(event) =>
                    setChosen((before) => {
                      const next = new Set(before);
                      if (event.target.checked) next.add(assignment.id);
                      else next.delete(assignment.id);
                      return next;
                    })
                  }
                />
                {assignment.title} ({assignment.className}): version {assignment.version}, {plural(assignment.annotationCount, "highlight", "highlights")}
                {!assignment.movable && " — only its class's teacher can move it, while the class is not archived"}
              </label>
            ))}
          </fieldset>
          <Button variant="primary" disabled={pending || chosen.size === 0} onClick={() => void move()}>
            {pending ? "Moving…" : `Move ${chosen.size === 0 ? "the chosen assignments" : plural(chosen.size, "assignment", "assignments")} to version ${latestVersion}`}
          </Button>
        </>
      )}
      <div aria-live="polite">
        {outcomes.length > 0 && (
          <ul className="move-outcomes">
            {outcomes.map((outcome, i) => (
              <li key={i} className={outcome.ok ? "form-success" : "form-error"}>
                <strong>{outcome.title}</strong>: {outcome.ok ? describeMove(outcome.moved) : outcome.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
