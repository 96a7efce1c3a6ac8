import { useId } from 'react';

interface Props {
  /** What the switch decides, shown before it. */
  label: string;
  /** The option when off, and when on: both are always visible. */
  off: string;
  on: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId: string;
  /** Extra data-* shown on the switch for tests and styling. */
  dataValue?: string;
}

/** A switch between two named options ("participants write" / "facilitator records"), both visible. */
export function TwoWaySwitch({ label, off, on, checked, onChange, testId, dataValue }: Props) {
  const labelId = useId();
  return (
    <div className="mode-toggle">
      <span className="mode-toggle__label" id={labelId}>
        {label}
      </span>
      <button
        type="button"
        role="switch"
        aria-checked={checked}
        aria-label={on}
        aria-describedby={labelId}
        className="mode-toggle__switch"
        data-testid={testId}
        data-mode={dataValue}
        onClick={() => onChange(!checked)}
      >
        <span className={checked ? 'mode-toggle__option' : 'mode-toggle__option mode-toggle__option--on'} aria-hidden="true">
          {off}
        </span>
        <span className={checked ? 'mode-toggle__option mode-toggle__option--on' : 'mode-toggle__option'} aria-hidden="true">
          {on}
        </span>
      </button>
    </div>
  );
}
