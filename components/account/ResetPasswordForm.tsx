"use client";

import { useActionState } from "react";
import { resetPasswordAction } from "@/app/signin/reset/actions";
import { FormStatus } from "@/components/ui/FormStatus";
import { NewPasswordFields } from "@/components/account/NewPasswordFields";
import { Button, ButtonLink } from "@/components/ui/Button";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(resetPasswordAction, { ok: null });
  if (state.ok === true) {
    return (
      <>
        <FormStatus state={state} />
        <p>
          <ButtonLink variant="primary" href="/signin">
            Sign in
          </ButtonLink>
        </p>
      </>
    );
  }
  return (
    <form action={action} className="stack-form">
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields />
      <Button variant="primary" type="submit" disabled={pending}>
        {pending ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
