import { type Sector, SECTORS } from '../../../shared/domain/constants';
import { own } from '../../../shared/domain/decision';
import type { WorkshopState } from '../../../shared/domain/state';

/** Which participants' texts to show: '' means any country / any sector. */
export interface Filters {
  country: string;
  sector: Sector | '';
}

export const NO_FILTERS: Filters = { country: '', sector: '' };

/** Countries are typed freely on joining: "costa rica " and "Costa Rica" are one country. */
const countryKey = (country: string) => country.trim().toLocaleLowerCase();

/** The choices the filters offer: the countries (as first written, sorted) and sectors (in the catalogue's order) of the writers. */
export function filterOptions(view: WorkshopState, writers: string[]): { countries: string[]; sectors: Sector[] } {
  const countries = new Map<string, string>();
  const sectors = new Set<Sector>();
  for (const id of writers) {
    const member = own(view.members, id);
    if (!member) continue;
    const country = member.country.trim();
    if (country && !countries.has(countryKey(country))) countries.set(countryKey(country), country);
    if (member.sector) sectors.add(member.sector);
  }
  return {
    countries: [...countries.values()].sort((a, b) => a.localeCompare(b, view.language)),
    sectors: SECTORS.filter((s) => sectors.has(s)),
  };
}

/** Does a member pass the filters? */
export function matchesFilters(view: WorkshopState, memberId: string, filters: Filters): boolean {
  const member = own(view.members, memberId);
  if (!member) return false;
  if (filters.country && countryKey(member.country) !== countryKey(filters.country)) return false;
  if (filters.sector && member.sector !== filters.sector) return false;
  return true;
}

/** A filter whose value is no longer among the choices (its last writer left it) shows everyone again, not nobody. */
export function validFilters(filters: Filters, options: { countries: string[]; sectors: Sector[] }): Filters {
  return {
    country: options.countries.some((c) => countryKey(c) === countryKey(filters.country)) ? filters.country : '',
    sector: filters.sector && options.sectors.includes(filters.sector) ? filters.sector : '',
  };
}
