import type { FormState } from "@/lib/http/form-action";

/** The result of a form's last submission: an error as an alert, a success as a status. */
export function FormStatus({ state, id }: { state: FormState<unknown>; id?: string }) {
  if (state.ok === false) {
    return (
      <p className="form-error" role="alert" id={id}>
        {state.error}
      </p>
    );
  }
  if (state.ok && state.message) {
    return (
      <p className="form-success" role="status" id={id}>
        {state.message}
      </p>
    );
  }
  return null;
}
