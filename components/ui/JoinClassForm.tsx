"use client";

import Link from "next/link";
import { useActionState } from "react";
import { joinClassAction } from "@/app/join/actions";
import { FormStatus } from "./FormStatus";

export function JoinClassForm({ initialCode }: { initialCode: string }) {
  const [state, action, pending] = useActionState(joinClassAction, { ok: null });
  return (
    <form action={action} className="stack-form">
      {state.ok ? (
        <p className="form-success" role="status">
          You joined {state.value}. <Link href="/assignments">See its assignments</Link>.
        </p>
      ) : (
        <FormStatus state={state} />
      )}
      <label htmlFor="code">Class code</label>
      <input id="code" name="code" required defaultValue={initialCode} autoCapitalize="characters" autoComplete="off" spellCheck={false} />
      <button type="submit" className="primary-button" disabled={pending}>
        {pending ? "Joining…" : "Join class"}
      </button>
    </form>
  );
}
