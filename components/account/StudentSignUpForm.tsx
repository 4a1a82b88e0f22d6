"use client";

import { useActionState, useTransition } from "react";
import { signUpStudentAction } from "@/app/join/actions";
import { PASSWORD_HINT, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-limits";
import { JOIN_CODE_SHAPE } from "@/lib/classes/join-code-format";
import { FormStatus } from "@/components/ui/FormStatus";
import { submitKeepingWhatWasTyped } from "@/components/account/submit-keeping-what-was-typed";
import { Button } from "@/components/ui/Button";

export function StudentSignUpForm({ initialCode }: { initialCode: string }) {
  const [state, action, pending] = useActionState(signUpStudentAction, { ok: null });
  const [, startTransition] = useTransition();
  // Without JavaScript the page is posted and drawn again: what was typed (but the password) comes back with a refusal.
  const typed = state.ok === true ? undefined : state.values;
  return (
    <form action={action} onSubmit={submitKeepingWhatWasTyped(action, startTransition)} className="stack-form">
      <FormStatus state={state} />
      <label htmlFor="code">Class code</label>
      <input id="code" name="code" required defaultValue={typed?.code ?? initialCode} autoCapitalize="characters" autoComplete="off" spellCheck={false} aria-describedby="code-help" />
      <p id="code-help" className="muted field-help">
        {JOIN_CODE_SHAPE}
      </p>
      <label htmlFor="name">Your name</label>
      <input id="name" name="name" autoComplete="name" required maxLength={100} defaultValue={typed?.name} />
      <label htmlFor="identifier">Email or a username</label>
      <input
        id="identifier"
        name="identifier"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        defaultValue={typed?.identifier}
        aria-describedby="identifier-help"
      />
      <p id="identifier-help" className="muted field-help">
        No email? Choose a username: 3 to 32 letters, digits, dots, dashes or underscores.
      </p>
      <label htmlFor="password">Password (at least {PASSWORD_MIN_LENGTH} characters)</label>
      <input id="password" name="password" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN_LENGTH} aria-describedby="password-hint" />
      <p className="muted field-help" id="password-hint">
        {PASSWORD_HINT}
      </p>
      <Button variant="primary" type="submit" disabled={pending}>
        {pending ? "Joining…" : "Create account and join"}
      </Button>
    </form>
  );
}
