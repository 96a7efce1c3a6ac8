import { useTranslation } from 'react-i18next';
import { localize, type Template } from '../../../shared/template/schema';
import { useLang } from '../content/useLang';
import type { Mutate } from '../pestle/types';
import { shortName } from './draft';
import { questionEntries } from './entries';
import { ListEditor } from './ListEditor';
import { PrepareSection } from './PrepareSection';

/** The guiding questions, theme by theme and section by section. */
export function QuestionsSection({ template, mutate }: { template: Template; mutate: Mutate }) {
  const { t } = useTranslation();
  const lang = useLang();
  const themes = template.questions.themes;
  return (
    <PrepareSection list="question" empty={themes.length === 0}>
      {themes.map((theme) => {
        const themeName = t('prepare.groupTitle', { label: theme.label, title: localize(theme.title, lang) });
        const alone = theme.sections.length === 1;
        return (
          <div key={theme.id} className="prepare-group">
            <h4 className="prepare-group__title">{themeName}</h4>
            {theme.sections.map((section, i) => {
              // Sections may be untitled: a theme's only section is the theme itself, others are numbered.
              const name = section.title ? localize(section.title, lang) : alone ? themeName : t('prepare.section', { n: i + 1 });
              return (
                <div key={section.id} className="prepare-subgroup">
                  {name !== themeName && <h5 className="prepare-subgroup__title">{name}</h5>}
                  <ListEditor
                    list="question"
                    label={name}
                    entries={questionEntries(section, lang)}
                    fields={['text', 'hint']}
                    mutate={mutate}
                    parentId={section.id}
                    parentName={shortName(name)}
                  />
                </div>
              );
            })}
          </div>
        );
      })}
    </PrepareSection>
  );
}
