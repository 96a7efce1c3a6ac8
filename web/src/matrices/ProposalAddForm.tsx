import { type FormEvent, type Ref, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/constants';
import { FormActions } from '../components/FormActions';
import { uuidv4 } from '../lib/random';
import type { MatrixSend } from './send';

/** Proposes a further action; the text stays in the box if the change is refused before sending. */
export function ProposalAddForm({ matrix, send, textRef }: { matrix: string; send: MatrixSend; textRef?: Ref<HTMLTextAreaElement> }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clean = text.trim();
    if (clean && send.propose(uuidv4(), clean)) setText('');
  };
  return (
    <form className="wm-proposal-add" onSubmit={submit}>
      <label htmlFor={id} className="wm-field__label">
        {t('matricesUi.proposals.newLabel')}
      </label>
      <textarea
        id={id}
        ref={textRef}
        className="input wm-field__input"
        aria-label={t('matricesUi.labels.proposalNew', { matrix })}
        data-testid="wm-proposal-add-text"
        rows={2}
        maxLength={LIMITS.matrixText}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <FormActions
        submitLabel={t('matricesUi.proposals.add')}
        cancelLabel={t('matricesUi.proposals.cancel')}
        submitDisabled={text.trim() === ''}
        submitTestId="wm-proposal-add-submit"
      />
    </form>
  );
}
