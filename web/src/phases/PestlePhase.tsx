import { useTranslation } from 'react-i18next';
import { ContentBlocks } from '../content/ContentBlocks';
import { uniqueBlocks } from '../content/localized';
import { PestleBoard } from '../pestle/PestleBoard';
import type { PhaseProps } from './types';

/** The guide's instructions (folded away once read) and the live board. */
export function PestlePhase({ phase, view, confirmed, actor, mutate }: PhaseProps) {
  const { t } = useTranslation();
  const instructions = uniqueBlocks(phase.body, view.template.pestle.instructions);
  return (
    <>
      <details className="instructions">
        <summary>{t('pestle.instructions')}</summary>
        <ContentBlocks blocks={instructions} />
      </details>
      <PestleBoard view={view} confirmed={confirmed} actor={actor} mutate={mutate} />
    </>
  );
}
