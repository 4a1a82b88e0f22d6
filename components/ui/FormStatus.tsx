import type { FormState } from "@/lib/http/form-action";

/**
 * The result of a form's last submission: an error as an alert, a success as a status.
 * The live region is always there, so a screen reader hears what appears in it.
 */
export function FormStatus({ state, id }: { state: FormState<unknown>; id?: string }) {
  return (
    <div role="status" id={id}>
      {state.ok === false && (
        <p className="form-error" role="alert">
          {state.error}
        </p>
      )}
      {state.ok === true && state.message && <p className="form-success">{state.message}</p>}
    </div>
  );
}
