interface Props {
  submitLabel: string;
  cancelLabel: string;
  /** No cancel button without it (an add form that stays open). */
  onCancel?: () => void;
  submitDisabled?: boolean;
  submitTestId?: string;
  cancelTestId?: string;
}

/** The save and cancel buttons at the foot of every inline form. */
export function FormActions({ submitLabel, cancelLabel, onCancel, submitDisabled, submitTestId, cancelTestId }: Props) {
  return (
    <div className="form-actions">
      <button type="submit" className="button button--small" disabled={submitDisabled} data-testid={submitTestId}>
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="button button--small button--secondary" onClick={onCancel} data-testid={cancelTestId}>
          {cancelLabel}
        </button>
      )}
    </div>
  );
}
