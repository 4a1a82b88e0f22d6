"use client";

import { useActionState } from "react";
import { signInAction, type SignInState } from "@/app/signin/actions";

const initial: SignInState = { error: null, email: "" };

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
      <label htmlFor="email">Email</label>
      <input
        id="email"
        name="email"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.email}
        aria-describedby={state.error ? "signin-error" : undefined}
      />
      <label htmlFor="password">Password</label>
      <input id="password" name="password" type="password" autoComplete="current-password" required />
      <button type="submit" className="primary-button" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
