import { useTranslation } from 'react-i18next';
import type { Template } from '../../../shared/template/schema';
import { useLang } from '../content/useLang';
import type { Mutate } from '../pestle/types';
import { labelEntries } from './entries';
import { ListEditor } from './ListEditor';
import { PrepareSection } from './PrepareSection';

/** The vulnerability profiles or the needs: the two axes of the profiles grid. */
export function LabelsSection({ list, template, mutate }: { list: 'profile' | 'need'; template: Template; mutate: Mutate }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <PrepareSection list={list}>
      <ListEditor
        list={list}
        label={t(`prepare.sections.${list}`)}
        entries={labelEntries(list === 'profile' ? template.profiles : template.needs, lang)}
        fields={['text']}
        mutate={mutate}
      />
    </PrepareSection>
  );
}
