import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { own } from '../../../shared/domain/decision';
import type { WorkingMatrix } from '../../../shared/domain/state';
import type { MatrixOutline } from '../../../shared/domain/working-matrices';
import { localize, type Template } from '../../../shared/template/schema';
import { useLang } from '../content/useLang';
import { ActionSlotEditor } from './ActionSlotEditor';
import { AutosaveField } from './AutosaveField';
import { MatrixHeader } from './MatrixHeader';
import { matrixName } from './outline';
import { ProposalList } from './ProposalList';
import { SaveStatus } from './SaveStatus';
import type { MatrixSend } from './send';
import { useDirtyFields } from './useDirtyFields';

interface Props {
  outline: MatrixOutline;
  matrix: WorkingMatrix;
  fields: Template['matrices']['working']['fields'];
  /** A change of the member's is not yet confirmed by the server. */
  pending: boolean;
  send: MatrixSend;
}

const NO_ACTION = { text: '', comment: '' };

/** One of the member's own working matrices, every field saved as they type. */
export function MatrixEditor({ outline, matrix, fields, pending, send }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const headingId = useId();
  const dirty = useDirtyFields();
  const name = matrixName(outline, lang);
  const label = (field: keyof typeof fields) => ({
    label: localize(fields[field], lang),
    name: t('matricesUi.labels.field', { field: localize(fields[field], lang), matrix: name }),
  });
  return (
    <article className="wm-card" aria-labelledby={headingId} data-testid="working-matrix-editor" data-matrix={outline.id}>
      <MatrixHeader outline={outline} fields={fields} headingId={headingId}>
        <SaveStatus saving={dirty.any || pending} />
      </MatrixHeader>
      <AutosaveField
        {...label('commitment')}
        value={matrix.commitment}
        save={(text) => send.set('commitment', text)}
        testId="wm-commitment"
        hint={outline.commitment && t('matricesUi.matrix.guideCommitment', { text: localize(outline.commitment, lang) })}
        onDirtyChange={(d) => dirty.report('commitment', d)}
      />
      <section className="wm-section">
        <h5>{localize(fields.actions, lang)}</h5>
        {outline.actions.some((a) => a.text) && <p className="hint">{t('matricesUi.action.guideText')}</p>}
        <ol className="wm-actions">
          {outline.actions.map((action, i) => (
            <ActionSlotEditor
              key={String(i + 1)}
              slot={i + 1}
              guide={action}
              stored={own(matrix.actions, String(i + 1)) ?? NO_ACTION}
              matrix={name}
              send={send}
              onDirty={dirty.report}
            />
          ))}
        </ol>
      </section>
      <ProposalList proposals={matrix.proposals} matrix={name} send={send} onDirty={dirty.report} />
      <AutosaveField
        {...label('participantNotes')}
        value={matrix.notes}
        save={(text) => send.set('notes', text)}
        testId="wm-notes"
        rows={3}
        onDirtyChange={(d) => dirty.report('notes', d)}
      />
    </article>
  );
}
