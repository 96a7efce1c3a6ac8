import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { finalOf } from '../../../shared/domain/final-matrix-model';
import type { Actor, WorkshopState } from '../../../shared/domain/state';
import { localize, type Template } from '../../../shared/template/schema';
import { useLang } from '../content/useLang';
import { SaveStatus } from '../matrices/SaveStatus';
import { useDirtyFields } from '../matrices/useDirtyFields';
import type { Mutate } from '../pestle/types';
import { isUnconfirmed } from '../sync/pending';
import { finalAccess } from './access';
import { ActionList } from './ActionList';
import { cellBinding, type EditorCtx } from './editorCtx';
import { FinalCellField } from './FinalCellField';
import { FinalVoting } from './FinalVoting';
import { Provenance } from './Provenance';
import { finalSender } from './send';

interface Props {
  view: WorkshopState;
  confirmed: WorkshopState | null;
  actor: Actor;
  mutate: Mutate;
  required: Template['matrices']['final']['required'][number];
}

/** One final matrix as the facilitator and the rapporteur write it: objective, commitment, actions, the vote on candidates. */
export function FinalMatrixEditor({ view, confirmed, actor, mutate, required }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const headingId = useId();
  const dirty = useDirtyFields();
  const { fields, actionSlots } = view.template.matrices.final;
  const finalId = required.id;
  const matrix = finalOf(view, finalId);
  const matrixName = localize(required.title, lang);
  const send = finalSender(mutate, finalId);
  const ctx: EditorCtx = { view, finalId, matrix, matrixName, send, me: actor.memberId, report: dirty.report };
  const pending = confirmed !== null && isUnconfirmed(view.finals, confirmed.finals, finalId);
  const commitment = localize(fields.commitment, lang);
  return (
    <section className="final-editor" aria-labelledby={headingId} data-testid="final-editor" data-final={finalId}>
      <div className="final-editor__head">
        <h4 id={headingId} className="final-editor__title">
          {matrixName}
        </h4>
        <SaveStatus saving={dirty.any || pending} />
      </div>
      <div className="final-objective">
        <p className="wm-field__label">{localize(fields.objective, lang)}</p>
        <p>{matrixName}</p>
      </div>
      <FinalCellField
        cell={matrix.commitment}
        label={commitment}
        name={t('finalUi.labels.field', { field: commitment, matrix: matrixName })}
        testId="final-commitment"
        rows={3}
        {...cellBinding(ctx, { actionId: null, field: 'commitment' })}
      />
      <Provenance
        view={view}
        sources={matrix.commitmentSources}
        links={matrix.links}
        what={t('finalUi.labels.commitmentOf', { matrix: matrixName })}
        onLink={(ref, linked) => send.link(null, ref, linked)}
      />
      <ActionList ctx={ctx} heading={localize(fields.actions, lang)} />
      <FinalVoting
        finalId={finalId}
        matrix={matrix}
        slots={actionSlots}
        matrixName={matrixName}
        access={finalAccess(view, actor, finalId)}
        send={send}
        memberId={null}
      />
    </section>
  );
}
