import { useTranslation } from 'react-i18next';
import { localize, type Template } from '../../../shared/template/schema';
import { useLang } from '../content/useLang';
import type { Mutate } from '../pestle/types';
import { objectiveEntries, objectiveGroupEntries } from './entries';
import { ListEditor } from './ListEditor';
import { PrepareSection } from './PrepareSection';

/** The proposed objectives (A, B…: their labels and titles, their order), then each one's lettered items. */
export function ObjectivesSection({ template, mutate }: { template: Template; mutate: Mutate }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <PrepareSection list="objective">
      <div className="prepare-group">
        <h4 className="prepare-group__title">{t('prepare.sections.objectiveGroup')}</h4>
        <ListEditor
          list="objectiveGroup"
          label={t('prepare.sections.objectiveGroup')}
          entries={objectiveGroupEntries(template, lang)}
          fields={['label', 'text']}
          mutate={mutate}
        />
      </div>
      {template.objectives.groups.map((group) => {
        const name = t('prepare.groupTitle', { label: group.label, title: localize(group.title, lang) });
        return (
          <div key={group.id} className="prepare-group">
            <h4 className="prepare-group__title">{name}</h4>
            <ListEditor
              list="objective"
              label={name}
              entries={objectiveEntries(group, lang)}
              fields={['label', 'text']}
              mutate={mutate}
              parentId={group.id}
              parentName={group.label}
            />
          </div>
        );
      })}
    </PrepareSection>
  );
}
