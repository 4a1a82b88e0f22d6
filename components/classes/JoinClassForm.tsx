"use client";

import Link from "next/link";
import { useActionState, useTransition } from "react";
import { joinClassAction } from "@/app/join/actions";
import { JOIN_CODE_SHAPE } from "@/lib/classes/join-code-format";
import { FormStatus } from "@/components/ui/FormStatus";
import { submitKeepingWhatWasTyped } from "@/components/account/submit-keeping-what-was-typed";
import { Button } from "@/components/ui/Button";

export function JoinClassForm({ initialCode }: { initialCode: string }) {
  const [state, action, pending] = useActionState(joinClassAction, { ok: null });
  const [, startTransition] = useTransition();
  return (
    <form action={action} onSubmit={submitKeepingWhatWasTyped(action, startTransition)} className="stack-form">
      {state.ok ? (
        <p className="form-success" role="status">
          You joined {state.value}. <Link href="/assignments">See its assignments</Link>.
        </p>
      ) : (
        <FormStatus state={state} />
      )}
      <label htmlFor="code">Class code</label>
      <input id="code" name="code" required defaultValue={initialCode} autoCapitalize="characters" autoComplete="off" spellCheck={false} aria-describedby="code-help" />
      <p id="code-help" className="muted field-help">
        {JOIN_CODE_SHAPE}
      </p>
      <Button variant="primary" type="submit" disabled={pending}>
        {pending ? "Joining…" : "Join class"}
      </Button>
    </form>
  );
}
