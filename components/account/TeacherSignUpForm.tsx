"use client";

import { useActionState } from "react";
import { signUpTeacherAction } from "@/app/signup/actions";
import { PASSWORD_HINT, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-limits";
import { FormStatus } from "@/components/ui/FormStatus";
import { Button } from "@/components/ui/Button";

export function TeacherSignUpForm() {
  const [state, action, pending] = useActionState(signUpTeacherAction, { ok: null });
  // React resets a form after its action; what was typed comes back with a refusal.
  const typed = state.ok === true ? undefined : state.values;
  return (
    <form action={action} className="stack-form">
      <FormStatus state={state} />
      <label htmlFor="name">Your name</label>
      <input id="name" name="name" autoComplete="name" required maxLength={100} defaultValue={typed?.name} />
      <label htmlFor="email">Email</label>
      <input id="email" name="email" type="email" autoComplete="email" required defaultValue={typed?.email} />
      <label htmlFor="password">Password (at least {PASSWORD_MIN_LENGTH} characters)</label>
      <input id="password" name="password" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN_LENGTH} aria-describedby="password-hint" />
      <p className="muted field-help" id="password-hint">
        {PASSWORD_HINT}
      </p>
      <Button variant="primary" type="submit" disabled={pending}>
        {pending ? "Creating your account…" : "Create teacher account"}
      </Button>
    </form>
  );
}
