import { useId, type ReactNode } from "react";

/** What a control inside a Field must carry so that its label, hint and error are announced with it. */
export interface FieldControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

interface FieldProps {
  label: ReactNode;
  /** Shown under the label, read with the control. */
  hint?: ReactNode;
  /** Shown under the control in the danger colour, and the control is marked invalid. */
  error?: string | null;
  children(control: FieldControlProps): ReactNode;
}

/**
 * A labelled control: the label above, then the hint, the control and its error, spaced as one
 * (form.css .field). The control is a render function so it can be any input, select or textarea.
 */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      )}
      {children({ id, "aria-describedby": describedBy, ...(error ? { "aria-invalid": true as const } : {}) })}
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
