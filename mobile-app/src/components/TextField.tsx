import { useId } from 'react';

/** A labelled input; its hint is linked with aria-describedby so it is not part of the name. */
export function TextField(props: {
  label: string;
  name: string;
  type?: 'text' | 'password';
  autoComplete: string;
  hint?: string;
  maxLength?: number;
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {props.label}
      </label>
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        autoComplete={props.autoComplete}
        autoCapitalize="off"
        maxLength={props.maxLength}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        required
      />
      {props.hint ? (
        <span className="field__hint" id={`${id}-hint`}>
          {props.hint}
        </span>
      ) : null}
    </div>
  );
}
