"use client";

import { useActionState } from "react";
import { requestPasswordResetAction } from "@/app/signin/forgot/actions";
import { FormStatus } from "@/components/ui/FormStatus";
import { Button } from "@/components/ui/Button";

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState(requestPasswordResetAction, { ok: null });
  const typed = state.ok === true ? undefined : state.values;
  return (
    <form action={action} className="stack-form">
      <FormStatus state={state} />
      <label htmlFor="email">Your account&apos;s email address</label>
      <input id="email" name="email" type="email" autoComplete="email" required defaultValue={typed?.email} />
      <Button variant="primary" type="submit" disabled={pending}>
        {pending ? "Sending…" : "Send me a link"}
      </Button>
    </form>
  );
}
