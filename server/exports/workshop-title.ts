import type { WorkshopState } from '../../shared/domain/state.js';

/**
 * The workshop's own title, without the " — group name" a group's room carries (add-group.ts
 * appends it): a group's documents name the workshop, then the group on its own line.
 */
export function workshopTitle(state: WorkshopState): string {
  const suffix = ` — ${state.groupName}`;
  return state.kind === 'group' && state.groupName && state.title.endsWith(suffix) ? state.title.slice(0, -suffix.length) : state.title;
}
