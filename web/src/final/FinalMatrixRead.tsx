import { useTranslation } from 'react-i18next';
import { own } from '../../../shared/domain/decision';
import { finalOf } from '../../../shared/domain/final-matrix-model';
import type { Actor, WorkshopState } from '../../../shared/domain/state';
import { localize, type Template } from '../../../shared/template/schema';
import { useLang } from '../content/useLang';
import { isLockedOut } from '../lib/allows';
import { ReadField } from '../matrices/ReadField';
import type { Mutate } from '../pestle/types';
import { finalAccess } from './access';
import { FinalVoting } from './FinalVoting';
import { Provenance } from './Provenance';
import { ReadAction } from './ReadAction';
import { finalSender } from './send';

interface Props {
  view: WorkshopState;
  actor: Actor | null;
  mutate?: Mutate;
  required: Template['matrices']['final']['required'][number];
}

/** A final matrix as the room and the projector follow it being built; voters get their dots while a vote is open. */
export function FinalMatrixRead({ view, actor, mutate, required }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { fields, actionSlots } = view.template.matrices.final;
  const finalId = required.id;
  const matrix = finalOf(view, finalId);
  const matrixName = localize(required.title, lang);
  const send = mutate ? finalSender(mutate, finalId) : undefined;
  const sourced = matrix.commitmentSources.length + matrix.links.length > 0;
  return (
    <section className="final-read" aria-labelledby={`final-read-${finalId}`} data-testid="final-read" data-final={finalId}>
      <h4 id={`final-read-${finalId}`} className="final-editor__title">
        {matrixName}
      </h4>
      <div className="final-objective">
        <p className="wm-field__label">{localize(fields.objective, lang)}</p>
        <p>{matrixName}</p>
      </div>
      <ReadField label={localize(fields.commitment, lang)} text={matrix.commitment.text} />
      {sourced && (
        <Provenance
          view={view}
          sources={matrix.commitmentSources}
          links={matrix.links}
          what={t('finalUi.labels.commitmentOf', { matrix: matrixName })}
        />
      )}
      <FinalVoting
        finalId={finalId}
        matrix={matrix}
        slots={actionSlots}
        matrixName={matrixName}
        access={finalAccess(view, actor, finalId)}
        // A participant whose input is closed cannot vote (the phase says so once, at the top).
        memberId={isLockedOut(view, actor, 'final-matrix') ? null : (actor?.memberId ?? null)}
      />
      <section className="final-actions" aria-label={localize(fields.actions, lang)}>
        <h5 className="final-actions__heading">{localize(fields.actions, lang)}</h5>
        <ol className="final-actions__list">
          {matrix.actionOrder.map((id, index) => {
            const action = own(matrix.actions, id);
            return action ? (
              <ReadAction
                key={id}
                view={view}
                finalId={finalId}
                matrix={matrix}
                action={action}
                index={index}
                voter={actor}
                send={send}
                matrixName={matrixName}
              />
            ) : null;
          })}
        </ol>
      </section>
    </section>
  );
}
