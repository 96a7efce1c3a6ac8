import { useTranslation } from 'react-i18next';
import { cellOf, type FinalAction, type FinalMatrix } from '../../../shared/domain/final-matrix-model';
import type { Actor, WorkshopState } from '../../../shared/domain/state';
import { ActionDots } from './ActionDots';
import { Provenance } from './Provenance';
import type { FinalSend } from './send';
import { SCHEME_FIELDS } from './scheme';
import { schemeWords } from './SchemeSummary';
import { isCandidate } from './voting';
import { VoteTotal } from './VoteTotal';

interface Props {
  view: WorkshopState;
  finalId: string;
  matrix: FinalMatrix;
  action: FinalAction;
  index: number;
  voter: Actor | null;
  send?: FinalSend;
  matrixName: string;
}

/** One action read-only: its text, its scheme in short (only what is written), and the voter's dots. */
export function ReadAction({ view, finalId, matrix, action, index, voter, send, matrixName }: Props) {
  const { t } = useTranslation();
  const n = index + 1;
  const candidate = isCandidate(index, view.template.matrices.final.actionSlots);
  const names = { n, matrix: matrixName };
  const text = cellOf(action, 'text').text;
  const { scope, timeframe } = schemeWords(t, action);
  // Only what is written, in the guide's order: scope and time frame, then the scheme's questions.
  const scheme = [
    { key: 'scope', label: t('finalUi.scheme.scope'), text: scope },
    { key: 'timeframe', label: t('finalUi.scheme.timeframe'), text: timeframe },
    ...SCHEME_FIELDS.map((f) => ({ key: f, label: t(`finalUi.scheme.${f}`), text: cellOf(action, f).text })),
  ].filter((entry) => entry.text !== '');
  return (
    <li
      className={candidate ? 'final-action final-action--read final-action--candidate' : 'final-action final-action--read'}
      data-testid="final-action"
      data-action={action.id}
      data-candidate={String(candidate)}
    >
      <div className="final-action__head">
        <h5 className="final-action__title">{t('finalUi.action.heading', { n })}</h5>
        {candidate && <span className="badge final-candidate">{t('finalUi.action.candidate')}</span>}
        {send ? (
          <ActionDots
            view={view}
            finalId={finalId}
            matrix={matrix}
            actionId={action.id}
            voter={voter}
            send={send}
            labels={{ plus: t('finalUi.labels.votePlus', names), minus: t('finalUi.labels.voteMinus', names) }}
          />
        ) : (
          <VoteTotal matrix={matrix} actionId={action.id} />
        )}
      </div>
      {text ? <p className="final-action__text">{text}</p> : <p className="final-action__text muted">{t('finalUi.action.empty')}</p>}
      {scheme.length > 0 && (
        <dl className="final-scheme__read">
          {scheme.map((entry) => (
            <div key={entry.key}>
              <dt>{entry.label}</dt>
              <dd>{entry.text}</dd>
            </div>
          ))}
        </dl>
      )}
      {action.sources.length + action.links.length > 0 && (
        <Provenance view={view} sources={action.sources} links={action.links} what={t('finalUi.labels.actionOf', names)} />
      )}
    </li>
  );
}
