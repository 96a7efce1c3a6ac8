import { describe, expect, it } from 'vitest';
import { filterOptions, matchesFilters, NO_FILTERS, validFilters } from './filters';
import { ids, seat, workshopState } from './fixtures.test-util';

const state = () => {
  let s = seat(workshopState(), 'p-carla', 'Carla', 'Panamá', 'civil_society');
  s = seat(s, 'p-dan', 'Dan', ' costa rica ', 'police');
  return seat(s, 'p-eva', 'Eva', '', '');
};

describe('consolidation filters', () => {
  it('offer the writers’ countries once each, sorted, and their sectors in the catalogue’s order', () => {
    const s = state();
    expect(filterOptions(s, [ids.ana, 'p-carla', 'p-dan', 'p-eva'])).toEqual({
      countries: ['Costa Rica', 'Panamá'],
      sectors: ['migration', 'civil_society', 'police'],
    });
    expect(filterOptions(s, ['p-carla'])).toEqual({ countries: ['Panamá'], sectors: ['civil_society'] });
    expect(filterOptions(s, [])).toEqual({ countries: [], sectors: [] });
  });

  it('keep the members of the chosen country (however typed) and sector', () => {
    const s = state();
    const keep = (country: string, sector: '' | 'police' | 'migration') =>
      [ids.ana, ids.ben, 'p-carla', 'p-dan', 'p-eva'].filter((id) => matchesFilters(s, id, { country, sector }));
    expect(keep('', '')).toEqual([ids.ana, ids.ben, 'p-carla', 'p-dan', 'p-eva']);
    expect(keep('Costa Rica', '')).toEqual([ids.ana, ids.ben, 'p-dan']);
    expect(keep('Costa Rica', 'police')).toEqual(['p-dan']);
    expect(keep('', 'migration')).toEqual([ids.ana, ids.ben]);
    expect(matchesFilters(s, 'nobody', NO_FILTERS)).toBe(false);
  });

  it('fall back to everyone when the chosen value is no longer offered', () => {
    const options = { countries: ['Panamá'], sectors: ['police' as const] };
    expect(validFilters({ country: 'Panamá', sector: 'police' }, options)).toEqual({ country: 'Panamá', sector: 'police' });
    expect(validFilters({ country: 'México', sector: 'migration' }, options)).toEqual(NO_FILTERS);
  });
});
