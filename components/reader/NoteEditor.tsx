"use client";

import { useId, useState } from "react";
import { NOTE_MAX_LENGTH } from "@/lib/annotations/note-limits";
import { plainTextProblem } from "@/lib/text/plain-text-problem";

interface NoteEditorProps {
  note: string | null;
  onSave(note: string | null): void;
}

/** The note on one highlight: plain text up to 2,000 characters, checked before it is sent. */
export function NoteEditor({ note, onSave }: NoteEditorProps) {
  const id = useId();
  const [draft, setDraft] = useState(note ?? "");
  const problem = plainTextProblem(draft, NOTE_MAX_LENGTH);
  const unchanged = draft.trim() === (note ?? "").trim();
  return (
    <form
      className="note-editor"
      onSubmit={(event) => {
        event.preventDefault();
        if (!problem && !unchanged) onSave(draft.trim() === "" ? null : draft);
      }}
    >
      <label htmlFor={`${id}-note`}>Note (why you chose this tag)</label>
      <textarea
        id={`${id}-note`}
        value={draft}
        rows={3}
        maxLength={NOTE_MAX_LENGTH}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-count${problem ? ` ${id}-problem` : ""}`}
        onChange={(event) => setDraft(event.target.value)}
      />
      <div className="note-editor__footer">
        <span id={`${id}-count`} className="muted">
          {draft.length} / {NOTE_MAX_LENGTH}
        </span>
        {/* aria-disabled, not disabled: saving would otherwise disable the button in the student's hand and drop focus to the page. */}
        <button type="submit" aria-disabled={Boolean(problem) || unchanged}>
          Save note
        </button>
      </div>
      {problem && (
        <p id={`${id}-problem`} className="field-error" role="alert">
          The note {problem}.
        </p>
      )}
    </form>
  );
}
