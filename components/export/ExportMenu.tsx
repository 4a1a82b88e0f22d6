"use client";

import { useId, useRef, useState } from "react";
import { exportUrl, fileNameFrom, FORMAT_LABELS, SCOPE_LABELS, type ExportScopeChoice } from "./export-choices";
import { Button } from "@/components/ui/Button";

interface ExportMenuProps {
  assignmentId: string;
  formats: string[];
  /** The scopes this viewer may export, in the order to offer them. */
  scopes: ExportScopeChoice[];
  /** For scope "student": the class's students (teachers only). */
  students: { id: string; name: string }[];
  /** A word of warning shown with a scope (a student's class export can make their work final). */
  scopeNotes?: Partial<Record<ExportScopeChoice, string>>;
}

type State = { kind: "idle" } | { kind: "working" } | { kind: "done"; fileName: string } | { kind: "failed"; message: string };

/**
 * The Export menu: a format, whose work, and whether to hide names; the file is fetched so a
 * refusal is shown in words, and a second click while one export runs does nothing.
 */
export function ExportMenu({ assignmentId, formats, scopes, students, scopeNotes = {} }: ExportMenuProps) {
  const id = useId();
  const [format, setFormat] = useState(formats[0] ?? "");
  const [scope, setScope] = useState<ExportScopeChoice>(scopes[0] ?? "mine");
  const [student, setStudent] = useState(students[0]?.id ?? null);
  const [pseudonymize, setPseudonymize] = useState(false);
  const [paper, setPaper] = useState<"a4" | "letter">("a4");
  const [state, setState] = useState<State>({ kind: "idle" });
  const running = useRef(false);
  // A choice changed after a download or a refusal: the old line no longer speaks of this file.
  const changed = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    if (!running.current) setState({ kind: "idle" });
  };

  const download = async () => {
    if (running.current) return;
    running.current = true;
    setState({ kind: "working" });
    try {
      const response = await fetch(exportUrl(assignmentId, { format, scope, student, pseudonymize, paper }), { credentials: "same-origin" });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        setState({ kind: "failed", message: body?.error?.message ?? `The server answered ${response.status}.` });
        return;
      }
      const fileName = fileNameFrom(response.headers.get("content-disposition"), `export.${format}`);
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = fileName;
      link.click();
      // Give the browser a moment to start the download before the address is let go.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ kind: "done", fileName });
    } catch {
      setState({ kind: "failed", message: "You seem to be offline: the export could not be fetched." });
    } finally {
      running.current = false;
    }
  };

  if (formats.length === 0 || scopes.length === 0) return null;
  const working = state.kind === "working";
  const scopeNote = scopeNotes[scope];
  return (
    <details className="export-menu">
      <summary>Export…</summary>
      <form
        className="export-form"
        aria-labelledby={`${id}-title`}
        onSubmit={(event) => {
          event.preventDefault();
          void download();
        }}
      >
        <h2 id={`${id}-title`} className="export-title">
          Export this assignment
        </h2>
        <label>
          Format{" "}
          <select value={format} onChange={(event) => changed(setFormat)(event.target.value)}>
            {formats.map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABELS[f] ?? f}
              </option>
            ))}
          </select>
        </label>
        {format === "pdf" && (
          <label>
            Paper{" "}
            <select value={paper} onChange={(event) => changed(setPaper)(event.target.value === "letter" ? "letter" : "a4")}>
              <option value="a4">A4</option>
              <option value="letter">US Letter</option>
            </select>
          </label>
        )}
        {scopes.length > 1 ? (
          <label>
            Whose work{" "}
            <select
              value={scope}
              onChange={(event) => changed(setScope)(event.target.value as ExportScopeChoice)}
              aria-describedby={scopeNote ? `${id}-scope-note` : undefined}
            >
              {scopes.map((s) => (
                <option key={s} value={s}>
                  {SCOPE_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
        ) : (
          // With one choice there is nothing to pick, but the reader should still know whose work the file holds.
          <p>Whose work: {SCOPE_LABELS[scope]}</p>
        )}
        {scope === "student" && (
          <label>
            Student{" "}
            <select value={student ?? ""} onChange={(event) => changed(setStudent)(event.target.value || null)}>
              {students.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {scopeNote && (
          <p id={`${id}-scope-note`} className="muted">
            {scopeNote}
          </p>
        )}
        <label className="export-check">
          <input type="checkbox" checked={pseudonymize} onChange={(event) => changed(setPseudonymize)(event.target.checked)} /> Hide every name (Reader 1, Reader 2…)
        </label>
        {/* aria-disabled, not disabled: the button keeps the focus while the file is made. */}
        <Button variant="primary" type="submit" aria-disabled={working}>
          {working ? "Preparing the file…" : "Download"}
        </Button>
        <p role="status" className={state.kind === "failed" ? "form-error" : "muted"}>
          {state.kind === "done" && `Downloaded ${state.fileName}.`}
          {state.kind === "failed" && state.message}
        </p>
      </form>
    </details>
  );
}
