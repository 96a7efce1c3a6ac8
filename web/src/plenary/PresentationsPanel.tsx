import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { contributeDenied } from '../../../shared/domain/phase-rules';
import { useByline } from '../attribution/useByline';
import { useMediaQuery } from '../lib/useMediaQuery';
import { commentsByAction } from './comments';
import { GroupColumn } from './GroupColumn';
import { columnOrder, waiting } from './order';
import { PresentControls } from './PresentControls';
import { PhaseControls } from '../workshop/PhaseControls';
import type { ActionWork, PlenaryProps } from './types';

/** The groups' final matrices side by side (stacked on a phone), the facilitator's stepping, decisions and comments. */
export function PresentationsPanel(props: PlenaryProps) {
  const { t } = useTranslation();
  const { view, actor, mutate } = props;
  const p = view.plenary;
  const stacked = useMediaQuery('(max-width: 40rem)');
  const comments = useMemo(() => commentsByAction(p), [p]);
  const byline = useByline(view, actor, 'plenary');
  const work: ActionWork = {
    ...props,
    comments,
    byline,
    canDecide: actor?.role === 'facilitator' || actor?.role === 'rapporteur',
    canComment: actor !== null && contributeDenied(view, actor, 'plenary') === null,
  };
  const leads = actor?.role === 'facilitator' && mutate ? mutate : undefined;
  const columns = columnOrder(p, stacked);
  const notSent = waiting(p).map((id) => p.groups[id]?.name ?? '');
  const presentingName = p.presenting ? p.groups[p.presenting]?.name : undefined;
  // The plenary room's own plenary phase holds its switches: comments open or closed, and how they are signed.
  const phase = view.template.phases.find((ph) => ph.kind === 'plenary');
  return (
    <div className="plenary-presentations">
      <h2 className="visually-hidden">{t('plenaryUi.tabs.presentations')}</h2>
      <div className="plenary-presentations__bar">
        <p className="present-status" role="status" data-testid="plenary-presenting">
          {presentingName ? t('plenaryUi.presentations.presentingNow', { group: presentingName }) : t('plenaryUi.presentations.between')}
        </p>
        {leads && columns.length > 0 && <PresentControls plenary={p} mutate={leads} />}
      </div>
      {leads && phase && <PhaseControls phase={phase} view={view} mutate={leads} />}
      {columns.length === 0 ? (
        <p className="notice">{t('plenaryUi.presentations.none')}</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the columns scroll sideways, so the keyboard must reach the box
        <section className="plenary-columns" aria-label={t('plenaryUi.presentations.columns')} tabIndex={0}>
          {columns.map((id) => (
            <GroupColumn
              key={id}
              work={work}
              groupId={id}
              onPresent={leads ? () => leads('plenary.present', { groupId: id }) : undefined}
            />
          ))}
        </section>
      )}
      {notSent.length > 0 && <p className="muted">{t('plenaryUi.presentations.waiting', { groups: notSent.join(', ') })}</p>}
    </div>
  );
}
