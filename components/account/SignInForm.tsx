"use client";

import { useActionState } from "react";
import { signInAction, type SignInState } from "@/app/signin/actions";
import { Button } from "@/components/ui/Button";

const initial: SignInState = { error: null, identifier: "" };

export function SignInForm({ returnTo }: { returnTo: string }) {
  const [state, action, pending] = useActionState(signInAction, initial);
  return (
    <form action={action} className="stack-form" noValidate>
      <input type="hidden" name="returnTo" value={returnTo} />
      {state.error && (
        <p className="form-error" role="alert" id="signin-error">
          {state.error}
        </p>
      )}
      <label htmlFor="identifier">Email or username</label>
      <input
        id="identifier"
        name="identifier"
        type="text"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        defaultValue={state.identifier}
        aria-describedby={state.error ? "signin-error" : undefined}
      />
      <label htmlFor="password">Password</label>
      <input id="password" name="password" type="password" autoComplete="current-password" required />
      <Button variant="primary" type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
