import { useId, type ReactNode } from "react";

interface Choice<T extends string> {
  value: T;
  label: ReactNode;
}

interface ChoiceGroupProps<T extends string> {
  legend: ReactNode;
  name: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange(value: NoInfer<T>): void;
  /** Under the choices: what the chosen one means, announced with the group. */
  hint?: ReactNode;
}

/** Radios as a row of outlined choices, the chosen one filled (form.css .choice-group). */
export function ChoiceGroup<T extends string>({ legend, name, choices, value, onChange, hint }: ChoiceGroupProps<T>) {
  const hintId = useId();
  return (
    <fieldset className="choice-group" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      <div className="choice-group__options">
        {choices.map((choice) => (
          <label key={choice.value} className="choice">
            <input type="radio" name={name} value={choice.value} checked={choice.value === value} onChange={() => onChange(choice.value)} />
            {choice.label}
          </label>
        ))}
      </div>
      {hint && (
        <p id={hintId} className="field__hint choice-group__hint">
          {hint}
        </p>
      )}
    </fieldset>
  );
}
