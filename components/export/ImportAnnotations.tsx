"use client";

import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/Button";

interface ImportAnnotationsProps {
  assignmentId: string;
  /** key: the teacher's answer key; mine: a student's own highlights before they hand in. */
  as: "key" | "mine";
}

interface Problem {
  id: string;
  text: string;
  problem: string;
}

type State = { kind: "idle" } | { kind: "working" } | { kind: "failed"; message: string; problems: Problem[] } | { kind: "done"; created: number };

/** The API's 422 lists what could not be placed under details.problems. */
function problemsOf(body: unknown): Problem[] {
  const problems = (body as { error?: { details?: { problems?: unknown } } } | null)?.error?.details?.problems;
  return Array.isArray(problems) ? problems.filter((p): p is Problem => typeof p?.id === "string" && typeof p?.problem === "string") : [];
}

/**
 * Bringing in highlights made elsewhere, as a W3C Web Annotation file (Slant's own JSON-LD
 * export, or another tool's): all or nothing, and what cannot be placed is listed.
 */
export function ImportAnnotations({ assignmentId, as }: ImportAnnotationsProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: "idle" });
  const running = useRef(false);

  const upload = async () => {
    const file = input.current?.files?.[0];
    if (!file) return setState({ kind: "failed", message: "Choose a .jsonld file first.", problems: [] });
    if (running.current) return;
    running.current = true;
    setState({ kind: "working" });
    try {
      const response = await fetch(`/api/assignments/${assignmentId}/import?as=${as}`, {
        method: "POST",
        credentials: "same-origin",
        headers: { "content-type": "application/ld+json" },
        body: await file.text(),
      });
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok) {
        const message = (body as { error?: { message?: string } } | null)?.error?.message ?? `The server answered ${response.status}.`;
        return setState({ kind: "failed", message, problems: problemsOf(body) });
      }
      setState({ kind: "done", created: (body as { created?: number } | null)?.created ?? 0 });
      // The reader holds the highlights it loaded: show the imported set as the server has it.
      window.location.reload();
    } catch {
      setState({ kind: "failed", message: "You seem to be offline: nothing was imported.", problems: [] });
    } finally {
      running.current = false;
    }
  };

  return (
    <details className="import-annotations">
      <summary>{as === "key" ? "Import an answer key…" : "Import highlights made elsewhere…"}</summary>
      <form
        className="export-form"
        onSubmit={(event) => {
          event.preventDefault();
          void upload();
        }}
      >
        <p className="muted">
          A W3C Web Annotation file (.jsonld), such as Slant&rsquo;s own export. It replaces {as === "key" ? "your highlights, which then become the answer key" : "your highlights on this assignment"}; if any highlight cannot be placed in this article, nothing is imported.
        </p>
        <label htmlFor={`${id}-file`}>File</label>
        <input id={`${id}-file`} ref={input} type="file" accept=".jsonld,.json,application/ld+json,application/json" />
        <Button variant="primary" type="submit" aria-disabled={state.kind === "working"}>
          {state.kind === "working" ? "Importing…" : "Import"}
        </Button>
        <div role="status">
          {state.kind === "done" && <p>Imported {state.created} highlights.</p>}
          {state.kind === "failed" && (
            <>
              <p className="form-error">{state.message}</p>
              {state.problems.length > 0 && (
                <ul>
                  {state.problems.map((p) => (
                    <li key={p.id}>
                      <q>{p.text}</q>: {p.problem}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </div>
      </form>
    </details>
  );
}
