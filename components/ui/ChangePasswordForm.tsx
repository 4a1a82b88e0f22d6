"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/app/account/password/actions";
import { FormStatus } from "./FormStatus";
import { NewPasswordFields } from "./NewPasswordFields";

export function ChangePasswordForm({ required }: { required: boolean }) {
  const [state, action, pending] = useActionState(changePasswordAction, { ok: null });
  return (
    <form action={action} className="stack-form">
      <FormStatus state={state} />
      {required && <input type="hidden" name="required" value="1" />}
      <label htmlFor="currentPassword">{required ? "Temporary password" : "Current password"}</label>
      <input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" required />
      <NewPasswordFields />
      <button type="submit" className="primary-button" disabled={pending}>
        {pending ? "Saving…" : "Change password"}
      </button>
    </form>
  );
}
