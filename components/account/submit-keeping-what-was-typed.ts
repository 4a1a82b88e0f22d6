import type { FormEvent, TransitionStartFunction } from "react";

/**
 * A submit handler that runs a form action as React's `action` prop would, but without the
 * form reset React does after one, so a refusal ("no class has that code") leaves every field,
 * the password included, as it was typed. Without JavaScript the `action` prop still posts the form.
 */
export function submitKeepingWhatWasTyped(action: (form: FormData) => void, startTransition: TransitionStartFunction) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => action(form));
  };
}
