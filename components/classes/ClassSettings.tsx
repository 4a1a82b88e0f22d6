"use client";

import { useActionState, useState, useTransition } from "react";
import { regenerateJoinCodeAction, renameClassAction, setClassArchivedAction } from "@/app/classes/actions";
import type { FormState } from "@/lib/http/form-action";
import { CopyableCode } from "@/components/ui/CopyableCode";
import { FormStatus } from "@/components/ui/FormStatus";

interface ClassSettingsProps {
  classId: string;
  name: string;
  joinCode: string;
  archived: boolean;
}

/** The teacher's controls for a class: its name, its join code, and archiving it. */
export function ClassSettings({ classId, name, joinCode, archived }: ClassSettingsProps) {
  const [renameState, rename, renaming] = useActionState(renameClassAction.bind(null, classId), { ok: null });
  const [result, setResult] = useState<FormState<unknown>>({ ok: null });
  const [pending, startTransition] = useTransition();
  const run = (work: () => Promise<FormState<unknown>>) => startTransition(async () => setResult(await work()));

  return (
    <section aria-labelledby="settings-heading" className="settings">
      <h2 id="settings-heading">Class settings</h2>
      <div className="join-code-panel">
        <p>
          Join code: <CopyableCode text={joinCode} label="Copy join code" what="join code" large />
        </p>
        <p className="muted">
          Students sign up at <strong>/join</strong> with this code. A new code stops the old one working; students already in stay in.
        </p>
        <button
          type="button"
          disabled={pending || archived}
          onClick={() =>
            run(async () => {
              const result = await regenerateJoinCodeAction(classId);
              return result.ok ? { ...result, message: `New join code: ${result.value}. The old one no longer works.` } : result;
            })
          }
        >
          Make a new code
        </button>
      </div>
      <form action={rename} className="inline-form">
        <label htmlFor="rename">Name</label>
        <div className="inline-form__row">
          <input id="rename" name="name" defaultValue={name} required maxLength={100} />
          <button type="submit" disabled={renaming}>
            Rename
          </button>
        </div>
        <FormStatus state={renameState} />
      </form>
      <p>
        <button type="button" disabled={pending} onClick={() => run(() => setClassArchivedAction(classId, !archived))}>
          {archived ? "Bring the class back" : "Archive the class"}
        </button>{" "}
        <span className="muted">
          {archived ? "Archived: students can read their work but not change it." : "Archiving keeps all work but stops changes."}
        </span>
      </p>
      <FormStatus state={result} />
    </section>
  );
}
