import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { own } from '../../../shared/domain/decision';
import { ContentBlocks } from '../content/ContentBlocks';
import { Localized } from '../content/Localized';
import { uniqueBlocks } from '../content/localized';
import { LockNotice } from '../inputs/LockNotice';
import { HighlightMark, HighlightToggle, ObjectiveInputs } from '../inputs/ObjectiveInputs';
import { isLockedOut } from '../lib/allows';
import { groupContributions, objectiveName } from '../inputs/streams';
import type { PhaseProps } from './types';

/** The proposed objectives, groups A and B, each with the documents it was drawn from and the room's input on it. */
export function ObjectivesPhase({ phase, view, confirmed, actor, mutate }: PhaseProps) {
  const { t } = useTranslation();
  const { objectives, sources } = view.template;
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const ctx = { view, confirmed, actor, mutate };
  const { contributions, contributionOrder } = view;
  const comments = useMemo(() => groupContributions({ contributions, contributionOrder }, 'objective'), [contributions, contributionOrder]);
  return (
    <>
      <LockNotice locked={isLockedOut(view, actor, 'objectives')} />
      <ContentBlocks blocks={uniqueBlocks(phase.body, objectives.intro)} />
      {objectives.groups.map((group) => (
        <section key={group.id} className="section objective-group" aria-labelledby={`og-${group.id}`}>
          <h3 id={`og-${group.id}`}>
            <span className="label-chip">{t('objectives.group', { label: group.label })}</span> <Localized text={group.title} />
          </h3>
          {group.note && <Localized as="p" className="note" text={group.note} />}
          <ul className="objective-list">
            {group.objectives.map((o) => {
              const highlighted = own(view.objectives.highlighted, o.id) === true;
              return (
                <li
                  key={o.id}
                  className={highlighted ? 'objective objective--highlighted' : 'objective'}
                  data-testid="objective"
                  data-objective-id={o.id}
                  data-highlighted={highlighted ? 'true' : undefined}
                >
                  <span className="objective__label">{o.label}</span>
                  <div className="objective__body">
                    {highlighted && <HighlightMark />}
                    <Localized as="p" text={o.text} />
                    <p className="objective__sources">
                      {t('objectives.sources')}{' '}
                      {o.sourceIds.map((id, i) => {
                        const source = sourceById.get(id);
                        if (!source) return null;
                        return (
                          <span key={id}>
                            {i > 0 && '; '}
                            <Localized as="cite" text={source.title} />
                            {source.version && (
                              <>
                                {' '}
                                (<Localized text={source.version} />)
                              </>
                            )}
                          </span>
                        );
                      })}
                    </p>
                    <HighlightToggle ctx={ctx} objectiveId={o.id} highlighted={highlighted} />
                    <ObjectiveInputs
                      ctx={ctx}
                      objectiveId={o.id}
                      label={objectiveName(group.label, o.label)}
                      comments={comments.get(o.id) ?? []}
                    />
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
