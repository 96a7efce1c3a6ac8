import { EMPTY_PLENARY, type PlenaryState, type PresentedAction, type PresentedMatrix } from '../../../shared/domain/plenary';

export function action(id: string, text: string, more: Partial<PresentedAction> = {}): PresentedAction {
  return {
    id,
    text,
    scope: [],
    timeframe: null,
    populations: '',
    institutions: '',
    evaluation: '',
    coordination: '',
    indicators: '',
    ...more,
  };
}

export function matrix(finalId: string, commitment: string, actions: PresentedAction[]): PresentedMatrix {
  return { finalId, title: { es: `Objetivo ${finalId}`, en: `Objective ${finalId}` }, commitment, actions };
}

/** A plenary with groups g1..gN; `sent` maps a group to the matrices it sent. */
export function plenaryWith(
  groups: string[],
  sent: Record<string, PresentedMatrix[]> = {},
  more: Partial<PlenaryState> = {},
): PlenaryState {
  return {
    ...EMPTY_PLENARY,
    groups: Object.fromEntries(groups.map((id, i) => [id, { id, name: `Grupo ${id}`, templateId: 'working-group', addedAt: i }])),
    groupOrder: groups,
    results: Object.fromEntries(Object.entries(sent).map(([id, matrices]) => [id, { matrices, version: 1, receivedAt: 0 }])),
    ...more,
  };
}
