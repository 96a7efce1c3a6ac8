import type { PresentedAction, PresentedMatrix } from '../../../shared/domain/plenary';
import { localize } from '../../../shared/template/schema';
import { useLang } from '../content/useLang';
import { ActionComments } from './ActionComments';
import { AdoptionSelect } from './AdoptionSelect';
import type { ActionWork } from './types';
import { adoptionOf } from '../../../shared/domain/work-plan';

interface Props {
  work: ActionWork;
  groupId: string;
  matrix: PresentedMatrix;
  action: PresentedAction;
  n: number;
  titleId: string;
}

/** Under a presented action in the plenary room: the decision (facilitator and rapporteur) and the comments. */
export function ActionWorkArea({ work, groupId, matrix, action, n, titleId }: Props) {
  const lang = useLang();
  const target = { groupId, finalId: matrix.finalId, actionId: action.id };
  return (
    <div className="presented-action__work">
      {work.canDecide && work.mutate && (
        <AdoptionSelect
          target={target}
          status={adoptionOf(work.view.plenary, groupId, matrix.finalId, action.id)}
          n={n}
          matrix={localize(matrix.title, lang)}
          mutate={work.mutate}
        />
      )}
      <ActionComments work={work} target={target} n={n} titleId={titleId} />
    </div>
  );
}
