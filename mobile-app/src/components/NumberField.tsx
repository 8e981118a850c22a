import { useId } from 'react';

/**
 * A labelled field for a number (decimal keypad on phones). Its error, when shown, sits
 * under it, is linked with aria-describedby and marks the input invalid.
 */
export function NumberField(props: {
  label: string;
  name: string;
  value: string;
  /** Shown under the field; null when there is nothing to say (yet). */
  error: string | null;
  required?: boolean;
  onChange: (text: string) => void;
  onBlur?: () => void;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {props.label}
      </label>
      <input
        id={id}
        name={props.name}
        inputMode="decimal"
        autoComplete="off"
        value={props.value}
        required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId : undefined}
        onChange={(event) => props.onChange(event.target.value)}
        onBlur={props.onBlur}
      />
      {props.error ? (
        <span className="field__error" id={errorId} role="alert">
          {props.error}
        </span>
      ) : null}
    </div>
  );
}
