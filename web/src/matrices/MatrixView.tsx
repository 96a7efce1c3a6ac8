import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { own } from '../../../shared/domain/decision';
import type { WorkingMatrix } from '../../../shared/domain/state';
import type { MatrixOutline } from '../../../shared/domain/working-matrices';
import { localize, type Template } from '../../../shared/template/schema';
import { useLang } from '../content/useLang';
import { MatrixHeader } from './MatrixHeader';
import { shownActionText } from './outline';
import { ReadField } from './ReadField';

interface Props {
  outline: MatrixOutline;
  matrix: WorkingMatrix;
  fields: Template['matrices']['working']['fields'];
}

/** A working matrix as read, not edited: the same layout as the editor, text instead of inputs. */
export function MatrixView({ outline, matrix, fields }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const headingId = useId();
  return (
    <article className="wm-card wm-card--read" aria-labelledby={headingId} data-testid="working-matrix-view" data-matrix={outline.id}>
      <MatrixHeader outline={outline} fields={fields} headingId={headingId} />
      <ReadField label={localize(fields.commitment, lang)} text={matrix.commitment} />
      <section className="wm-section">
        <h5>{localize(fields.actions, lang)}</h5>
        <ol className="wm-actions">
          {outline.actions.map((action, i) => {
            const stored = own(matrix.actions, String(i + 1));
            const reworded = action.text !== undefined && !!stored?.text;
            return (
              <li key={String(i + 1)} className="wm-action">
                <div className="wm-action__fields">
                  <ReadField
                    label={t('matricesUi.action.heading', { n: i + 1 })}
                    text={shownActionText(action.text, stored?.text ?? '', lang)}
                    badge={reworded && <span className="badge">{t('matricesUi.action.reworded')}</span>}
                  />
                  <ReadField label={t('matricesUi.action.comment')} text={stored?.comment ?? ''} />
                </div>
              </li>
            );
          })}
        </ol>
      </section>
      <section className="wm-section">
        <h5>{t('matricesUi.proposals.heading')}</h5>
        {matrix.proposals.length === 0 ? (
          <p className="muted">{t('matricesUi.proposals.none')}</p>
        ) : (
          <ol className="wm-actions">
            {matrix.proposals.map((p, i) => (
              <li key={p.id} className="wm-action" data-testid="wm-proposal-view" data-id={p.id}>
                <div className="wm-action__fields">
                  <ReadField label={t('matricesUi.proposals.item', { n: i + 1 })} text={p.text} />
                  <ReadField label={t('matricesUi.action.comment')} text={p.comment} />
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
      <ReadField label={localize(fields.participantNotes, lang)} text={matrix.notes} />
    </article>
  );
}
