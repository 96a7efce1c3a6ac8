import { useTranslation } from 'react-i18next';
import { ContentBlocks } from '../content/ContentBlocks';
import { Localized } from '../content/Localized';
import { Roster } from './Roster';
import { RosterEditor } from './RosterEditor';
import type { PhaseProps } from './types';

/** Introductions: the workshop's introduction from the guide, the activity, and who is here. */
export function PreliminaryPhase({ phase, view, actor, mutate }: PhaseProps) {
  const { t } = useTranslation();
  const intro = view.template.introduction;
  return (
    <>
      <section className="section" aria-labelledby="intro-h">
        <h3 id="intro-h">{t('preliminary.introduction')}</h3>
        <ContentBlocks blocks={intro.context} />
        {intro.specificObjectives.length > 0 && (
          <>
            <h4>{t('preliminary.specificObjectives')}</h4>
            <ol>
              {intro.specificObjectives.map((o) => (
                <Localized key={o.es} as="li" text={o} />
              ))}
            </ol>
          </>
        )}
        {intro.participants && (
          <>
            <h4>{t('preliminary.participants')}</h4>
            <Localized as="p" text={intro.participants} />
          </>
        )}
        {intro.justification.length > 0 && (
          <>
            <h4>{t('preliminary.justification')}</h4>
            <ContentBlocks blocks={intro.justification} />
          </>
        )}
      </section>
      {phase.body.length > 0 && (
        <section className="section" aria-labelledby="activity-h">
          <h3 id="activity-h">{t('preliminary.activity')}</h3>
          <ContentBlocks blocks={phase.body} />
        </section>
      )}
      <Roster state={view} />
      {actor && mutate && <RosterEditor state={view} actor={actor} mutate={mutate} />}
    </>
  );
}
