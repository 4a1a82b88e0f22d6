"use client";

import { useState } from "react";
import type { TagDefinition } from "@/lib/annotations/tags";
import type { SaveProblem } from "./annotation-sync";
import { excerpt } from "./excerpt";

interface SaveProblemsProps {
  problems: SaveProblem[];
  tags: TagDefinition[];
  onKeepMine(id: string): void;
  onTakeTheirs(id: string): void;
  onDiscard(): void;
  /** Offered when the work was handed in elsewhere: take it back, then the changes are sent again. */
  onTakeBackSubmission?: () => void;
  onRetry(): void;
}

const WHAT: Record<SaveProblem["kind"], string> = { create: "New highlight", update: "Change to", delete: "Deleting" };

/** The changes the server would not take, each with why, and what the student can do about them. Nothing here is dropped unasked. */
export function SaveProblems({ problems, tags, onKeepMine, onTakeTheirs, onDiscard, onTakeBackSubmission, onRetry }: SaveProblemsProps) {
  const [copied, setCopied] = useState<string | null>(null);
  if (problems.length === 0) return null;
  const refused = problems.filter((p) => !p.theirs);
  const conflicts = problems.filter((p) => p.theirs);
  const tagLabel = (id: string) => tags.find((t) => t.id === id)?.label ?? id;
  const submitted = refused.some((p) => p.code === "work_submitted");

  const copy = async () => {
    const text = refused.map((p) => `“${p.annotation.exact}” (${tagLabel(p.annotation.tag)})${p.annotation.note ? `: ${p.annotation.note}` : ""}`).join("\n");
    try {
      await navigator.clipboard.writeText(text);
      setCopied("Copied. Paste them wherever you keep notes.");
    } catch {
      setCopied("This browser would not copy. Select the list above and copy it yourself.");
    }
  };

  return (
    <section className="save-problems" aria-labelledby="save-problems-heading">
      <h2 id="save-problems-heading">{problems.length === 1 ? "1 change could not be saved" : `${problems.length} changes could not be saved`}</h2>
      {conflicts.map((p) => (
        <div key={p.id} className="save-problems__conflict" role="group" aria-label={`Changed elsewhere: “${excerpt(p.annotation.exact, 40)}”`}>
          <p>
            <strong>“{excerpt(p.annotation.exact, 90)}”</strong> was changed in another tab or on another device.
          </p>
          <dl>
            <dt>Yours</dt>
            <dd>{p.kind === "delete" ? "Delete it" : `${tagLabel(p.annotation.tag)}${p.annotation.note ? `: ${p.annotation.note}` : ", no note"}`}</dd>
            <dt>The other</dt>
            <dd>{`${tagLabel(p.theirs!.tag)}${p.theirs!.note ? `: ${p.theirs!.note}` : ", no note"}`}</dd>
          </dl>
          <button type="button" className="primary-button" onClick={() => onKeepMine(p.id)}>
            Keep mine
          </button>{" "}
          <button type="button" onClick={() => onTakeTheirs(p.id)}>
            Use the other
          </button>
        </div>
      ))}
      {refused.length > 0 && (
        <>
          <ul>
            {refused.map((p) => (
              <li key={p.id}>
                {WHAT[p.kind]} “{excerpt(p.annotation.exact, 90)}” ({tagLabel(p.annotation.tag)}): {p.message}
              </li>
            ))}
          </ul>
          <p className="save-problems__actions">
            {submitted && onTakeBackSubmission && (
              <button type="button" className="primary-button" onClick={onTakeBackSubmission}>
                Take my submission back and save them
              </button>
            )}{" "}
            {!submitted && (
              <button type="button" onClick={onRetry}>
                Try again
              </button>
            )}{" "}
            <button type="button" onClick={() => void copy()}>
              Copy them as text
            </button>{" "}
            <button type="button" onClick={() => window.confirm(`Discard ${refused.length === 1 ? "this change" : `these ${refused.length} changes`}? They cannot be brought back.`) && onDiscard()}>
              Discard them
            </button>
          </p>
          {copied && <p role="status">{copied}</p>}
        </>
      )}
    </section>
  );
}
