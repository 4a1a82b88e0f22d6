"use client";

import Link from "next/link";
import { useActionState } from "react";
import { resetPasswordAction } from "@/app/signin/reset/actions";
import { FormStatus } from "./FormStatus";
import { NewPasswordFields } from "./NewPasswordFields";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(resetPasswordAction, { ok: null });
  if (state.ok === true) {
    return (
      <>
        <FormStatus state={state} />
        <p>
          <Link className="primary-link" href="/signin">
            Sign in
          </Link>
        </p>
      </>
    );
  }
  return (
    <form action={action} className="stack-form">
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields />
      <button type="submit" className="primary-button" disabled={pending}>
        {pending ? "Saving…" : "Set new password"}
      </button>
    </form>
  );
}
