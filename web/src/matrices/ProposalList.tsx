import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/constants';
import type { ProposedAction } from '../../../shared/domain/state';
import { ProposalAddForm } from './ProposalAddForm';
import { ProposalEditor } from './ProposalEditor';
import type { MatrixSend } from './send';

interface Props {
  proposals: ProposedAction[];
  matrix: string;
  send: MatrixSend;
  onDirty: (key: string, dirty: boolean) => void;
}

/** The member's further actions, beyond the guide's slots, and the form to add one (up to the limit). */
export function ProposalList({ proposals, matrix, send, onDirty }: Props) {
  const { t } = useTranslation();
  const full = proposals.length >= LIMITS.proposalsPerMatrix;
  // A removed proposal takes its focused button with it: go on to the add box instead of the page's top.
  const addText = useRef<HTMLTextAreaElement>(null);
  return (
    <section className="wm-section">
      <h5>{t('matricesUi.proposals.heading')}</h5>
      <p className="hint">{t('matricesUi.proposals.hint')}</p>
      {proposals.length > 0 && (
        <ol className="wm-actions">
          {proposals.map((p, i) => (
            <ProposalEditor
              key={p.id}
              proposal={p}
              n={i + 1}
              matrix={matrix}
              send={send}
              onDirty={onDirty}
              onRemoved={() => addText.current?.focus()}
            />
          ))}
        </ol>
      )}
      {full ? (
        <p className="notice">{t('matricesUi.proposals.limit', { max: LIMITS.proposalsPerMatrix })}</p>
      ) : (
        <ProposalAddForm matrix={matrix} send={send} textRef={addText} />
      )}
    </section>
  );
}
