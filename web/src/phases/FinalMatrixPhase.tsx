import { ContentBlocks } from '../content/ContentBlocks';
import { paragraph, uniqueBlocks } from '../content/localized';
import { finalAccess } from '../final/access';
import { FinalMatrices } from '../final/FinalMatrices';
import { ShowToggle } from '../final/ShowToggle';
import { QuestionTheme } from './QuestionList';
import type { PhaseProps } from './types';

/** The template has no explicit link from the final matrix to its reflection questions; group 4 names that theme "reflection". */
const REFLECTION_THEME_ID = 'reflection';

/**
 * The group's final matrices (day 2, section 5 of the guide), shaped by the reflection questions.
 * The facilitator and the rapporteur read the guide's text first, then consolidate; the room and
 * the projector see the matrices being built first, the guide's text below.
 */
export function FinalMatrixPhase({ phase, view, confirmed, actor, mutate }: PhaseProps) {
  const { matrices, questions } = view.template;
  const { purpose, note, required } = matrices.final;
  const reflection = questions.themes.find((th) => th.id === REFLECTION_THEME_ID);
  const writes = mutate !== undefined && required.some((r) => finalAccess(view, actor, r.id).write);
  const guide = (
    <>
      <ContentBlocks blocks={uniqueBlocks([paragraph(purpose)], phase.body)} />
      {/* The group 4 phase text already carries the note, split in two blocks; show it apart only when the phase has no text. */}
      {note && phase.body.length === 0 && <ContentBlocks blocks={[{ type: 'note', text: note }]} />}
    </>
  );
  const finals = <FinalMatrices view={view} confirmed={confirmed} actor={actor} mutate={mutate} writes={writes} />;
  return (
    <>
      {writes ? guide : finals}
      <ShowToggle view={view} actor={actor} mutate={mutate} />
      {writes ? finals : guide}
      {reflection && <QuestionTheme theme={reflection} />}
    </>
  );
}
