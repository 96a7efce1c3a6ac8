import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/constants';
import { FormActions } from '../components/FormActions';

interface Props {
  /** Names the form for screen readers ("New cluster in Legal", "Rename the cluster X"). */
  title: string;
  initial?: string;
  submitText: string;
  onSubmit: (label: string) => void;
  onCancel: () => void;
  testId: string;
}

/** A cluster's label, to create or rename it; Escape cancels. */
export function ClusterLabelForm({ title, initial = '', submitText, onSubmit, onCancel, testId }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [label, setLabel] = useState(initial);
  const trimmed = label.trim();
  return (
    <form
      className="cluster-form"
      aria-label={title}
      data-testid={testId}
      onSubmit={(e) => {
        e.preventDefault();
        if (trimmed) onSubmit(trimmed);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <label htmlFor={`${id}-label`}>{t('organize.cluster.label')}</label>
      <input
        id={`${id}-label`}
        className="input organize-select"
        value={label}
        maxLength={LIMITS.clusterLabel}
        onChange={(e) => setLabel(e.target.value)}
        data-testid="pestle-cluster-label"
        // biome-ignore lint/a11y/noAutofocus: the user just asked to name a cluster
        autoFocus
      />
      <FormActions
        submitLabel={submitText}
        cancelLabel={t('organize.cluster.cancel')}
        onCancel={onCancel}
        submitDisabled={!trimmed}
        submitTestId="pestle-cluster-save"
      />
    </form>
  );
}
