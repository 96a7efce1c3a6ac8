import { useTranslation } from 'react-i18next';
import type { Actor, WorkshopState } from '../../../shared/domain/state';
import { allows } from '../lib/allows';
import type { Mutate } from '../pestle/types';

/** The facilitator shows the room the empty final-matrix format first: the result expected (ExpectedResult.tsx). */
export function ShowToggle({ view, actor, mutate }: { view: WorkshopState; actor: Actor | null; mutate?: Mutate }) {
  const { t } = useTranslation();
  const shown = view.finalShown;
  if (!mutate || !allows(view, actor, { name: 'final.show', args: { shown: !shown } })) return null;
  return (
    <div className={shown ? 'notice notice--room final-show' : 'notice final-show'}>
      <p role="status">{shown ? t('finalUi.show.shown') : t('finalUi.show.hint')}</p>
      <button
        type="button"
        className={shown ? 'button button--small button--secondary' : 'button button--small'}
        data-testid="final-show-toggle"
        data-shown={String(shown)}
        onClick={() => mutate('final.show', { shown: !shown })}
      >
        {shown ? t('finalUi.show.off') : t('finalUi.show.on')}
      </button>
    </div>
  );
}
