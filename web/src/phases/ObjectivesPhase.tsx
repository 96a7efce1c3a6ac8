import { useTranslation } from 'react-i18next';
import { ContentBlocks } from '../content/ContentBlocks';
import { Localized } from '../content/Localized';
import { uniqueBlocks } from '../content/localized';
import type { PhaseProps } from './types';

/** The proposed objectives, groups A and B, each with the documents it was drawn from. */
export function ObjectivesPhase({ phase, view }: PhaseProps) {
  const { t } = useTranslation();
  const { objectives, sources } = view.template;
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  return (
    <>
      <ContentBlocks blocks={uniqueBlocks(phase.body, objectives.intro)} />
      {objectives.groups.map((group) => (
        <section key={group.id} className="section objective-group" aria-labelledby={`og-${group.id}`}>
          <h3 id={`og-${group.id}`}>
            <span className="label-chip">{t('objectives.group', { label: group.label })}</span> <Localized text={group.title} />
          </h3>
          {group.note && <Localized as="p" className="note" text={group.note} />}
          <ul className="objective-list">
            {group.objectives.map((o) => (
              <li key={o.id} className="objective">
                <span className="objective__label">{o.label}</span>
                <div>
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
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
