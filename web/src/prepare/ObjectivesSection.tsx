import { useTranslation } from 'react-i18next';
import { localize, type Template } from '../../../shared/template/schema';
import { useLang } from '../content/useLang';
import type { Mutate } from '../pestle/types';
import { objectiveEntries } from './entries';
import { ListEditor } from './ListEditor';
import { PrepareSection } from './PrepareSection';

/** The proposed objectives, group by group (A, B…); a new one goes at the end of its group. */
export function ObjectivesSection({ template, mutate }: { template: Template; mutate: Mutate }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <PrepareSection list="objective" empty={template.objectives.groups.length === 0}>
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
