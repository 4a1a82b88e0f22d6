"use client";

import { useState, type ReactNode } from "react";
import type { TagDefinition } from "@/lib/annotations/tags";
import { TagBadge } from "@/components/reader/TagBadge";
import { ScrollRegion } from "@/components/ui/ScrollRegion";
import { percentText } from "./compare-words";
import { ariaSortFor, MEASURES, nextSort, scoreOf, type Measure, type SortDirection, type SortKey, type SortState, type StudentScore } from "./score-sorting";

interface ScoresTableProps {
  /** Already in the order of `sort`. */
  students: StudentScore[];
  tags: TagDefinition[];
  /** How many key spans each tag has. */
  keyCounts: Record<string, number>;
  sort: SortState;
  onSort(key: SortKey): void;
  /** The id of the heading that names the table (and that the chart's description points to). */
  captionId: string;
  caption: string;
}

const MEASURE_WORDS: Record<Measure, string> = { precision: "Precision", recall: "Recall", f1: "F1" };

const directionWords = (key: SortKey, direction: SortDirection) =>
  key.kind === "name" ? (direction === "ascending" ? "A to Z" : "Z to A") : direction === "ascending" ? "lowest first" : "highest first";

/**
 * Each student's precision, recall and F1 against the key, over every tag and per tag, as a
 * table whose column headers sort it. It scrolls sideways inside its own box on a narrow screen
 * (a focusable region, so the keyboard can scroll it too), the names column staying in view.
 */
export function ScoresTable({ students, tags, keyCounts, sort, onSort, captionId, caption }: ScoresTableProps) {
  const [announcement, setAnnouncement] = useState("");
  const scopes: { id: string | null; label: string; heading: ReactNode }[] = [
    { id: null, label: "all tags", heading: "All tags" },
    ...tags.map((tag) => ({
      id: tag.id,
      label: tag.label,
      heading: (
        <>
          <TagBadge tag={tag} /> <span className="muted">(key: {keyCounts[tag.id] ?? 0})</span>
        </>
      ),
    })),
  ];

  const sortButton = (key: SortKey, text: string, context: string) => {
    const direction = ariaSortFor(sort, key);
    return (
      <button
        type="button"
        className="sort-button"
        // The header's own words plus the tag, so "F1" of one tag is not taken for another's.
        aria-label={`${text}${context}`}
        onClick={() => {
          onSort(key);
          // Said once the table has re-sorted: not every screen reader reads a change of aria-sort.
          setAnnouncement(`Sorted by ${text}${context}, ${directionWords(key, nextSort(sort, key).direction)}.`);
        }}
      >
        {text}
        <span className="sort-button__arrow" aria-hidden="true">
          {direction === "ascending" ? "▲" : direction === "descending" ? "▼" : "↕"}
        </span>
      </button>
    );
  };

  return (
    <>
      {/* A heading rather than a caption: a caption is as wide as the table, so on a phone it would scroll out of view. */}
      <h4 id={captionId}>{caption}</h4>
      <ScrollRegion labelledBy={captionId}>
        <table className="scores-table" aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col" rowSpan={2} aria-sort={ariaSortFor(sort, { kind: "name" })}>
                {sortButton({ kind: "name" }, "Student", "")}
              </th>
              {scopes.map((scope) => (
                <th key={scope.id ?? "all"} scope="colgroup" colSpan={MEASURES.length}>
                  {scope.heading}
                </th>
              ))}
            </tr>
            <tr>
              {scopes.flatMap((scope) =>
                MEASURES.map((measure) => {
                  const key: SortKey = { kind: "score", scope: scope.id, measure };
                  return (
                    <th key={`${scope.id ?? "all"}-${measure}`} scope="col" aria-sort={ariaSortFor(sort, key)}>
                      {sortButton(key, MEASURE_WORDS[measure], `, ${scope.label}`)}
                    </th>
                  );
                }),
              )}
            </tr>
          </thead>
          <tbody>
            {students.map((student) => (
              <tr key={student.id}>
                <th scope="row">{student.name}</th>
                {scopes.flatMap((scope) =>
                  MEASURES.map((measure) => {
                    const value = scoreOf(student, scope.id, measure);
                    return <td key={`${scope.id ?? "all"}-${measure}`}>{value === undefined ? "—" : percentText(value)}</td>;
                  }),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
