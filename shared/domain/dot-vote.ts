import { own } from './decision.js';

/**
 * A dot vote (the PESTLE board's, a final matrix's candidate actions): each member spreads a
 * fixed number of dots over options; nobody sees anyone else's until the facilitator reveals
 * the totals, which the server counts.
 */
export interface DotVoting {
  dots: number;
  /** Dots per option at the reveal; null while voting is open. */
  revealed: Record<string, number> | null;
}

/** Dots each member placed, per option. A view holds only the viewer's own (views.ts). */
export type Ballots = Record<string, Record<string, number>>;

/** Dots a member has placed on options other than `exceptOption`. */
export function dotsUsed(ballots: Ballots, memberId: string, exceptOption?: string): number {
  const ballot = own(ballots, memberId) ?? {};
  return Object.entries(ballot).reduce((sum, [option, dots]) => (option === exceptOption ? sum : sum + dots), 0);
}

/** The totals per option still present (`exists`), counted over every ballot. */
export function tally(ballots: Ballots, exists: (option: string) => boolean): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const ballot of Object.values(ballots)) {
    for (const [option, dots] of Object.entries(ballot)) {
      if (exists(option)) totals[option] = (totals[option] ?? 0) + dots;
    }
  }
  return totals;
}

/** A member's ballot after placing `dots` on `option` (0 takes them back). */
export function castBallot(ballots: Ballots, memberId: string, option: string, dots: number): Ballots {
  const { [option]: _old, ...rest } = own(ballots, memberId) ?? {};
  return { ...ballots, [memberId]: dots > 0 ? { ...rest, [option]: dots } : rest };
}
