import { useTranslation } from 'react-i18next';
import type { Actor, WorkshopState } from '../../../shared/domain/state';
import { FinalMatrixTable } from '../phases/MatrixTables';
import '../styles/final.css';

/**
 * "The expected result": while the facilitator shows it, every participant's screen, whatever
 * phase it is on, and the projector show the final matrix's empty format. Those who write the
 * matrices have it in their own phase already.
 */
export function ExpectedResult({ view, actor }: { view: WorkshopState; actor: Actor | null }) {
  const { t } = useTranslation();
  if (!view.finalShown || (actor !== null && actor.role !== 'participant')) return null;
  const { matrices } = view.template;
  return (
    <section className="expected-result" aria-labelledby="expected-result-h" data-testid="expected-result">
      <h2 id="expected-result-h" className="expected-result__title">
        {t('finalUi.expected.title')}
      </h2>
      <p className="expected-result__intro">{t('finalUi.expected.intro')}</p>
      <div className="expected-result__tables">
        {matrices.final.required.map((m) => (
          <FinalMatrixTable key={m.id} matrices={matrices} caption={m.title} />
        ))}
      </div>
    </section>
  );
}
