"use client";

import { useMemo, useState } from "react";
import type { TagDefinition } from "@/lib/annotations/tags";
import type { ComparisonDto } from "@/lib/classes/comparison-schemas";
import { ScoresChart } from "./ScoresChart";
import { ScoresTable } from "./ScoresTable";
import { DEFAULT_SORT, nextSort, sortStudents, type SortState, type StudentScore } from "./score-sorting";
import { StudentKeyDifferences } from "./StudentKeyDifferences";
import { createTaskQueue } from "./task-queue";

interface KeyScoresPanelProps {
  assignmentId: string;
  comparison: ComparisonDto & { students: StudentScore[] };
  tags: TagDefinition[];
}

const TABLE_CAPTION_ID = "key-scores-caption";
const byName = new Intl.Collator("en", { sensitivity: "base", numeric: true });
const highlightsWord = (n: number) => `${n} ${n === 1 ? "highlight" : "highlights"}`;

/**
 * "Against the answer key": each student's scores as a sortable table and a chart, and what each
 * missed and added, for the class's teacher. It is a chunk of its own (CompareView imports it
 * lazily), so a student's reader page, which never gets scores, never loads it.
 */
export function KeyScoresPanel({ assignmentId, comparison, tags }: KeyScoresPanelProps) {
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  // One queue for every save in the panel: each reads the comment it changes just before writing it.
  const [enqueue] = useState(() => createTaskQueue());
  const { students } = comparison;
  const key = useMemo(() => comparison.key ?? [], [comparison.key]);
  const sorted = useMemo(() => sortStudents(students, sort), [students, sort]);
  const byNameOrder = useMemo(() => [...students].sort((a, b) => byName.compare(a.name, b.name)), [students]);
  const keyCounts = useMemo(() => Object.fromEntries(tags.map((tag) => [tag.id, key.filter((span) => span.tag === tag.id).length])), [tags, key]);
  const basis = `${students.length} ${students.length === 1 ? "student" : "students"}${comparison.includesDrafts ? ", drafts included" : ", submitted work only"}`;

  return (
    <section aria-labelledby="key-scores-heading" className="compare-panel key-scores">
      <h3 id="key-scores-heading">Against the answer key</h3>
      <p>
        How closely each student&rsquo;s highlights match your key of {highlightsWord(key.length)}: <strong>precision</strong> is the share of
        what they highlighted that the key has with the same tag, <strong>recall</strong> the share of the key they found, and{" "}
        <strong>F1</strong> the balance of the two. A highlight that covers part of a key passage earns part of the credit (scored as in
        SemEval-2020 Task 11). A tag that neither the key nor the student used scores 100%.
      </p>
      {students.length === 0 ? (
        <p role="status">
          No student&rsquo;s work counts yet{comparison.includesDrafts ? "" : ": scores appear once students submit, or include drafts"}.
        </p>
      ) : (
        <>
          <ScoresTable
            students={sorted}
            tags={tags}
            keyCounts={keyCounts}
            sort={sort}
            onSort={(pressed) => setSort((current) => nextSort(current, pressed))}
            captionId={TABLE_CAPTION_ID}
            caption={`Scores against the answer key, based on ${basis}`}
          />
          <ScoresChart students={sorted} tableCaptionId={TABLE_CAPTION_ID} />
          <StudentKeyDifferences assignmentId={assignmentId} comparison={comparison} students={byNameOrder} tags={tags} enqueue={enqueue} />
        </>
      )}
    </section>
  );
}
