"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/app/account/password/actions";
import { FormStatus } from "@/components/ui/FormStatus";
import { NewPasswordFields } from "@/components/account/NewPasswordFields";
import { Button } from "@/components/ui/Button";

export function ChangePasswordForm({ required }: { required: boolean }) {
  const [state, action, pending] = useActionState(changePasswordAction, { ok: null });
  return (
    <form action={action} className="stack-form">
      <FormStatus state={state} />
      {required && <input type="hidden" name="required" value="1" />}
      <label htmlFor="currentPassword">{required ? "Temporary password" : "Current password"}</label>
      <input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" required />
      <NewPasswordFields />
      <Button variant="primary" type="submit" disabled={pending}>
        {pending ? "Saving…" : "Change password"}
      </Button>
    </form>
  );
}
