"use client";

import { useActionState } from "react";
import { createClassAction } from "@/app/classes/actions";
import { FormStatus } from "@/components/ui/FormStatus";
import { Button } from "@/components/ui/Button";

export function CreateClassForm() {
  const [state, action, pending] = useActionState(createClassAction, { ok: null });
  return (
    <form action={action} className="inline-form" aria-labelledby="create-class-heading">
      <h2 id="create-class-heading">Create a class</h2>
      {state.ok ? (
        <p className="form-success" role="status">
          Created {state.value.name}. Its join code is <code className="join-code">{state.value.joinCode}</code>.
        </p>
      ) : (
        <FormStatus state={state} />
      )}
      <label htmlFor="class-name">Class name</label>
      <div className="inline-form__row">
        <input id="class-name" name="name" required maxLength={100} placeholder="e.g. Media Literacy, period 3" />
        <Button variant="primary" type="submit" disabled={pending}>
          Create class
        </Button>
      </div>
    </form>
  );
}
